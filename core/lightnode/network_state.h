#pragma once

#include "chain/validator_set.h"
#include "common/result.h"
#include "store/workspace.h"

#include <optional>
#include <vector>

namespace pp::lightnode {

// What the light node knows of the network it follows, for the Network view: the verified
// tip and headers, each witness's last state, every validator set with the height from
// which it signs (the first is genesis; each later one a verified transition), and the
// fork evidence when one was found.
struct NetworkState
{
    QString chainName;
    Digest chainId{};
    std::optional<store::StoredHeader> tip;
    std::optional<std::uint64_t> headersSynced;
    std::vector<store::WitnessRow> witnesses;
    struct Set
    {
        std::uint64_t fromHeight = 0;
        chain::ValidatorSet validators;
    };
    std::vector<Set> sets;
    std::optional<store::ForkRow> fork;
};

Result<NetworkState> loadNetworkState(store::Workspace& workspace);

}  // namespace pp::lightnode
