#pragma once

#include "chain/genesis.h"
#include "lightnode/chain_verifier.h"
#include "lightnode/device_keys.h"
#include "net/node_client.h"
#include "store/workspace.h"

#include <atomic>
#include <cstdint>
#include <optional>

namespace pp::lightnode {

// How far the records of a sync got.
struct RecordTally
{
    std::uint64_t verified = 0;
    std::uint64_t rejected = 0;
};

// Spec §9.5: registrations first (they say which key speaks for a device), then each
// device's records, page by page. A page is verified whole (signatures on all cores) and
// stored in one transaction with the findings it raised and the device's progress; a page
// with anything the node should never have served is stored not at all: its findings name
// each entry at fault and the sync stops with the error.
class RecordSync
{
public:
    enum class HeaderMode { Full, TipOnly };

    RecordSync(store::Workspace& workspace, const chain::Genesis& genesis, net::NodeClient& primary,
               ChainVerifier& chain, HeaderMode mode);

    Status syncRegistrations(RecordTally& tally);
    // Records of `device` with time in [fromMs, toMs), from where its last sync ended up to
    // the verified tip.
    Status syncDevice(const store::DeviceRow& device, std::uint64_t fromMs, std::uint64_t toMs,
                      RecordTally& tally, const std::atomic<bool>* cancel);

private:
    // The verified header at `height`: synced (full mode) or proven against the tip.
    Result<chain::Header> header(std::uint64_t height);
    // Stores the findings of a page that does not verify, and nothing else of it.
    Status rejectPage(std::vector<store::FindingRow> findings, const Error& first,
                      RecordTally& tally);

    store::Workspace& workspace_;
    const chain::Genesis& genesis_;
    net::NodeClient& primary_;
    ChainVerifier& chain_;
    HeaderMode mode_;
    merkle::TreeHasher hasher_;
    std::optional<DeviceKeys> keys_;
};

}  // namespace pp::lightnode
