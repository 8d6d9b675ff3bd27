#pragma once

#include "chain/genesis.h"
#include "chain/validator_set.h"
#include "merkle/tree_hasher.h"
#include "net/node_client.h"
#include "store/workspace.h"

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace pp::lightnode {

// Spec §9.1–9.4 against one primary node: validator transitions, the tip, the append-only
// check, and headers by hash links. Every check that passes is written to the workspace
// before the next begins; a failure leaves what was verified before as it was.
class ChainVerifier
{
public:
    using Progress = std::function<void(std::uint64_t done, std::uint64_t total)>;

    // `set` is the workspace's trusted set; `setFrom` the height from which it signs.
    ChainVerifier(store::Workspace& workspace, const chain::Genesis& genesis,
                  net::NodeClient& primary, chain::ValidatorSet set, std::uint64_t setFrom);

    // Validator transitions up to the primary's tip, with change heights cross-checked
    // against `witnesses` (their union is verified; a height that is no change is ignored),
    // then the tip and its append-only check. Returns the verified tip.
    Result<store::StoredHeader> advance(const std::vector<net::NodeClient*>& witnesses);

    // Full mode: every header from the last synced one to the tip, by hash links, each
    // range of 4096 tied to the tip by a history inclusion proof of its top header.
    Result<std::uint64_t> syncHeaders(const Progress& progress, const std::atomic<bool>* cancel);

    // Tip-only mode: the header at `height`, tied to the verified tip by a history
    // inclusion proof (or held already).
    Result<chain::Header> provenHeader(std::uint64_t height);

    const std::optional<store::StoredHeader>& tip() const { return tip_; }
    const QByteArray& tipCommit() const { return tipCommit_; }  // empty at height 0

    // True when `header` is the one at its height in the verified tip's history.
    Status tiedToTip(const store::StoredHeader& header);

private:
    Status transition(std::uint64_t c, std::vector<store::StoredHeader>& toTie);
    Error omittedChange(std::uint64_t tipHeight);

    store::Workspace& workspace_;
    const chain::Genesis& genesis_;
    net::NodeClient& primary_;
    chain::ValidatorSet set_;
    std::uint64_t setFrom_;
    merkle::TreeHasher hasher_;
    std::optional<store::StoredHeader> tip_;
    QByteArray tipCommit_;
};

}  // namespace pp::lightnode
