#pragma once

#include "common/result.h"
#include "common/text.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace pp::store {
class Workspace;
}

namespace pp::lightnode {

// Something stored that its own bytes no longer support: the item (in English, for logs
// and --json: "header 1234", "record 56/3", "daily 0a1b…/2025-03-01", "findings of
// 0a1b…") and what is wrong with it.
struct AuditDifference
{
    QString item;
    Text what;
};

struct AuditReport
{
    std::uint64_t headers = 0, commits = 0, registrations = 0, records = 0;
    std::uint64_t dailyRows = 0, findings = 0, batterySummaries = 0;  // compared
    std::vector<AuditDifference> differences;
    bool clean() const { return differences.empty(); }
};

// Quick: the headers and commits, every registration and each device's records whose seq
// is a multiple of 100 (what the console runs on opening a workspace). Full: every record, and the
// findings, daily summaries and battery summaries recomputed from the records and compared.
enum class AuditDepth { Quick, Full };

// Re-verifies a workspace from its stored bytes alone, as a sync verified them: each
// header's hash, links, chain and time; each commit by the validator set stored for it;
// each registration by a genesis registrar; each record's proof against its header, its
// signature with the key then in force and its body, against what its row says; and, in
// full, the findings a sync derives from the records and the daily and battery summaries. A file
// edited behind the light node's back shows here, item by item. Errors are for a file that
// cannot be read at all (or a cancel), not for differences.
Result<AuditReport> auditWorkspace(
    store::Workspace& workspace, AuditDepth depth,
    const std::function<void(std::size_t, std::size_t)>& progress = {},
    const std::atomic<bool>* cancel = nullptr);

}  // namespace pp::lightnode
