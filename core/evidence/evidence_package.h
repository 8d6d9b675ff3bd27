#pragma once

#include "evidence/evidence_builder.h"
#include "evidence/evidence_verifier.h"

#include <QString>

namespace pp::evidence {

// What an export wrote.
struct ExportSummary
{
    QString path;
    QString bagRoot;
    std::size_t records = 0, registrations = 0, blocks = 0, transitions = 0;
    std::uint64_t anchorHeight = 0;
    qint64 bytes = 0;
};

// Exports an evidence package (evidence.md): the document built from the workspace, the
// how-to-verify notes in English and Chinese, as a BagIt bag in a ZIP at `path`. Unsigned
// for now: the package says so in its notes, and still proves its records against the chain.
Result<ExportSummary> exportPackage(
    store::Workspace& workspace, const Selection& selection, const QString& path,
    const std::function<void(std::uint64_t, std::uint64_t)>& progress = {},
    const std::atomic<bool>* cancel = nullptr);

// What a check of a whole package found.
struct PackageVerdict
{
    Verdict evidence;
    QString bagRoot;
    bool signedByExporter = false;  // a signatures/ file is present (not checked here yet)
    bool timeStamped = false;       // a timestamps/ file is present (not checked here yet)
};

// Checks a package offline as evidence.md asks: the ZIP's paths, the bag's file lists and
// checksums, bag-info's chain and anchor against the document, and the document itself
// (verifyEvidence). The first failure is the error, naming the file, key and entry.
Result<PackageVerdict> verifyPackage(const QString& path,
                                     const std::optional<Digest>& trustedChainId);

}  // namespace pp::evidence
