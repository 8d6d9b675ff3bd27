#pragma once

#include "chain/fork_evidence.h"
#include "common/bytes.h"
#include "common/error.h"
#include "lightnode/witness_state.h"
#include "net/http_options.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

// What a caller gives the light node's sync and what it gets back (lightnode/light_client.h
// runs it): plain values, so the console and the CLI hold them without the sync's insides.
namespace pp::lightnode {

// Spec §9.4: every header by hash links from genesis, or the tip alone with each record's
// header proven by a history inclusion proof.
enum class HeaderMode { Full, TipOnly };

struct RecordTally
{
    std::uint64_t verified = 0;
    std::uint64_t rejected = 0;
    std::uint64_t filled = 0;  // of those verified, in holes earlier windowed syncs left
};

// A stretch of a device's time whose records the workspace may lack, because no sync's
// window took it (lightnode/sync_coverage.h): those with seq after `after` (none: all), up
// to the device's last stored seq. Records with a later seq are new, and any sync of the
// stretch asks for them anyway. toMs UINT64_MAX: no end.
struct CoverageHole
{
    std::uint64_t fromMs = 0;
    std::uint64_t toMs = 0;
    std::optional<std::uint64_t> after;
    bool operator==(const CoverageHole&) const = default;
};

struct DeviceHoles
{
    QByteArray deviceId;
    std::vector<CoverageHole> holes;
    bool operator==(const DeviceHoles&) const = default;
};

struct SyncOptions
{
    QString node;
    QStringList witnesses;
    std::optional<Digest> chainId;  // required the first time; checked against the workspace
    HeaderMode headers = HeaderMode::Full;
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
    std::vector<WitnessState> witnesses;
    std::optional<chain::ForkEvidence> fork;
    // The synced devices' time no sync took, once this one ended: what a windowed sync
    // left for later.
    std::vector<DeviceHoles> notSynced;
};

}  // namespace pp::lightnode
