#pragma once

#include "crypto/timestamp_authority.h"
#include "node/connection_limit.h"
#include "node/equivocation.h"
#include "node/ledger.h"
#include "node/misbehaviour.h"
#include "node/records_tree_cache.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QSslConfiguration>
#include <QString>

namespace pp::node {

// Spec §8 over HTTP (QHttpServer), for one ledger. Bodies are CBOR unless noted; every
// error is a 4xx/5xx with {"error": code, "message": text}. Parameters are parsed strictly
// (unsigned decimal) and bounded: at most 4096 headers a request, 1,000 records and
// 16 MiB a submission.
class ApiServer
{
public:
    static constexpr std::uint64_t kMaxHeaders = 4096;
    static constexpr qsizetype kMaxSubmissionBytes = qsizetype{16} * 1024 * 1024;
    static constexpr std::size_t kMaxSubmissionRecords = 1000;
    static constexpr std::uint64_t kMaxEntries = 10000;  // records and registrations a request
    static constexpr qsizetype kMaxTimeStampQuery = qsizetype{64} * 1024;

    // `tsa` answers POST /v1/tsa; without one that endpoint is 404. `lies` makes the
    // server misbehave on purpose (tests of the light node).
    ApiServer(Ledger& ledger, QString nodeName, std::optional<crypto::TimeStampAuthority> tsa = {},
              Misbehaviour lies = {});

    static constexpr int kDefaultMaxConnections = 64;
    static constexpr int kDefaultRequestTimeoutMs = 30'000;

    // The port listened on (the one asked for, or a free one for 0); 0 on failure. The
    // rules bound connections, their pace and their size (node/connection_limit.h); a
    // request is never allowed more than a submission's bytes. With `tls` the node speaks
    // HTTPS only.
    quint16 listen(const QHostAddress& address, quint16 port, ConnectionRules rules = {},
                   std::optional<QSslConfiguration> tls = {});

private:
    void addRoutes();
    QHttpServerResponse status() const;
    QHttpServerResponse headers(const QHttpServerRequest& request) const;
    QHttpServerResponse commit(const QHttpServerRequest& request) const;
    QHttpServerResponse validators(const QHttpServerRequest& request) const;
    QHttpServerResponse inclusion(const QHttpServerRequest& request) const;
    QHttpServerResponse consistency(const QHttpServerRequest& request) const;
    QHttpServerResponse blockRecords(const QHttpServerRequest& request) const;
    QHttpServerResponse deviceRecords(const QHttpServerRequest& request) const;
    QHttpServerResponse registrations(const QHttpServerRequest& request) const;
    QHttpServerResponse validatorChanges(const QHttpServerRequest& request) const;
    QByteArray proofBytes(merkle::Proof proof) const;  // applies corruptProofs
    // The history tree proofs come from: the chain's, or the fork's when equivocating.
    Result<merkle::ProofBuilder> historyProofs() const;
    bool forked(std::uint64_t height) const { return fork_ && height >= fork_->from(); }
    // [height, index, record, proof] for each record, proofs against its block's records tree.
    QHttpServerResponse entries(const Result<std::vector<RecordRef>>& refs) const;
    QHttpServerResponse submit(const QHttpServerRequest& request);
    QHttpServerResponse timeStamp(const QHttpServerRequest& request);

    Ledger& ledger_;
    QString nodeName_;
    std::optional<crypto::TimeStampAuthority> tsa_;
    Misbehaviour lies_;
    merkle::TreeHasher hasher_;
    mutable std::optional<Equivocation> fork_;  // with lies_.equivocateFrom
    // Handlers run one at a time on the server's thread, so the cache needs no lock.
    mutable RecordsTreeCache trees_;
    QHttpServer server_;
};

}  // namespace pp::node
