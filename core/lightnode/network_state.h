#pragma once

#include "chain/fork_evidence.h"
#include "chain/validator_set.h"
#include "chain/verified_header.h"
#include "common/result.h"
#include "lightnode/sync_report.h"
#include "lightnode/witness_state.h"

#include <optional>
#include <vector>

namespace pp::store {
class Workspace;
}

namespace pp::lightnode {

// What the light node knows of the network it follows, for the Network view: the verified
// tip and headers, each witness's last state, every validator set with the height from
// which it signs (the first is genesis; each later one a verified transition), and the
// fork evidence when one was found; and the devices' time no sync took.
struct NetworkState
{
    QString chainName;
    Digest chainId{};
    std::optional<chain::VerifiedHeader> tip;
    std::optional<std::uint64_t> headersSynced;
    std::vector<WitnessState> witnesses;
    struct Set
    {
        std::uint64_t fromHeight = 0;
        chain::ValidatorSet validators;
    };
    std::vector<Set> sets;
    std::optional<chain::ForkEvidence> fork;
    std::vector<DeviceHoles> notSynced;
};

Result<NetworkState> loadNetworkState(store::Workspace& workspace);

}  // namespace pp::lightnode
