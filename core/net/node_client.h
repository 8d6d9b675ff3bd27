#pragma once

#include "chain/commit.h"
#include "chain/header.h"
#include "merkle/proof.h"
#include "net/http_client.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace pp::net {

// The answers of spec §8, decoded strictly. Whatever a node sends that does not parse is an
// error (ErrorKind::Malformed or Invalid) naming the request; whether it verifies is the
// light node's question, not this class's.
struct NodeStatus
{
    std::uint64_t tipHeight = 0;
    Digest tipHash{};
    Digest chainId{};
    QString name;
};

// An entry of /v1/records or /v1/registrations: [height, index, record, proof].
struct Entry
{
    std::uint64_t height = 0;
    std::uint64_t index = 0;
    QByteArray record;
    merkle::Proof proof;
};

// The body of an entries answer (/v1/records, /v1/registrations), read in place rather
// than through a value tree: a page carries thousands. Errors name the request `what`,
// the entry and, for bad CBOR, the byte offset.
Result<std::vector<Entry>> decodeEntries(QByteArrayView body, const QString& what);

// A range of headers as served: the 214-byte encodings, in height order.
struct HeaderRange
{
    std::uint64_t from = 0;
    std::vector<chain::Header> headers;
};

class NodeClient
{
public:
    // Protocol limits (spec §8) and the byte caps derived from them.
    static constexpr std::uint64_t kMaxHeaders = 4096;
    static constexpr std::uint64_t kMaxEntries = 10000;

    explicit NodeClient(std::unique_ptr<HttpClient> http) : http_(std::move(http)) {}
    static Result<std::unique_ptr<NodeClient>> connect(const QString& url, HttpOptions options);

    const QString& url() const { return http_->baseUrl(); }
    HttpClient& http() { return *http_; }

    Result<QByteArray> genesis();
    Result<NodeStatus> status();
    Result<chain::Header> header(std::uint64_t height);
    // Ranges side by side on the connection pool; each [from, from + count), count ≤ 4096,
    // fewer at the node's tip.
    std::vector<Result<HeaderRange>> headerRanges(
        const std::vector<std::pair<std::uint64_t, std::uint64_t>>& ranges);
    Result<chain::Commit> commit(std::uint64_t height);
    Result<QByteArray> validators(std::uint64_t height);  // the set's CBOR bytes
    Result<std::vector<std::uint64_t>> validatorChanges(std::uint64_t from);
    Result<merkle::Proof> historyInclusion(std::uint64_t index, std::uint64_t size);
    // Time in [fromMs, toMs), seq > after (all seqs when absent), by seq.
    Result<std::vector<Entry>> records(const QByteArray& deviceId, std::uint64_t fromMs,
                                       std::uint64_t toMs, std::optional<std::uint64_t> after,
                                       std::uint64_t limit);
    Result<std::vector<Entry>> registrations(std::uint64_t afterHeight);

private:
    Result<QByteArray> fetch(const QString& pathAndQuery, qint64 maxBytes);
    std::unique_ptr<HttpClient> http_;
};

}  // namespace pp::net
