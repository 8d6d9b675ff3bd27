#pragma once

#include "evidence/evidence_document.h"
#include "evidence/selection.h"

#include <atomic>
#include <functional>

namespace pp::net {
class NodeClient;
}
namespace pp::store {
class Workspace;
}

namespace pp::evidence {

// Builds data/evidence.cbor from what the workspace holds verified: its tip as the anchor,
// every validator transition up to it, the selected devices' records of the window and all
// their registrations and revocations, and each block they sit in with its proof in the
// anchor's history tree. A workspace synced in full builds that tree from its headers; a
// tip-only one lacks them, and the proofs are fetched from `node` instead, each checked
// against the anchor's history root as a sync checks it (without a node: an error that
// says to give one). `progress(done, total)` counts steps; `cancel` stops.
Result<Document> buildEvidence(
    store::Workspace& workspace, const Selection& selection,
    const std::function<void(std::uint64_t, std::uint64_t)>& progress = {},
    const std::atomic<bool>* cancel = nullptr, net::NodeClient* node = nullptr);

}  // namespace pp::evidence
