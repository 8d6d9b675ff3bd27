#pragma once

#include "evidence/package_types.h"
#include "evidence/selection.h"

#include <atomic>
#include <functional>

namespace pp::store {
class Workspace;
}

namespace pp::evidence {

// Exports an evidence package (evidence.md): the document built from the workspace, the
// how-to-verify notes in English and Chinese, as a BagIt bag in a ZIP at `path`; signed
// over its tag manifest when `signing` is given (its chain goes into data/trust/), and
// time-stamped over it by the TSA of `timeStamping`; the notes say which. A tip-only
// workspace fetches the history proofs it lacks from `node` (buildEvidence).
Result<ExportSummary> exportPackage(
    store::Workspace& workspace, const Selection& selection, const QString& path,
    const std::optional<Signing>& signing, const std::optional<TimeStamping>& timeStamping,
    const std::function<void(std::uint64_t, std::uint64_t)>& progress = {},
    const std::atomic<bool>* cancel = nullptr, const std::optional<NodeSource>& node = {});

// Checks a package offline as evidence.md asks: the ZIP's paths, the bag's file lists and
// checksums, bag-info's chain and anchor against the document, and the document itself
// (verifyEvidence), and the exporter's signature when there is one. The first failure is
// the error, naming the file, key and entry.
// `done` hears of each step as it passes; the first that does not is the one the error
// is about.
Result<PackageVerdict> verifyPackage(const QString& path,
                                     const std::optional<Digest>& trustedChainId,
                                     const StepDone& done = {}, Contents contents = Contents::Skip);

}  // namespace pp::evidence
