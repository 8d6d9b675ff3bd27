#pragma once

#include "common/result.h"
#include "merkle/node_reader.h"
#include "merkle/proof.h"
#include "merkle/tree_hasher.h"

#include <cstdint>

namespace pp::merkle {

// Builds RFC 9162 roots and proofs of the tree's first `size` leaves from stored perfect
// subtrees: O(log² n) node reads for a proof, whatever the tree's current size. Sizes must
// not exceed the leaves the reader holds; errors from the reader are passed on.
class ProofBuilder
{
public:
    ProofBuilder(const TreeHasher& hasher, const NodeReader& nodes) : hasher_(hasher), nodes_(nodes)
    {
    }

    Result<Digest> root(std::uint64_t size) const;
    // PATH(index, D[size]); needs index < size.
    Result<Proof> inclusion(std::uint64_t index, std::uint64_t size) const;
    // PROOF(oldSize, D[newSize]); empty when oldSize is 0 or equals newSize.
    Result<Proof> consistency(std::uint64_t oldSize, std::uint64_t newSize) const;

private:
    // MTH(D[begin:end]) for a range the RFC recursion produces (begin aligned to the
    // largest power of two not below end - begin).
    Result<Digest> rangeHash(std::uint64_t begin, std::uint64_t end) const;

    const TreeHasher& hasher_;
    const NodeReader& nodes_;
};

}  // namespace pp::merkle
