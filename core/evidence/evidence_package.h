#pragma once

#include "evidence/evidence_builder.h"
#include "evidence/evidence_verifier.h"

#include <QString>

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

// What an export wrote.
struct ExportSummary
{
    QString path;
    QString bagRoot;
    std::size_t records = 0, registrations = 0, blocks = 0, transitions = 0;
    std::uint64_t anchorHeight = 0;
    qint64 bytes = 0;
    bool signedByExporter = false;
    std::optional<std::uint64_t> timeStampMs;  // when the TSA says it saw the package
};

// Exports an evidence package (evidence.md): the document built from the workspace, the
// how-to-verify notes in English and Chinese, as a BagIt bag in a ZIP at `path`; signed
// over its tag manifest when `signing` is given (its chain goes into data/trust/), and
// time-stamped over it by the TSA of `timeStamping`; the notes say which.
Result<ExportSummary> exportPackage(
    store::Workspace& workspace, const Selection& selection, const QString& path,
    const std::optional<Signing>& signing, const std::optional<TimeStamping>& timeStamping,
    const std::function<void(std::uint64_t, std::uint64_t)>& progress = {},
    const std::atomic<bool>* cancel = nullptr);

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
};

// Checks a package offline as evidence.md asks: the ZIP's paths, the bag's file lists and
// checksums, bag-info's chain and anchor against the document, and the document itself
// (verifyEvidence), and the exporter's signature when there is one. The first failure is
// the error, naming the file, key and entry.
Result<PackageVerdict> verifyPackage(const QString& path,
                                     const std::optional<Digest>& trustedChainId);

}  // namespace pp::evidence
