#include "node/equivocation.h"

#include <QCoreApplication>

namespace pp::node {

Equivocation::Equivocation(Ledger& ledger, std::uint64_t from)
    : ledger_(ledger), from_(std::max<std::uint64_t>(from, 1)), tree_(ledger.genesis().hashAlg())
{
}

Status Equivocation::extendTo(std::uint64_t height)
{
    const crypto::HashAlg h = ledger_.genesis().hashAlg();
    NodeStore& store = ledger_.store();
    if (!seeded_) {
        for (std::uint64_t i = 0; i < from_; ++i) {
            auto real = store.headerHash(i);
            if (!real)
                return std::move(real).error();
            tree_.appendLeaf(view(*real));
        }
        seeded_ = true;
    }
    while (from_ + headers_.size() <= height) {
        const std::uint64_t at = from_ + headers_.size();
        auto real = store.header(at);
        if (!real)
            return std::move(real).error();
        chain::Header fork = *real;
        fork.timeMs += 1;
        if (!hashes_.empty())
            fork.prevHash = hashes_.back();
        fork.historyRoot = tree_.root();  // the fork's own headers 0..at-1
        headers_.push_back(fork);
        hashes_.push_back(fork.hash(h));
        tree_.appendLeaf(view(hashes_.back()));
    }
    return okStatus();
}

Result<chain::Header> Equivocation::header(std::uint64_t height)
{
    if (height < from_ || height > ledger_.tipHeight()) {
        return Error(ErrorKind::Invalid, "node.not-found",
                     QT_TRANSLATE_NOOP("Error", "no fork header at height %1"),
                     {QString::number(height)});
    }
    if (auto st = extendTo(height); !st)
        return std::move(st).error();
    return headers_[height - from_];
}

Result<Digest> Equivocation::hash(std::uint64_t height)
{
    if (auto h = header(height); !h)
        return std::move(h).error();
    return hashes_[height - from_];
}

Result<chain::Commit> Equivocation::commit(std::uint64_t height)
{
    auto h = header(height);
    if (!h)
        return std::move(h).error();
    auto set = ledger_.store().decodedValidatorSet(h->validatorsHash, ledger_.genesis().hashAlg());
    if (!set)
        return std::move(set).error();
    return ledger_.signCommit(*h, hashes_[height - from_], *set);
}

Result<merkle::ProofBuilder> Equivocation::history()
{
    if (auto st = extendTo(ledger_.tipHeight()); !st)
        return std::move(st).error();
    return tree_.proofs();
}

}  // namespace pp::node
