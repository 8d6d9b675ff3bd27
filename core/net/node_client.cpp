#include "net/node_client.h"

#include "cbor/decoder.h"
#include "merkle/proof_codec.h"

namespace pp::net {

namespace {

// Byte caps. Small answers get a small cap; record entries get the CBOR decoder's own
// limit, the most a single answer could hold and still decode.
constexpr qsizetype kSmall = qsizetype{64} * 1024;
constexpr qsizetype kDocument = qsizetype{4} * 1024 * 1024;  // genesis, validator sets, commits
constexpr qsizetype kEntries = qsizetype{64} * 1024 * 1024;

Error malformed(const QString& what, const char* text, QStringList args = {})
{
    return Error(ErrorKind::Malformed, "node.answer", text, std::move(args))
        .within(QT_TRANSLATE_NOOP("Error", "the node's answer to %1"), {what});
}

template <typename T>
Result<T> within(Result<T> r, const QString& what)
{
    if (r)
        return r;
    return std::move(r).error().within(QT_TRANSLATE_NOOP("Error", "the node's answer to %1"),
                                       {what});
}

Result<cbor::Value> decodeCbor(const Result<QByteArray>& body, const QString& what)
{
    if (!body)
        return body.error();
    return within(cbor::decode(*body), what);
}

// The next head if it is of `major`, nothing if it is of another; a CBOR error as such.
Result<std::optional<cbor::Head>> headOf(cbor::Reader& r, cbor::Major major)
{
    cbor::Head head{};
    if (auto st = r.readHead(head); !st)
        return std::move(st).error();
    return head.major == major ? std::optional(head) : std::nullopt;
}

Result<std::vector<Entry>> entriesOf(const Result<QByteArray>& body, const QString& what)
{
    if (!body)
        return body.error();
    return decodeEntries(*body, what);
}

Result<HeaderRange> decodeHeaders(const Result<QByteArray>& body, std::uint64_t from,
                                  std::uint64_t count, const QString& what)
{
    if (!body)
        return body.error();
    if (body->size() % chain::Header::kSize != 0 ||
        static_cast<std::uint64_t>(body->size() / chain::Header::kSize) > count) {
        return malformed(what,
                         QT_TRANSLATE_NOOP("Error",
                                           "%1 bytes are not at most %2 headers of "
                                           "214 bytes"),
                         {QString::number(body->size()), QString::number(count)});
    }
    HeaderRange range{from, {}};
    for (qsizetype off = 0; off < body->size(); off += chain::Header::kSize) {
        auto h = chain::Header::decode(QByteArrayView(*body).sliced(off, chain::Header::kSize));
        if (!h)
            return std::move(h).error().within(QT_TRANSLATE_NOOP("Error", "header at height %1"),
                                               {QString::number(from + range.headers.size())});
        range.headers.push_back(*h);
    }
    return range;
}

}  // namespace

Result<std::vector<Entry>> decodeEntries(QByteArrayView body, const QString& what)
{
    cbor::Reader r(body);
    const auto cborError = [&](const Error& e) {
        return within(Result<std::vector<Entry>>(e), what);
    };
    auto page = headOf(r, cbor::Major::Array);
    if (!page)
        return cborError(page.error());
    if (!*page)
        return malformed(what, QT_TRANSLATE_NOOP("Error", "not an array of entries"));
    const std::uint64_t count = (*page)->argument;
    std::vector<Entry> entries;
    // Every entry takes several bytes, so a count beyond the bytes left fails below.
    entries.reserve(std::min(count, static_cast<std::uint64_t>(r.remaining())));
    for (std::uint64_t i = 0; i < count; ++i) {
        const auto notAnEntry = [&] {
            return malformed(what,
                             QT_TRANSLATE_NOOP("Error",
                                               "entry %1 is not [height, index, "
                                               "record, proof]"),
                             {QString::number(i)});
        };
        auto entry = headOf(r, cbor::Major::Array);
        if (!entry)
            return cborError(entry.error());
        if (!*entry || (*entry)->argument != 4)
            return notAnEntry();
        std::uint64_t position[2] = {};  // height, index
        for (std::uint64_t& n : position) {
            auto number = headOf(r, cbor::Major::Unsigned);
            if (!number)
                return cborError(number.error());
            if (!*number)
                return notAnEntry();
            n = (*number)->argument;
        }
        const qsizetype recordAt = r.position();
        auto record = headOf(r, cbor::Major::Bytes);
        if (!record)
            return cborError(record.error());
        if (!*record)
            return notAnEntry();
        QByteArrayView bytes;
        if (auto st = r.readString(**record, recordAt, bytes); !st)
            return cborError(st.error());
        auto proof = merkle::readProof(r);
        if (!proof)
            return std::move(proof).error().within(QT_TRANSLATE_NOOP("Error", "entry %1 of %2"),
                                                   {QString::number(i), what});
        entries.push_back({position[0], position[1], bytes.toByteArray(), std::move(*proof)});
    }
    if (auto st = r.expectEnd(); !st)
        return cborError(st.error());
    return entries;
}

Result<std::unique_ptr<NodeClient>> NodeClient::connect(const QString& url, HttpOptions options)
{
    auto http = HttpClient::create(url, std::move(options));
    if (!http)
        return std::move(http).error();
    return std::make_unique<NodeClient>(std::move(*http));
}

Result<QByteArray> NodeClient::fetch(const QString& pathAndQuery, qint64 maxBytes)
{
    return http_->get({pathAndQuery, maxBytes});
}

Result<QByteArray> NodeClient::genesis()
{
    return fetch(QStringLiteral("/v1/genesis"), kDocument);
}

Result<NodeStatus> NodeClient::status()
{
    const QString what = QStringLiteral("/v1/status");
    auto v = decodeCbor(fetch(what, kSmall), what);
    if (!v)
        return std::move(v).error();
    const cbor::Value* height = v->isMap() ? v->find(1) : nullptr;
    const cbor::Value* hash = v->isMap() ? v->find(2) : nullptr;
    const cbor::Value* chainId = v->isMap() ? v->find(3) : nullptr;
    const cbor::Value* name = v->isMap() ? v->find(4) : nullptr;
    if (!height || !hash || !chainId || !height->isUnsigned() || !hash->isBytes() ||
        !chainId->isBytes() || !digestFromBytes(hash->byteString()) ||
        !digestFromBytes(chainId->byteString())) {
        return malformed(what, QT_TRANSLATE_NOOP("Error",
                                                 "not {1: height, 2: hash, 3: chain_id, "
                                                 "4: name}"));
    }
    return NodeStatus{height->argument(), *digestFromBytes(hash->byteString()),
                      *digestFromBytes(chainId->byteString()),
                      name && name->isText() ? name->toText() : QString()};
}

Result<chain::Header> NodeClient::header(std::uint64_t height)
{
    auto range = std::move(headerRanges({{height, 1}}).front());
    if (!range)
        return std::move(range).error();
    if (range->headers.empty()) {
        return Error(ErrorKind::Invalid, "node.no-header",
                     QT_TRANSLATE_NOOP("Error", "the node has no header at height %1"),
                     {QString::number(height)});
    }
    return range->headers.front();
}

std::vector<Result<HeaderRange>> NodeClient::headerRanges(
    const std::vector<std::pair<std::uint64_t, std::uint64_t>>& ranges)
{
    std::vector<Request> requests;
    requests.reserve(ranges.size());
    for (const auto& [from, count] : ranges) {
        requests.push_back({QStringLiteral("/v1/headers?from=%1&count=%2").arg(from).arg(count),
                            static_cast<qint64>(count) * chain::Header::kSize});
    }
    std::vector<Result<QByteArray>> bodies = http_->getAll(requests);
    std::vector<Result<HeaderRange>> out;
    for (std::size_t i = 0; i < ranges.size(); ++i)
        out.push_back(
            decodeHeaders(bodies[i], ranges[i].first, ranges[i].second, requests[i].pathAndQuery));
    return out;
}

Result<chain::Commit> NodeClient::commit(std::uint64_t height)
{
    const QString what = QStringLiteral("/v1/commit?height=%1").arg(height);
    auto body = fetch(what, kDocument);
    if (!body)
        return std::move(body).error();
    return within(chain::Commit::decode(*body), what);
}

Result<QByteArray> NodeClient::validators(std::uint64_t height)
{
    return fetch(QStringLiteral("/v1/validators?height=%1").arg(height), kDocument);
}

Result<std::vector<std::uint64_t>> NodeClient::validatorChanges(std::uint64_t from)
{
    const QString what = QStringLiteral("/v1/validator-changes?from=%1").arg(from);
    auto v = decodeCbor(fetch(what, kDocument), what);
    if (!v)
        return std::move(v).error();
    if (!v->isArray())
        return malformed(what, QT_TRANSLATE_NOOP("Error", "not an array of heights"));
    std::vector<std::uint64_t> heights;
    for (const cbor::Value& h : v->items()) {
        // Increasing heights above `from`, as asked: anything else is not an answer.
        if (!h.isUnsigned() || h.argument() <= from ||
            (!heights.empty() && h.argument() <= heights.back()))
            return malformed(what, QT_TRANSLATE_NOOP("Error", "not increasing heights above %1"),
                             {QString::number(from)});
        heights.push_back(h.argument());
    }
    return heights;
}

Result<merkle::Proof> NodeClient::historyInclusion(std::uint64_t index, std::uint64_t size)
{
    const QString what =
        QStringLiteral("/v1/history/inclusion?index=%1&size=%2").arg(index).arg(size);
    auto body = fetch(what, kSmall);
    if (!body)
        return std::move(body).error();
    return within(merkle::decodeProof(*body), what);
}

Result<std::vector<Entry>> NodeClient::records(const QByteArray& deviceId, std::uint64_t fromMs,
                                               std::uint64_t toMs,
                                               std::optional<std::uint64_t> after,
                                               std::uint64_t limit)
{
    QString what = QStringLiteral("/v1/records?device=%1&from=%2&to=%3&limit=%4")
                       .arg(toHex(deviceId))
                       .arg(fromMs)
                       .arg(toMs)
                       .arg(std::min(limit, kMaxEntries));
    if (after)
        what += QStringLiteral("&after=%1").arg(*after);
    return entriesOf(fetch(what, kEntries), what);
}

Result<std::vector<Entry>> NodeClient::registrations(std::uint64_t afterHeight)
{
    const QString what = QStringLiteral("/v1/registrations?after=%1").arg(afterHeight);
    return entriesOf(fetch(what, kEntries), what);
}

}  // namespace pp::net
