#pragma once

#include "lightnode/record_sync.h"
#include "net/http_client.h"
#include "store/workspace.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace pp::lightnode {

struct SyncOptions
{
    QString node;
    QStringList witnesses;
    std::optional<Digest> chainId;  // required the first time; checked against the workspace
    RecordSync::HeaderMode headers = RecordSync::HeaderMode::Full;
    std::vector<QByteArray> devices;  // empty: every registered device
    std::uint64_t fromMs = 0;
    std::uint64_t toMs = UINT64_MAX;
    net::HttpOptions http;
};

struct SyncProgress
{
    const char* stage;  // "tip", "witnesses", "headers", "registrations", "records"
    std::uint64_t done = 0;
    std::uint64_t total = 0;
};

// How a sync ended; the CLI's exit codes are these numbers.
enum class SyncOutcome {
    Synced = 0,       // findings may exist
    Failed = 1,       // usage, I/O or network
    InvalidData = 2,  // the node served something that does not verify; none of it stored
    Fork = 3,         // evidence stored
};

struct SyncReport
{
    SyncOutcome outcome = SyncOutcome::Synced;
    std::optional<Error> error;
    Digest chainId{};
    std::uint64_t tipHeight = 0;
    Digest tipHash{};
    std::uint64_t headersVerified = 0;
    RecordTally records;
    std::map<QString, std::uint64_t> findings;  // code → count, the whole workspace
    std::vector<store::WitnessRow> witnesses;
    std::optional<store::ForkRow> fork;
};

// The light node's one entry point (spec §9, in order): trust anchor, validator
// transitions, tip and append-only check, witnesses, headers, registrations, records. The
// CLI and the GUI both call this; `progress` and `cancel` let a caller on another thread
// follow and stop it.
SyncReport sync(store::Workspace& workspace, const SyncOptions& options,
                const std::function<void(const SyncProgress&)>& progress = {},
                const std::atomic<bool>* cancel = nullptr);

}  // namespace pp::lightnode
