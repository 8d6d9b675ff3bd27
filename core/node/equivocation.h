#pragma once

#include "chain/commit.h"
#include "chain/header.h"
#include "common/result.h"
#include "merkle/memory_tree.h"
#include "node/ledger.h"

#include <cstdint>
#include <vector>

namespace pp::node {

// A conflicting branch from height `from`, signed by the devnet's own validators: what a
// node serves when its validators double-sign (run --equivocate-from H). Each fork header
// is the real one with its time one millisecond later, linked to the fork's previous
// header and carrying the fork's own history root, so it is valid in every way except
// that a second header with a valid commit exists at the same height.
class Equivocation
{
public:
    Equivocation(Ledger& ledger, std::uint64_t from);

    std::uint64_t from() const { return from_; }
    Result<chain::Header> header(std::uint64_t height);  // height >= from, <= the tip
    Result<Digest> hash(std::uint64_t height);
    Result<chain::Commit> commit(std::uint64_t height);
    // The fork's history tree (its first `from` leaves are the real chain's).
    Result<merkle::ProofBuilder> history();

private:
    Status extendTo(std::uint64_t height);

    Ledger& ledger_;
    std::uint64_t from_;
    std::vector<chain::Header> headers_;  // heights from_, from_ + 1, ...
    std::vector<Digest> hashes_;
    merkle::MemoryTree tree_;  // header hashes 0..from_-1 (real), then the fork's
    bool seeded_ = false;
};

}  // namespace pp::node
