#pragma once

#include "chain/genesis.h"
#include "lightnode/chain_verifier.h"
#include "lightnode/device_keys.h"
#include "lightnode/entry_check.h"
#include "lightnode/sync_coverage.h"
#include "lightnode/sync_report.h"
#include "net/node_client.h"
#include "store/workspace.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

namespace pp::lightnode {

// How far the records of a sync got.
// Spec §9.5: registrations first (they say which key speaks for a device), then each
// device's records, page by page. A page is verified whole (signatures on all cores) and
// stored in one transaction with the findings it raised and the device's progress; a page
// with anything the node should never have served is stored not at all: its findings name
// each entry at fault and the sync stops with the error.
class RecordSync
{
public:
    using HeaderMode = lightnode::HeaderMode;
    // Entries a page, and a page is one write: enough to keep every core busy, few enough
    // to bound memory.
    static constexpr std::uint64_t kPageEntries = 2000;

    // `pages` is a second connection to the primary that fetches record pages ahead while
    // `primary` serves everything else.
    RecordSync(store::Workspace& workspace, const chain::Genesis& genesis, net::NodeClient& primary,
               net::NodeClient& pages, ChainVerifier& chain, HeaderMode mode);

    Status syncRegistrations(RecordTally& tally);
    // Records of each of `devices` with time in [fromMs, toMs), from where its last sync
    // ended up to the verified tip, and those of the window's holes that earlier windowed
    // syncs left (lightnode/sync_coverage.h). `deviceDone(i)` is called as device i is
    // verified.
    Status syncDevices(const std::vector<store::DeviceRow>& devices, std::uint64_t fromMs,
                       std::uint64_t toMs, RecordTally& tally,
                       const std::function<void(std::size_t)>& deviceDone,
                       const std::atomic<bool>* cancel);

private:
    // The verified header at `height`: synced (full mode) or proven against the tip.
    Result<chain::Header> header(std::uint64_t height);
    Result<chain::Header> storedHeader(std::uint64_t height);
    struct DeviceState;
    // A page whose every entry verified, on its way to the workspace.
    struct CheckedPage
    {
        std::shared_ptr<DeviceState> device;
        std::vector<net::Entry> entries;
        std::vector<EntryVerdict> verdicts;
        bool hole = false;       // records before those held, of a window not yet synced
        bool endsHoles = false;  // the device's last hole page
    };
    Result<std::shared_ptr<DeviceState>> open(const store::DeviceRow& device);
    Result<std::map<std::uint64_t, chain::Header>> headersOf(
        const std::vector<net::Entry>& entries);
    // Checks seq and time continuity and plausibility of a verified page in order, then
    // stores it with its findings, the device's progress past it and the window it
    // covers, in one transaction.
    Status saveChecked(const CheckedPage& page, std::uint64_t fromMs, std::uint64_t toMs,
                       RecordTally& tally);
    // Stores a hole's page as it is; after the device's last hole, derives its findings
    // again from all it holds.
    Status saveHole(const CheckedPage& page, std::uint64_t fromMs, RecordTally& tally);
    store::RecordRow recordRow(const QByteArray& deviceId, const net::Entry& e,
                               const records::RecordBody& b) const;
    // Stores the findings of a page that does not verify, and nothing else of it.
    Status rejectPage(std::vector<store::FindingRow> findings, const Error& first,
                      RecordTally& tally);

    store::Workspace& workspace_;
    const chain::Genesis& genesis_;
    net::NodeClient& primary_;
    net::NodeClient& pages_;
    ChainVerifier& chain_;
    HeaderMode mode_;
    merkle::TreeHasher hasher_;
    std::optional<DeviceKeys> keys_;
    static constexpr std::size_t kHeaderCache = 16384;  // about 5 MB of decoded headers
    std::unordered_map<std::uint64_t, chain::Header> headers_;
};

}  // namespace pp::lightnode
