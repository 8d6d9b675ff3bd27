#include "node/api_server.h"

#include "cbor/decoder.h"
#include "cbor/writer.h"
#include "merkle/memory_tree.h"
#include "merkle/proof_builder.h"
#include "merkle/proof_codec.h"

#include <QJsonObject>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

namespace pp::node {

namespace {

using Code = QHttpServerResponder::StatusCode;

const QByteArray kCbor = "application/cbor";

QHttpServerResponse cborResponse(const QByteArray& body)
{
    return QHttpServerResponse(kCbor, body);
}

QHttpServerResponse errorResponse(Code code, const char* error, const QString& message)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(error)},
                                           {QStringLiteral("message"), message}},
                               code);
}

QHttpServerResponse storeError(const Error& e)
{
    // "Not there" is the client's question's fault; anything else is ours.
    return e.kind() == ErrorKind::Invalid
               ? errorResponse(Code::NotFound, "not_found", e.message())
               : errorResponse(Code::InternalServerError, "internal", e.message());
}

// A required unsigned decimal query parameter, or `fallback` when it is absent and one
// is given.
std::optional<std::uint64_t> param(const QHttpServerRequest& request, const char* name,
                                   QHttpServerResponse& failure,
                                   std::optional<std::uint64_t> fallback = std::nullopt)
{
    const QUrlQuery query = request.query();
    if (fallback && !query.hasQueryItem(QString::fromLatin1(name)))
        return fallback;
    const QString value = query.queryItemValue(QString::fromLatin1(name));
    if (auto n = parseUInt64(value))
        return n;
    failure =
        errorResponse(Code::BadRequest, "bad_parameter",
                      QStringLiteral("parameter %1 must be an unsigned decimal number, not '%2'")
                          .arg(QString::fromLatin1(name), value));
    return std::nullopt;
}

QByteArray bytesArray(const std::vector<QByteArray>& items)
{
    cbor::Writer w;
    w.beginArray(items.size());
    for (const QByteArray& item : items)
        w.bytes(item);
    return std::move(w).data();
}

}  // namespace

ApiServer::ApiServer(Ledger& ledger, QString nodeName,
                     std::optional<crypto::TimeStampAuthority> tsa, Misbehaviour lies)
    : ledger_(ledger),
      nodeName_(std::move(nodeName)),
      tsa_(std::move(tsa)),
      lies_(lies),
      hasher_(ledger.genesis().hashAlg()),
      trees_(ledger.genesis().hashAlg())
{
    if (lies_.equivocateFrom)
        fork_.emplace(ledger_, *lies_.equivocateFrom);
    addRoutes();
}

quint16 ApiServer::listen(const QHostAddress& address, quint16 port, ConnectionRules rules,
                          std::optional<QSslConfiguration> tls)
{
    rules.maxRequestBytes = kMaxSubmissionBytes;
    auto* tcp = new ConnectionLimit(rules, std::move(tls), &server_);
    if (!tcp->listen(address, port)) {
        delete tcp;
        return 0;
    }
    server_.bind(tcp);
    return tcp->serverPort();
}

Result<merkle::ProofBuilder> ApiServer::historyProofs() const
{
    if (fork_)
        return fork_->history();
    return merkle::ProofBuilder(hasher_, ledger_.store());
}

QByteArray ApiServer::proofBytes(merkle::Proof proof) const
{
    return merkle::encodeProof(lies_.corruptProofs ? corruptProof(std::move(proof)) : proof);
}

