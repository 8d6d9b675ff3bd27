#pragma once

#include "chain/genesis.h"
#include "lightnode/chain_verifier.h"
#include "net/node_client.h"
#include "store/workspace.h"

#include <optional>
#include <vector>

namespace pp::lightnode {

struct WitnessVerdict
{
    std::vector<store::WitnessRow> witnesses;
    std::vector<store::FindingRow> findings;  // FORK, WITNESS_FAULTY
    std::optional<store::ForkRow> fork;
};

// Spec §9.6, after the tip is verified: each witness is asked for the header at the tip's
// height (or at its own tip when it is behind, checked against the tip's history tree). A
// different header with a commit valid by the validators of that height is a fork: both
// headers and commits are the evidence, and the validators who signed both are named. A
// different header without a valid commit makes that witness faulty, and sync goes on. A
// witness that cannot be reached is reported as such, not as faulty.
WitnessVerdict checkWitnesses(const std::vector<net::NodeClient*>& witnesses, ChainVerifier& chain,
                              net::NodeClient& primary, store::Workspace& workspace,
                              const chain::Genesis& genesis);

}  // namespace pp::lightnode
