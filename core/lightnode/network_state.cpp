#include "lightnode/network_state.h"

#include "lightnode/sync_coverage.h"

#include "store/workspace.h"

namespace pp::lightnode {

Result<NetworkState> loadNetworkState(store::Workspace& workspace)
{
    NetworkState n;
    auto genesis = workspace.chain().trustedGenesis();
    if (!genesis)
        return std::move(genesis).error();
    n.chainName = genesis->fields().name;
    n.chainId = genesis->chainId();
    auto tip = workspace.chain().tip();
    if (!tip)
        return std::move(tip).error();
    n.tip = *tip;
    auto synced = workspace.chain().headersSynced();
    if (!synced)
        return std::move(synced).error();
    n.headersSynced = *synced;
    auto witnesses = workspace.network().witnesses();
    if (!witnesses)
        return std::move(witnesses).error();
    for (const store::WitnessRow& w : *witnesses)
        n.witnesses.push_back({w.url, w.status, w.detail});
    auto sets = workspace.chain().validatorSets();
    if (!sets)
        return std::move(sets).error();
    for (const auto& [from, bytes] : *sets) {
        auto set = chain::ValidatorSet::decode(bytes, genesis->hashAlg());
        if (!set)
            return std::move(set).error().within(
                QT_TRANSLATE_NOOP("Error", "validator set from block %1"), {QString::number(from)});
        n.sets.push_back({from, std::move(*set)});
    }
    auto fork = workspace.network().fork();
    if (!fork)
        return std::move(fork).error();
    n.fork = std::move(*fork);
    auto holes = uncoveredTime(workspace);
    if (!holes)
        return std::move(holes).error();
    n.notSynced = std::move(*holes);
    return n;
}

}  // namespace pp::lightnode
