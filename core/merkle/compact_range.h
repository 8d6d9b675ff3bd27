#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "merkle/tree_hasher.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace pp::merkle {

// The append-only frontier of an RFC 9162 tree: the roots of its perfect subtrees, one per
// set bit of the size, so O(log n) memory for any number of leaves. It yields the current
// root, and reports every perfect subtree it completes so that a store can keep them for
// proofs (see ProofBuilder).
class CompactRange
{
public:
    // Called for each completed perfect subtree, leaves (level 0) included.
    using NodeSink = std::function<void(unsigned level, std::uint64_t index, const Digest&)>;

    explicit CompactRange(const TreeHasher& hasher) : hasher_(hasher) {}
    // Resumes from a saved frontier; fails unless there is one hash per set bit of size.
    static Result<CompactRange> restore(const TreeHasher& hasher, std::uint64_t size,
                                        std::vector<Digest> frontier);

    std::uint64_t size() const { return size_; }
    const std::vector<Digest>& frontier() const { return frontier_; }

    void append(const Digest& leafHash, const NodeSink& sink = {});
    Digest root() const;

private:
    TreeHasher hasher_;  // by value: small, and a copied range must not point elsewhere
    std::uint64_t size_ = 0;
    std::vector<Digest> frontier_;  // largest (leftmost) subtree first
};

}  // namespace pp::merkle
