#pragma once

// What an export and a check of an evidence package take and give: plain values the console
// holds (ui/README.md) while the work runs in evidence_package.h.

#include "common/result.h"
#include "evidence/fork_proof.h"
#include "evidence/package_contents.h"
#include "evidence/verdict.h"
#include "net/http_options.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace pp::evidence {

// The exporter's signing credentials (evidence.md §4): PEM certificate and key (ECDSA
// P-256 or RSA ≥ 3072), the chain up to its root (PEM, may be empty for a self-signed
// certificate) and the key's passphrase.
struct Signing
{
    QByteArray certificatePem, keyPem, chainPem, passphrase;
};

// An RFC 3161 time-stamping authority (evidence.md §4): its URL (the devnet node's
// /v1/tsa) and the root certificate its certificate chains to (PEM), which goes into
// data/trust/tsa-chain.pem.
struct TimeStamping
{
    QString url;
    QByteArray caPem;
};

// The node a tip-only workspace was synced from: where the history proofs it lacks are
// fetched (and checked against the anchor) at export time.
struct NodeSource
{
    QString url;
    net::HttpOptions http;
};

// What an export wrote.
struct ExportSummary
{
    QString path;
    QString bagRoot;
    std::size_t records = 0, registrations = 0, blocks = 0, transitions = 0;
    std::uint64_t anchorHeight = 0;
    qint64 bytes = 0;          // the ZIP
    qint64 documentBytes = 0;  // data/evidence.cbor: the records, their proofs and headers
    bool signedByExporter = false;
    std::optional<std::uint64_t> timeStampMs;  // when the TSA says it saw the package
};

// The signer of a PKCS#12 file (.p12, .pfx): its certificate, key and CA certificates.
Result<Signing> signingFromPkcs12(QByteArrayView bundle, QByteArrayView passphrase);

// What a check of a whole package found.
struct PackageVerdict
{
    Verdict evidence;
    QString bagRoot;
    // The exporter's signature, checked against the chain in data/trust/: who signed, and
    // the SHA-256 fingerprint of the root it chains to, for the reader to compare with the
    // one the exporter publishes.
    bool signedByExporter = false;
    QString signer, signerIssuer, trustRootSha256;
    // The time-stamp, checked against data/trust/tsa-chain.pem: when, and by which TSA.
    bool timeStamped = false;
    std::uint64_t timeStampMs = 0;
    QString tsa;
    // The fork the package proves, when it holds one (data/fork/).
    std::optional<ForkProof> fork;
    // What the records say, decoded, when asked for (Contents::Decode).
    std::vector<DeviceContents> contents;
};

enum class Contents { Skip, Decode };

}  // namespace pp::evidence
