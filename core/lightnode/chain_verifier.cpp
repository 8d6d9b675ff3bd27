#include "lightnode/chain_verifier.h"

#include "chain/commit.h"
#include "merkle/proof.h"

#include <algorithm>
#include <set>

namespace pp::lightnode {

namespace {

constexpr std::uint64_t kRangesAtOnce = 4;

Error invalid(const char* code, const char* text, QStringList args = {})
{
    return Error(ErrorKind::Invalid, code, text, std::move(args));
}

}  // namespace

ChainVerifier::ChainVerifier(store::Workspace& workspace, const chain::Genesis& genesis,
                             net::NodeClient& primary, chain::ValidatorSet set,
                             std::uint64_t setFrom)
    : workspace_(workspace),
      genesis_(genesis),
      primary_(primary),
      set_(std::move(set)),
      setFrom_(setFrom),
      hasher_(genesis.hashAlg())
{
}

Status ChainVerifier::transition(std::uint64_t c, std::vector<store::StoredHeader>& toTie)
{
    // Header c-1 announces the set of c; the set in force (S) must have signed it.
    auto header = primary_.header(c - 1);
    if (!header)
        return std::move(header).error();
    const Digest hash = header->hash(genesis_.hashAlg());
    auto commit = primary_.commit(c - 1);
    if (!commit)
        return std::move(commit).error();
    if (auto check = chain::verifyCommit(*commit, *header, hash, set_); !check)
        return std::move(check).error();
    if (header->nextValidatorsHash == set_.hash())
        return okStatus();  // a witness named a height that is no change: nothing to do
    auto bytes = primary_.validators(c);
    if (!bytes)
        return std::move(bytes).error();
    auto next = chain::ValidatorSet::decode(*bytes, genesis_.hashAlg());
    if (!next)
        return std::move(next).error().within(QT_TRANSLATE_NOOP("Error", "the validator set"));
    if (next->hash() != header->nextValidatorsHash) {
        return invalid(
            "lightnode.validator-set",
            QT_TRANSLATE_NOOP("Error",
                              "the served set hashes to %1, not to %2 as "
                              "header %3 announced"),
            {toHex(next->hash()), toHex(header->nextValidatorsHash), QString::number(c - 1)});
    }
    const store::StoredHeader before{*header, hash};
    if (auto st = workspace_.chain().saveTransition(before, commit->encode(), c, next->encoded());
        !st)
        return st;
    set_ = std::move(*next);
    setFrom_ = c;
    toTie.push_back(before);
    return okStatus();
}

Error ChainVerifier::omittedChange(std::uint64_t tipHeight)
{
    // The trusted set signed setFrom_, not the tip: find where the signing set changed, so
    // that the error names the height the node kept quiet about.
    std::uint64_t lo = setFrom_, hi = tipHeight;
    while (hi - lo > 1) {
        const std::uint64_t mid = lo + (hi - lo) / 2;
        auto h = primary_.header(mid);
        if (!h)
            break;
        (h->validatorsHash == set_.hash() ? lo : hi) = mid;
    }
    return invalid("lightnode.omitted-change",
                   QT_TRANSLATE_NOOP("Error",
                                     "the tip at height %1 is signed by a validator set "
                                     "the node never announced: it omitted the "
                                     "validator change at height %2. Sync against "
                                     "another node, or add it as --witness"),
                   {QString::number(tipHeight), QString::number(hi)});
}

Result<store::StoredHeader> ChainVerifier::advance(const std::vector<net::NodeClient*>& witnesses)
{
    auto status = primary_.status();
    if (!status)
        return std::move(status).error();
    if (status->chainId != genesis_.chainId()) {
        return invalid("lightnode.chain-id",
                       QT_TRANSLATE_NOOP("Error", "the node serves chain %1, not %2"),
                       {toHex(status->chainId), toHex(genesis_.chainId())});
    }
    const std::uint64_t tipHeight = status->tipHeight;

    // Step 1: validator transitions, the union of what the primary and the witnesses name.
    auto changes = primary_.validatorChanges(setFrom_);
    if (!changes)
        return std::move(changes).error();
    std::set<std::uint64_t> heights(changes->begin(), changes->end());
    for (net::NodeClient* w : witnesses) {
        if (auto theirs = w->validatorChanges(setFrom_))
            heights.insert(theirs->begin(), theirs->end());
    }
    std::vector<store::StoredHeader> toTie;
    for (std::uint64_t c : heights) {
        if (c > tipHeight)
            break;
        if (auto st = transition(c, toTie); !st)
            return std::move(st).error().within(
                QT_TRANSLATE_NOOP("Error", "validator change at height %1"), {QString::number(c)});
    }

    // Step 2: the tip, signed by the set now trusted.
    auto header = primary_.header(tipHeight);
    if (!header)
        return std::move(header).error();
    const store::StoredHeader next{*header, header->hash(genesis_.hashAlg())};
    if (next.hash != status->tipHash) {
        return invalid("lightnode.tip-hash",
                       QT_TRANSLATE_NOOP("Error",
                                         "the header at the tip (height %1) hashes to %2, "
                                         "not to the %3 the node's status names"),
                       {QString::number(tipHeight), toHex(next.hash), toHex(status->tipHash)});
    }
    QByteArray commitBytes;
    if (tipHeight == 0) {
        if (*header != genesis_.blockZero())
            return invalid("lightnode.block-zero",
                           QT_TRANSLATE_NOOP("Error",
                                             "block 0 is not the one the genesis "
                                             "document defines"));
    } else {
        auto commit = primary_.commit(tipHeight);
        if (!commit)
            return std::move(commit).error();
        if (auto check = chain::verifyCommit(*commit, *header, next.hash, set_); !check) {
            if (header->validatorsHash != set_.hash())
                return omittedChange(tipHeight);
            return std::move(check).error().within(
                QT_TRANSLATE_NOOP("Error", "the tip at height %1"), {QString::number(tipHeight)});
        }
        commitBytes = commit->encode();
    }

    // Step 3: the new tip must extend the old one.
    auto old = workspace_.chain().tip();
    if (!old)
        return std::move(old).error();
    if (*old && tipHeight < (*old)->header.height) {
        return Error(ErrorKind::Io, "lightnode.behind",
                     QT_TRANSLATE_NOOP("Error",
                                       "the node's tip (%1) is below the verified tip "
                                       "(%2): it is behind; try another node"),
                     {QString::number(tipHeight), QString::number((*old)->header.height)});
    }
    tip_ = next;
    if (*old) {
        if (auto st = tiedToTip(**old); !st)
            return std::move(st).error().within(
                QT_TRANSLATE_NOOP("Error",
                                  "the new tip does not extend the verified tip at "
                                  "height %1"),
                {QString::number((*old)->header.height)});
    }
    for (const store::StoredHeader& h : toTie) {
        if (auto st = tiedToTip(h); !st)
            return std::move(st).error().within(
                QT_TRANSLATE_NOOP("Error", "header %1 of a validator change"),
                {QString::number(h.header.height)});
    }
    if (auto st = workspace_.chain().saveTip(next, commitBytes); !st)
        return std::move(st).error();
    tipCommit_ = commitBytes;
    return next;
}

Status ChainVerifier::tiedToTip(const store::StoredHeader& h)
{
    const store::StoredHeader& tip = *tip_;
    if (h.header.height == tip.header.height) {
        if (h.hash == tip.hash)
            return okStatus();
        return invalid("lightnode.conflicting-tip",
                       QT_TRANSLATE_NOOP("Error",
                                         "header %1 differs from the verified tip at "
                                         "that height"),
                       {toHex(h.hash)});
    }
    if (h.header.height > tip.header.height)
        return invalid("lightnode.above-tip",
                       QT_TRANSLATE_NOOP("Error", "height %1 is above the verified tip %2"),
                       {QString::number(h.header.height), QString::number(tip.header.height)});
    auto proof = primary_.historyInclusion(h.header.height, tip.header.height);
    if (!proof)
        return std::move(proof).error();
    return merkle::verifyInclusion(hasher_, h.header.height, tip.header.height,
                                   hasher_.leafHash(view(h.hash)), *proof, tip.header.historyRoot);
}

Result<std::uint64_t> ChainVerifier::syncHeaders(const Progress& progress,
                                                 const std::atomic<bool>* cancel)
{
    const std::uint64_t tipHeight = tip_->header.height;
    auto synced = workspace_.chain().headersSynced();
    if (!synced)
        return std::move(synced).error();
    std::optional<store::StoredHeader> prev;
    if (*synced) {
        auto h = workspace_.chain().header(**synced);
        if (!h)
            return std::move(h).error();
        prev = *h;
    }
    const std::uint64_t first = *synced ? **synced + 1 : 0;
    std::uint64_t verified = 0;
    std::uint64_t from = first;
    while (from <= tipHeight) {
        if (cancel && cancel->load())
            return cancelledError();
        // A few ranges side by side; each is verified in order as it comes.
        std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges;
        for (std::uint64_t a = from; a <= tipHeight && ranges.size() < kRangesAtOnce;
             a += net::NodeClient::kMaxHeaders)
            ranges.emplace_back(a, std::min(net::NodeClient::kMaxHeaders, tipHeight - a + 1));
        auto answers = primary_.headerRanges(ranges);
        for (std::size_t r = 0; r < ranges.size(); ++r) {
            if (!answers[r])
                return std::move(answers[r]).error();
            const std::vector<chain::Header>& headers = answers[r]->headers;
            if (headers.size() != ranges[r].second)
                return invalid("lightnode.short-range",
                               QT_TRANSLATE_NOOP("Error",
                                                 "the node served %1 headers from "
                                                 "height %2, not the %3 below its tip"),
                               {QString::number(headers.size()), QString::number(ranges[r].first),
                                QString::number(ranges[r].second)});
            std::vector<store::StoredHeader> stored;
            stored.reserve(headers.size());
            for (const chain::Header& h : headers) {
                stored.push_back({h, h.hash(genesis_.hashAlg())});
                const store::StoredHeader& s = stored.back();
                Status link = okStatus();
                if (s.header.height == 0) {
                    if (s.header != genesis_.blockZero())
                        link = invalid("lightnode.block-zero",
                                       QT_TRANSLATE_NOOP("Error",
                                                         "block 0 is not the one the "
                                                         "genesis document defines"));
                } else {
                    link = chain::checkLink(prev->header, prev->hash, s.header);
                }
                if (!link)
                    return std::move(link).error().within(QT_TRANSLATE_NOOP("Error", "header %1"),
                                                          {QString::number(h.height)});
                prev = s;
            }
            // The top of the range is tied to the tip; the links tie the rest to it.
            if (auto st = tiedToTip(stored.back()); !st)
                return std::move(st).error().within(QT_TRANSLATE_NOOP("Error", "header %1"),
                                                    {QString::number(stored.back().header.height)});
            if (auto st = workspace_.chain().saveHeaderRange(stored); !st)
                return std::move(st).error();
            verified += stored.size();
            if (progress)
                progress(stored.back().header.height - first + 1, tipHeight - first + 1);
        }
        from = ranges.back().first + ranges.back().second;
    }
    return verified;
}

Result<chain::Header> ChainVerifier::provenHeader(std::uint64_t height)
{
    auto held = workspace_.chain().header(height);
    if (!held)
        return std::move(held).error();
    if (*held)
        return (*held)->header;
    auto header = primary_.header(height);
    if (!header)
        return std::move(header).error();
    const store::StoredHeader s{*header, header->hash(genesis_.hashAlg())};
    if (auto st = tiedToTip(s); !st)
        return std::move(st).error().within(QT_TRANSLATE_NOOP("Error", "header %1"),
                                            {QString::number(height)});
    if (auto st = workspace_.chain().saveProvenHeader(s); !st)
        return std::move(st).error();
    return *header;
}

}  // namespace pp::lightnode
