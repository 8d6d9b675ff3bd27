#pragma once

#include "analytics/incidents.h"
#include "evidence/evidence_document.h"

#include <atomic>
#include <functional>

namespace pp::store {
class Workspace;
}

namespace pp::evidence {

// What to export: devices and a window of record times [fromMs, toMs).
struct Selection
{
    std::vector<QByteArray> devices;
    std::uint64_t fromMs = 0;
    std::uint64_t toMs = UINT64_MAX;
    QString tool;  // "powerproof 0.2.0"
    std::optional<QString> note;
    std::uint64_t nowMs = 0;  // the statement's time
};

// An incident's device over its first to last record, both included: what a package made
// "from an incident" holds. Chain-level incidents (a fork) name no device and give none.
std::optional<Selection> incidentWindow(const analytics::Incident& incident);

// Builds data/evidence.cbor from what the workspace holds verified: its tip as the anchor,
// every validator transition up to it, the selected devices' records of the window and all
// their registrations and revocations, and each block they sit in with its proof in the
// anchor's history tree (built from the stored headers: the workspace must hold every
// header, as a full sync leaves it). `progress(done, total)` counts steps; `cancel` stops.
Result<Document> buildEvidence(
    store::Workspace& workspace, const Selection& selection,
    const std::function<void(std::uint64_t, std::uint64_t)>& progress = {},
    const std::atomic<bool>* cancel = nullptr);

}  // namespace pp::evidence
