#include "evidence/evidence_builder.h"

#include "common/error.h"
#include "merkle/memory_tree.h"
#include "merkle/proof_codec.h"
#include "net/node_client.h"
#include "store/workspace.h"

#include <algorithm>
#include <map>
#include <set>

namespace pp::evidence {

namespace {

Error exportError(const char* code, const char* text, QStringList args = {})
{
    return Error(ErrorKind::Invalid, code, text, std::move(args));
}

Result<Entry> entryOf(std::uint64_t height, std::uint64_t index, const QByteArray& record,
                      const QByteArray& proofBytes)
{
    auto proof = merkle::decodeProof(proofBytes);
    if (!proof)
        return std::move(proof).error().within(QT_TRANSLATE_NOOP("Error", "block %1, index %2"),
                                               {QString::number(height), QString::number(index)});
    return Entry{height, index, record, *proof};
}

// A header the export needs: an error naming it when the workspace lacks it.
Result<store::StoredHeader> storedHeader(store::ChainRepository& chain, std::uint64_t height)
{
    auto header = chain.header(height);
    if (!header)
        return std::move(header).error();
    if (!*header)
        return exportError("evidence.missing-header",
                           QT_TRANSLATE_NOOP("Error", "the workspace lacks header %1"),
                           {QString::number(height)});
    return **header;
}

bool byPosition(const Entry& a, const Entry& b)
{
    return std::pair(a.height, a.index) < std::pair(b.height, b.index);
}

// The anchor's history tree built from every stored header (headers 0 … anchor−1), checked
// against the anchor's history root.
Result<std::unique_ptr<merkle::MemoryTree>> historyTree(
    store::ChainRepository& chain, const chain::Header& anchor, crypto::HashAlg alg,
    const std::function<void(std::uint64_t, std::uint64_t)>& progress,
    const std::atomic<bool>* cancel)
{
    const merkle::TreeHasher hasher(alg);
    auto history = std::make_unique<merkle::MemoryTree>(alg);
    for (std::uint64_t h = 0; h < anchor.height; ++h) {
        if (cancel != nullptr && (h % 1024) == 0 && cancel->load())
            return cancelledError();
        if (progress && (h % 1024) == 0)
            progress(h, anchor.height + 2);
        auto header = storedHeader(chain, h);
        if (!header)
            return std::move(header).error();
        history->appendLeafHash(hasher.leafHash(view(header->hash)));
    }
    if (history->root() != anchor.historyRoot)
        return exportError("evidence.history",
                           QT_TRANSLATE_NOOP("Error",
                                             "the stored headers do not add up to the "
                                             "tip's history root"));
    return history;
}

}  // namespace

std::optional<Selection> incidentWindow(const analytics::Incident& incident)
{
    if (incident.code == u"FORK") {
        Selection s;
        s.fork = true;
        return s;
    }
    if (incident.deviceId.isEmpty() || incident.firstMs == 0)
        return std::nullopt;
    Selection s;
    s.devices = {incident.deviceId};
    s.fromMs = incident.firstMs;
    s.toMs = incident.lastMs + 1;
    return s;
}

Result<Document> buildEvidence(store::Workspace& workspace, const Selection& selection,
                               const std::function<void(std::uint64_t, std::uint64_t)>& progress,
                               const std::atomic<bool>* cancel, net::NodeClient* node)
{
    auto chain = workspace.chain();
    auto genesisBytes = chain.genesis();
    if (!genesisBytes)
        return std::move(genesisBytes).error();
    auto genesis = chain.trustedGenesis();
    if (!genesis)
        return std::move(genesis).error();
    auto tip = chain.tip();
    if (!tip)
        return std::move(tip).error();
    if (!*tip)
        return exportError("evidence.no-tip",
                           QT_TRANSLATE_NOOP("Error", "the workspace holds no verified chain yet"));
    const std::uint64_t anchor = (*tip)->header.height;
    auto synced = chain.headersSynced();
    if (!synced)
        return std::move(synced).error();
    const bool fullHistory = anchor == 0 || (*synced && **synced + 1 >= anchor);
    if (!fullHistory && node == nullptr)
        return exportError(
            "evidence.tip-only",
            QT_TRANSLATE_NOOP("Error",
                              "this workspace was synced tip-only: it lacks the headers that "
                              "prove each block against the anchor's history. Export with its "
                              "node at hand (--node URL) to fetch those proofs, or sync it in "
                              "full first"));

    Document d;
    d.genesis = *genesisBytes;
    d.statement = {selection.nowMs,  selection.tool, selection.devices,
                   selection.fromMs, selection.toMs, selection.note};
    auto anchorCommit = chain.commitAtOrAbove(anchor);
    if (!anchorCommit)
        return std::move(anchorCommit).error();
    if (!*anchorCommit || (*anchorCommit)->first != anchor)
        return exportError("evidence.no-commit",
                           QT_TRANSLATE_NOOP("Error", "the workspace holds no commit of its tip"));
    d.anchorHeader = (*tip)->header.encode();
    d.anchorCommit = (*anchorCommit)->second;

    const merkle::TreeHasher hasher(genesis->hashAlg());
    std::unique_ptr<merkle::MemoryTree> history;
    if (fullHistory) {
        auto tree = historyTree(chain, (*tip)->header, genesis->hashAlg(), progress, cancel);
        if (!tree)
            return std::move(tree).error();
        history = std::move(*tree);
    }
    // Header h's proof in the anchor's history: from the tree, or from the node, checked
    // against the anchor's history root before it is used.
    auto historyProof = [&](const store::StoredHeader& h) -> Result<merkle::Proof> {
        if (h.header.height == anchor)
            return merkle::Proof{};
        if (history)
            return history->proofs().inclusion(h.header.height, anchor);
        auto proof = node->historyInclusion(h.header.height, anchor);
        if (!proof)
            return std::move(proof).error().within(
                QT_TRANSLATE_NOOP("Error", "the history proof of header %1 from %2"),
                {QString::number(h.header.height), node->url()});
        if (auto st = merkle::verifyInclusion(hasher, h.header.height, anchor,
                                              hasher.leafHash(view(h.hash)), *proof,
                                              (*tip)->header.historyRoot);
            !st)
            return std::move(st).error().within(
                QT_TRANSLATE_NOOP("Error", "the history proof of header %1 from %2"),
                {QString::number(h.header.height), node->url()});
        return *proof;
    };
    const std::uint64_t steps = anchor + 2;

    auto sets = chain.validatorSets();
    if (!sets)
        return std::move(sets).error();
    for (const auto& [c, set] : *sets) {
        if (c == 0 || c > anchor)
            continue;
        auto before = chain.header(c - 1);
        auto commit = chain.commitAtOrAbove(c - 1);
        if (!before || !commit)
            return (!before ? before.error() : commit.error());
        if (!*before || !*commit || (*commit)->first != c - 1)
            return exportError(
                "evidence.transition",
                QT_TRANSLATE_NOOP("Error", "the workspace lacks the transition at height %1"),
                {QString::number(c)});
        auto proof = historyProof(**before);
        if (!proof)
            return std::move(proof).error();
        d.transitions.push_back({(*before)->header.encode(), (*commit)->second, set, *proof});
    }

    const std::set<QByteArray> wanted(selection.devices.begin(), selection.devices.end());
    auto registrations = workspace.registrations().all();
    if (!registrations)
        return std::move(registrations).error();
    for (const store::RegistrationRow& r : *registrations) {
        if (wanted.count(r.deviceId) == 0 || r.height > anchor)
            continue;
        auto e = entryOf(r.height, r.index, r.record, r.proof);
        if (!e)
            return std::move(e).error();
        d.registrations.push_back(std::move(*e));
    }
    for (const QByteArray& device : selection.devices) {
        auto rows =
            workspace.records().ofDevice(device, selection.fromMs, selection.toMs, UINT64_MAX);
        if (!rows)
            return std::move(rows).error();
        for (const store::RecordRow& r : *rows) {
            if (r.height > anchor)
                continue;
            auto e = entryOf(r.height, r.index, r.record, r.proof);
            if (!e)
                return std::move(e).error();
            d.records.push_back(std::move(*e));
        }
    }
    std::sort(d.records.begin(), d.records.end(), byPosition);
    std::sort(d.registrations.begin(), d.registrations.end(), byPosition);

    std::set<std::uint64_t> heights;
    for (const auto* list : {&d.records, &d.registrations})
        for (const Entry& e : *list)
            heights.insert(e.height);
    for (std::uint64_t h : heights) {
        auto header = storedHeader(chain, h);
        if (!header)
            return std::move(header).error();
        auto proof = historyProof(*header);
        if (!proof)
            return std::move(proof).error();
        d.blocks.push_back({header->header.encode(), *proof});
    }
    if (progress)
        progress(steps, steps);
    return d;
}

}  // namespace pp::evidence