void ApiServer::addRoutes()
{
    using M = QHttpServerRequest::Method;
    // A slow node answers late; the wait blocks this node's event loop, which a devnet
    // used for tests can afford.
    if (lies_.delayMs > 0) {
        server_.afterRequest([delay = lies_.delayMs](QHttpServerResponse&& response) {
            QThread::msleep(static_cast<unsigned long>(delay));
            return std::move(response);
        });
    }
    server_.route(QStringLiteral("/v1/genesis"), M::Get,
                  [this] { return cborResponse(ledger_.genesis().encoded()); });
    server_.route(QStringLiteral("/v1/status"), M::Get, [this] { return status(); });
    server_.route(QStringLiteral("/v1/headers"), M::Get,
                  [this](const QHttpServerRequest& r) { return headers(r); });
    server_.route(QStringLiteral("/v1/commit"), M::Get,
                  [this](const QHttpServerRequest& r) { return commit(r); });
    server_.route(QStringLiteral("/v1/validators"), M::Get,
                  [this](const QHttpServerRequest& r) { return validators(r); });
    server_.route(QStringLiteral("/v1/history/inclusion"), M::Get,
                  [this](const QHttpServerRequest& r) { return inclusion(r); });
    server_.route(QStringLiteral("/v1/history/consistency"), M::Get,
                  [this](const QHttpServerRequest& r) { return consistency(r); });
    server_.route(QStringLiteral("/v1/block/records"), M::Get,
                  [this](const QHttpServerRequest& r) { return blockRecords(r); });
    server_.route(QStringLiteral("/v1/records"), M::Get,
                  [this](const QHttpServerRequest& r) { return deviceRecords(r); });
    server_.route(QStringLiteral("/v1/registrations"), M::Get,
                  [this](const QHttpServerRequest& r) { return registrations(r); });
    server_.route(QStringLiteral("/v1/validator-changes"), M::Get,
                  [this](const QHttpServerRequest& r) { return validatorChanges(r); });
    if (tsa_) {
        server_.route(QStringLiteral("/v1/tsa"), M::Post,
                      [this](const QHttpServerRequest& r) { return timeStamp(r); });
    }
    server_.route(QStringLiteral("/v1/records"), M::Post,
                  [this](const QHttpServerRequest& r) { return submit(r); });
}

QHttpServerResponse ApiServer::status() const
{
    cbor::Writer w;
    w.beginMap(4);
    w.unsignedInt(1);
    w.unsignedInt(ledger_.tipHeight());
    w.unsignedInt(2);
    const auto forkTip = forked(ledger_.tipHeight()) ? fork_->hash(ledger_.tipHeight())
                                                     : Result<Digest>(ledger_.tipHash());
    if (!forkTip)
        return storeError(forkTip.error());
    w.bytes(view(*forkTip));
    w.unsignedInt(3);
    w.bytes(view(ledger_.genesis().chainId()));
    w.unsignedInt(4);
    w.text(nodeName_.toUtf8());
    return cborResponse(std::move(w).data());
}

QHttpServerResponse ApiServer::headers(const QHttpServerRequest& request) const
{
    QHttpServerResponse failure(Code::BadRequest);
    const auto from = param(request, "from", failure);
    const auto count = from ? param(request, "count", failure) : std::nullopt;
    if (!from || !count)
        return failure;
    if (*count > kMaxHeaders) {
        return errorResponse(Code::BadRequest, "bad_parameter",
                             QStringLiteral("count %1 exceeds %2").arg(*count).arg(kMaxHeaders));
    }
    // Empty from one past the tip on: a client polling for new headers is not in error.
    const std::uint64_t tip = ledger_.tipHeight();
    const std::uint64_t n = *from > tip ? 0 : std::min(*count, tip - *from + 1);
    if (n == 0)
        return QHttpServerResponse(QByteArrayLiteral("application/octet-stream"), QByteArray());
    // An honest range is served as stored, in one read; lies are made header by header.
    if (!lies_.corruptHeaders && !forked(*from + n - 1)) {
        auto body = ledger_.store().encodedHeaders(*from, n);
        if (!body)
            return storeError(body.error());
        return QHttpServerResponse(QByteArrayLiteral("application/octet-stream"), *body);
    }
    QByteArray body;
    for (std::uint64_t h = *from; h - *from < n; ++h) {
        auto header = forked(h) ? fork_->header(h) : ledger_.store().header(h);
        if (!header)
            return storeError(header.error());
        body.append(lies_.corruptHeaders && h > 0 ? corruptHeader(header->encode())
                                                  : header->encode());
    }
    return QHttpServerResponse(QByteArrayLiteral("application/octet-stream"), body);
}

QHttpServerResponse ApiServer::commit(const QHttpServerRequest& request) const
{
    QHttpServerResponse failure(Code::BadRequest);
    const auto height = param(request, "height", failure);
    if (!height)
        return failure;
    auto c = forked(*height) ? [&]() -> Result<QByteArray> {
        auto fc = fork_->commit(*height);
        return fc ? Result<QByteArray>(fc->encode()) : Result<QByteArray>(fc.error());
    }()
        : ledger_.store().commit(*height);
    if (!c)
        return storeError(c.error());
    return cborResponse(lies_.corruptCommits ? corruptCommit(*c) : *c);
}

