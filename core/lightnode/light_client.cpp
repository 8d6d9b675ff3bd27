#include "lightnode/light_client.h"

#include "analytics/battery/battery_summaries.h"
#include "chain/genesis.h"
#include "lightnode/chain_verifier.h"
#include "lightnode/record_sync.h"
#include "lightnode/sync_coverage.h"
#include "lightnode/witness_check.h"
#include "net/node_client.h"

#include <memory>

namespace pp::lightnode {

namespace {

// Data from the node that does not parse or verify is the node's fault (exit 2); anything
// else (network, disk, usage) is ours or the environment's (exit 1).
SyncOutcome outcomeOf(const Error& e)
{
    return e.kind() == ErrorKind::Invalid || e.kind() == ErrorKind::Malformed
               ? SyncOutcome::InvalidData
               : SyncOutcome::Failed;
}

// The trust anchor (spec §4, §9): the genesis document must hash to the chain_id.
Result<chain::Genesis> anchor(store::Workspace& workspace, net::NodeClient& primary,
                              const std::optional<Digest>& chainId)
{
    auto stored = workspace.chain().chainId();
    if (!stored)
        return std::move(stored).error();
    if (*stored) {
        if (chainId && *chainId != **stored)
            return Error(ErrorKind::Io, "lightnode.other-chain",
                         QT_TRANSLATE_NOOP("Error", "the workspace belongs to chain %1, not %2"),
                         {toHex(**stored), toHex(*chainId)});
        return workspace.chain().trustedGenesis();
    }
    if (!chainId)
        return Error(ErrorKind::Io, "lightnode.no-chain-id",
                     QT_TRANSLATE_NOOP("Error",
                                       "a new workspace needs the chain's --chain-id "
                                       "(64 hex digits): it is what you trust"));
    auto bytes = primary.genesis();
    if (!bytes)
        return std::move(bytes).error();
    auto genesis = chain::Genesis::decode(*bytes);
    if (!genesis)
        return std::move(genesis).error().within(
            QT_TRANSLATE_NOOP("Error", "the genesis document"));
    if (genesis->chainId() != *chainId)
        return Error(ErrorKind::Invalid, "lightnode.genesis",
                     QT_TRANSLATE_NOOP("Error",
                                       "the node's genesis document hashes to %1, not to "
                                       "the chain_id %2 you trust"),
                     {toHex(genesis->chainId()), toHex(*chainId)});
    if (auto st = workspace.chain().initialise(*chainId, *bytes, genesis->validators().encoded());
        !st)
        return std::move(st).error();
    return genesis;
}

}  // namespace

SyncReport sync(store::Workspace& workspace, const SyncOptions& options,
                const std::function<void(const SyncProgress&)>& progress,
                const std::atomic<bool>* cancel)
{
    SyncReport report;
    // Ends the sync with `e`; the outcome follows from its kind unless given.
    auto fail = [&](Error e, std::optional<SyncOutcome> outcome = std::nullopt) {
        report.outcome = outcome.value_or(outcomeOf(e));
        report.error = std::move(e);
        if (auto counts = workspace.findings().counts())
            report.findings = *counts;
        return report;
    };
    auto tell = [&](const char* stage, std::uint64_t done, std::uint64_t total) {
        if (progress)
            progress({stage, done, total});
    };

    auto writer = workspace.lockForWriting();
    if (!writer)
        return fail(std::move(writer).error(), SyncOutcome::Failed);
    auto primary = net::NodeClient::connect(options.node, options.http);
    if (!primary)
        return fail(std::move(primary).error());
    (*primary)->http().setCancelFlag(cancel);
    std::vector<std::unique_ptr<net::NodeClient>> witnessClients;
    std::vector<net::NodeClient*> witnesses;
    for (const QString& url : options.witnesses) {
        auto w = net::NodeClient::connect(url, options.http);
        if (!w)
            return fail(std::move(w).error());
        (*w)->http().setCancelFlag(cancel);
        witnesses.push_back(w->get());
        witnessClients.push_back(std::move(*w));
    }

    auto genesis = anchor(workspace, **primary, options.chainId);
    if (!genesis)
        return fail(std::move(genesis).error());
    report.chainId = genesis->chainId();
    auto setBytes = workspace.chain().trustedSet();
    if (!setBytes)
        return fail(std::move(setBytes).error());
    auto set = chain::ValidatorSet::decode(setBytes->second, genesis->hashAlg());
    if (!set)
        return fail(std::move(set).error());

    tell("tip", 0, 1);
    ChainVerifier chain(workspace, *genesis, **primary, std::move(*set), setBytes->first);
    auto tip = chain.advance(witnesses);
    if (!tip)
        return fail(std::move(tip).error());
    report.tipHeight = tip->header.height;
    report.tipHash = tip->hash;
    report.headersVerified = 1;

    if (!witnesses.empty()) {
        tell("witnesses", 0, witnesses.size());
        WitnessVerdict verdict = checkWitnesses(witnesses, chain, **primary, workspace, *genesis);
        for (const store::WitnessRow& w : verdict.witnesses) {
            report.witnesses.push_back({w.url, w.status, w.detail});
            if (auto st = workspace.network().saveWitness(w); !st)
                return fail(std::move(st).error());
        }
        if (auto st = workspace.findings().add(verdict.findings); !st)
            return fail(std::move(st).error());
        if (verdict.fork) {
            if (auto st = workspace.network().saveFork(*verdict.fork); !st)
                return fail(std::move(st).error());
            report.fork = verdict.fork;
            return fail(Error(ErrorKind::Invalid, "lightnode.fork",
                              QT_TRANSLATE_NOOP("Error",
                                                "fork at height %1: %2 serves a "
                                                "conflicting header signed by a quorum. "
                                                "Sync halted; the evidence is stored"),
                              {QString::number(verdict.fork->height), verdict.fork->witness}),
                        SyncOutcome::Fork);
        }
    }

    if (options.headers == HeaderMode::Full) {
        auto headers = chain.syncHeaders(
            [&](std::uint64_t done, std::uint64_t total) { tell("headers", done, total); }, cancel);
        if (!headers)
            return fail(std::move(headers).error());
        // The synced range ends with the tip, which is already counted.
        report.headersVerified = std::max(report.headersVerified, *headers);
    }

    auto pages = net::NodeClient::connect(options.node, options.http);
    if (!pages)
        return fail(std::move(pages).error());
    (*pages)->http().setCancelFlag(cancel);
    RecordSync records(workspace, *genesis, **primary, **pages, chain, options.headers);
    tell("registrations", 0, 1);
    if (auto st = records.syncRegistrations(report.records); !st)
        return fail(std::move(st).error());
    auto devices = workspace.registrations().devices();
    if (!devices)
        return fail(std::move(devices).error());
    std::vector<store::DeviceRow> chosen;
    for (const store::DeviceRow& d : *devices) {
        const bool wanted = options.devices.empty() ||
                            std::find(options.devices.begin(), options.devices.end(), d.deviceId) !=
                                options.devices.end();
        if (wanted && !d.keyCbor.isEmpty())
            chosen.push_back(d);
    }
    tell("records", 0, chosen.size());
    if (auto st = records.syncDevices(
            chosen, options.fromMs, options.toMs, report.records,
            [&](std::size_t i) { tell("records", i + 1, chosen.size()); }, cancel);
        !st)
        return fail(std::move(st).error());
    // Valuation and the insurer's ranking read each battery's whole history through its
    // summary: those whose records this sync changed are summarised again.
    if (auto made = analytics::keepBatterySummaries(
            workspace, [&](std::size_t done, std::size_t total) { tell("batteries", done, total); },
            cancel);
        !made)
        return fail(std::move(made).error());
    auto counts = workspace.findings().counts();
    if (!counts)
        return fail(std::move(counts).error());
    report.findings = *counts;
    std::vector<QByteArray> ids;
    for (const store::DeviceRow& d : chosen)
        ids.push_back(d.deviceId);
    auto holes = uncoveredTime(workspace, ids);
    if (!holes)
        return fail(std::move(holes).error());
    report.notSynced = std::move(*holes);
    return report;
}

}  // namespace pp::lightnode
