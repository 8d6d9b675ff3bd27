#include "net/node_client.h"

#include "cbor/decoder.h"
#include "merkle/proof_codec.h"

namespace pp::net {

namespace {

// Byte caps. Small answers get a small cap; record entries get the CBOR decoder's own
// limit, the most a single answer could hold and still decode.
constexpr qsizetype kSmall = 64 * 1024;
constexpr qsizetype kDocument = 4 * 1024 * 1024;  // genesis, validator sets, commits
constexpr qsizetype kEntries = 64 * 1024 * 1024;

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

Result<std::vector<Entry>> decodeEntries(const Result<QByteArray>& body, const QString& what)
{
    auto v = decodeCbor(body, what);
    if (!v)
        return std::move(v).error();
    if (!v->isArray())
        return malformed(what, QT_TRANSLATE_NOOP("Error", "not an array of entries"));
    std::vector<Entry> entries;
    entries.reserve(v->size());
    for (std::size_t i = 0; i < v->size(); ++i) {
        const cbor::Value& e = v->at(i);
        const bool shape = e.isArray() && e.size() == 4 && e.at(0).isUnsigned() &&
                           e.at(1).isUnsigned() && e.at(2).isBytes();
        if (!shape) {
            return malformed(what,
                             QT_TRANSLATE_NOOP("Error",
                                               "entry %1 is not [height, index, "
                                               "record, proof]"),
                             {QString::number(i)});
        }
        auto proof = merkle::proofFromCbor(e.at(3));
        if (!proof)
            return std::move(proof).error().within(QT_TRANSLATE_NOOP("Error", "entry %1 of %2"),
                                                   {QString::number(i), what});
        entries.push_back(
            {e.at(0).argument(), e.at(1).argument(), e.at(2).byteString(), std::move(*proof)});
    }
    return entries;
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
    auto v = decodeCbor(fetch(what, kSmall), what);
    if (!v)
        return std::move(v).error();
    return within(merkle::proofFromCbor(*v), what);
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
    return decodeEntries(fetch(what, kEntries), what);
}

Result<std::vector<Entry>> NodeClient::registrations(std::uint64_t afterHeight)
{
    const QString what = QStringLiteral("/v1/registrations?after=%1").arg(afterHeight);
    return decodeEntries(fetch(what, kEntries), what);
}

}  // namespace pp::net