QHttpServerResponse ApiServer::validators(const QHttpServerRequest& request) const
{
    QHttpServerResponse failure(Code::BadRequest);
    const auto height = param(request, "height", failure);
    if (!height)
        return failure;
    auto header = ledger_.store().header(*height);
    if (!header)
        return storeError(header.error());
    auto set = ledger_.store().validatorSet(header->validatorsHash);
    return set ? cborResponse(*set) : storeError(set.error());
}

QHttpServerResponse ApiServer::inclusion(const QHttpServerRequest& request) const
{
    QHttpServerResponse failure(Code::BadRequest);
    const auto index = param(request, "index", failure);
    const auto size = index ? param(request, "size", failure) : std::nullopt;
    if (!index || !size)
        return failure;
    // The history tree holds one header hash per block up to the tip.
    if (*index >= *size || *size > ledger_.tipHeight() + 1) {
        return errorResponse(
            Code::BadRequest, "bad_parameter",
            QStringLiteral("need index < size <= %1").arg(ledger_.tipHeight() + 1));
    }
    auto builder = historyProofs();
    if (!builder)
        return storeError(builder.error());
    auto proof = builder->inclusion(*index, *size);
    return proof ? cborResponse(proofBytes(*proof)) : storeError(proof.error());
}

QHttpServerResponse ApiServer::consistency(const QHttpServerRequest& request) const
{
    QHttpServerResponse failure(Code::BadRequest);
    const auto oldSize = param(request, "old", failure);
    const auto newSize = oldSize ? param(request, "new", failure) : std::nullopt;
    if (!oldSize || !newSize)
        return failure;
    if (*oldSize > *newSize || *newSize > ledger_.tipHeight() + 1) {
        return errorResponse(Code::BadRequest, "bad_parameter",
                             QStringLiteral("need old <= new <= %1").arg(ledger_.tipHeight() + 1));
    }
    auto builder = historyProofs();
    if (!builder)
        return storeError(builder.error());
    auto proof = builder->consistency(*oldSize, *newSize);
    return proof ? cborResponse(proofBytes(*proof)) : storeError(proof.error());
}

QHttpServerResponse ApiServer::blockRecords(const QHttpServerRequest& request) const
{
    QHttpServerResponse failure(Code::BadRequest);
    const auto height = param(request, "height", failure);
    if (!height)
        return failure;
    if (*height > ledger_.tipHeight())
        return errorResponse(Code::NotFound, "not_found",
                             QStringLiteral("no block at height %1").arg(*height));
    auto records = ledger_.store().blockRecords(*height);
    if (!records)
        return storeError(records.error());
    if (lies_.corruptRecords)
        std::transform(records->begin(), records->end(), records->begin(), corruptRecord);
    return cborResponse(bytesArray(*records));
}

QHttpServerResponse ApiServer::entries(const Result<std::vector<RecordRef>>& refs) const
{
    if (!refs)
        return storeError(refs.error());
    std::uint64_t treeHeight = 0;
    std::shared_ptr<const merkle::MemoryTree> tree;
    cbor::Writer w;
    w.beginArray(refs->size());
    for (const RecordRef& ref : *refs) {
        if (!tree || ref.height != treeHeight) {
            auto found = trees_.tree(ledger_.store(), ref.height);
            if (!found)
                return storeError(found.error());
            tree = std::move(*found);
            treeHeight = ref.height;
        }
        auto proof = tree->proofs().inclusion(ref.index, tree->size());
        if (!proof)
            return storeError(proof.error());
        w.beginArray(4);
        w.unsignedInt(ref.height);
        w.unsignedInt(ref.index);
        w.bytes(lies_.corruptRecords ? corruptRecord(ref.bytes) : ref.bytes);
        w.raw(proofBytes(*proof));
    }
    return cborResponse(std::move(w).data());
}

QHttpServerResponse ApiServer::deviceRecords(const QHttpServerRequest& request) const
{
    const auto device = fromHex(request.query().queryItemValue(QStringLiteral("device")));
    if (!device || device->size() != 16) {
        return errorResponse(Code::BadRequest, "bad_parameter",
                             QStringLiteral("parameter device must be 32 hex digits"));
    }
    QHttpServerResponse failure(Code::BadRequest);
    const auto from = param(request, "from", failure, 0);
    if (!from)
        return failure;
    const auto to = param(request, "to", failure, UINT64_MAX);
    if (!to)
        return failure;
    const auto limit = param(request, "limit", failure, kMaxEntries);
    if (!limit)
        return failure;
    if (*limit > kMaxEntries) {
        return errorResponse(Code::BadRequest, "bad_parameter",
                             QStringLiteral("limit %1 exceeds %2").arg(*limit).arg(kMaxEntries));
    }
    // "after" absent means from the first record, seq 0 included. Sequence numbers start at
    // 0 and grow by one per record: far below 2^63 in practice.
    std::int64_t afterSeq = -1;
    if (request.query().hasQueryItem(QStringLiteral("after"))) {
        const auto after = param(request, "after", failure);
        if (!after)
            return failure;
        afterSeq = static_cast<std::int64_t>(std::min<std::uint64_t>(*after, INT64_MAX));
    }
    auto refs = ledger_.store().deviceRecords(*device, *from, *to, afterSeq, *limit);
    if (refs && lies_.misorderRecords && refs->size() >= 2)
        std::swap((*refs)[0], (*refs)[1]);
    return entries(refs);
}

QHttpServerResponse ApiServer::registrations(const QHttpServerRequest& request) const
{
    QHttpServerResponse failure(Code::BadRequest);
    const auto after = param(request, "after", failure);
    if (!after)
        return failure;
    return entries(ledger_.store().registrations(*after, kMaxEntries));
}

QHttpServerResponse ApiServer::validatorChanges(const QHttpServerRequest& request) const
{
    QHttpServerResponse failure(Code::BadRequest);
    const auto from = param(request, "from", failure);
    if (!from)
        return failure;
    auto heights = lies_.omitValidatorChanges
                       ? Result<std::vector<std::uint64_t>>(std::vector<std::uint64_t>{})
                       : ledger_.store().validatorChanges(*from);
    if (!heights)
        return storeError(heights.error());
    cbor::Writer w;
    w.beginArray(heights->size());
    for (std::uint64_t h : *heights)
        w.unsignedInt(h);
    return cborResponse(std::move(w).data());
}

QHttpServerResponse ApiServer::timeStamp(const QHttpServerRequest& request)
{
    // RFC 3161 §3.4: application/timestamp-query in, application/timestamp-reply out.
    if (request.value(QByteArrayLiteral("Content-Type")) != "application/timestamp-query") {
        return errorResponse(Code::UnsupportedMediaType, "bad_body",
                             QStringLiteral("send an application/timestamp-query"));
    }
    if (request.body().size() > kMaxTimeStampQuery)
        return errorResponse(Code::PayloadTooLarge, "too_large",
                             QStringLiteral("a time-stamp query is small"));
    auto reply = tsa_->respond(request.body());
    if (!reply)
        return errorResponse(Code::InternalServerError, "internal", reply.error().message());
    return QHttpServerResponse(QByteArrayLiteral("application/timestamp-reply"), *reply);
}

QHttpServerResponse ApiServer::submit(const QHttpServerRequest& request)
{
    const QByteArray body = request.body();
    if (body.size() > kMaxSubmissionBytes) {
        return errorResponse(
            Code::PayloadTooLarge, "too_large",
            QStringLiteral("a submission is at most %1 bytes").arg(kMaxSubmissionBytes));
    }
    auto decoded = cbor::decode(body);
    if (!decoded || !decoded->isArray()) {
        return errorResponse(Code::BadRequest, "bad_body",
                             decoded ? QStringLiteral("the body must be a CBOR array of records")
                                     : decoded.error().message());
    }
    if (decoded->size() > kMaxSubmissionRecords) {
        return errorResponse(
            Code::PayloadTooLarge, "too_large",
            QStringLiteral("a submission holds at most %1 records").arg(kMaxSubmissionRecords));
    }
    // The byte strings go to the ledger as one batch, so that their signatures are checked
    // on all cores; anything else in the array is refused in its place.
    std::vector<QByteArray> batch;
    for (const cbor::Value& item : decoded->items()) {
        if (item.isBytes())
            batch.push_back(item.byteString());
    }
    const std::vector<Admission> admitted = ledger_.submitBatch(batch);
    cbor::Writer w;
    w.beginArray(decoded->size());
    std::size_t next = 0;
    for (const cbor::Value& item : decoded->items()) {
        const Admission a =
            item.isBytes() ? admitted[next++]
                           : Admission{Admission::Malformed, QStringLiteral("not a byte string")};
        w.beginArray(2);
        w.unsignedInt(static_cast<std::uint64_t>(a.status));
        w.text(a.message.toUtf8());
    }
    return cborResponse(std::move(w).data());
}

}  // namespace pp::node
