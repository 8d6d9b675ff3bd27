#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "merkle/tree_hasher.h"

#include <cstdint>
#include <vector>

namespace pp::merkle {

// An inclusion or consistency proof: the RFC 9162 path, bottom-up.
using Proof = std::vector<Digest>;

// A proof in a tree of at most 2^64 - 1 leaves never has more than 64 hashes (an inclusion
// path has at most 63, a consistency path one more for the old root).
inline constexpr std::size_t kMaxProofLength = 64;

// The exact number of hashes of a valid proof; sizes are those of the functions below and
// must be valid for them (index < size; 0 < oldSize < newSize).
std::size_t inclusionProofLength(std::uint64_t index, std::uint64_t size);
std::size_t consistencyProofLength(std::uint64_t oldSize, std::uint64_t newSize);

// RFC 9162 §2.1.3.2. Fails (ErrorKind::Invalid, codes "merkle.*") when index >= size, the
// proof's length is not the one (index, size) requires, or the computed root differs.
Status verifyInclusion(const TreeHasher& hasher, std::uint64_t index, std::uint64_t size,
                       const Digest& leafHash, const Proof& proof, const Digest& root);

// The root that `proof` implies for leafHash at (index, size), for callers that compare
// it with a root they hold by other means.
Result<Digest> rootFromInclusionProof(const TreeHasher& hasher, std::uint64_t index,
                                      std::uint64_t size, const Digest& leafHash,
                                      const Proof& proof);

// RFC 9162 §2.1.4.2 for 0 < oldSize < newSize. The RFC leaves the edges to us (see
// docs/protocol.md): equal sizes need an empty proof and equal roots; an old size of 0 is
// the empty tree, consistent with every tree through an empty proof when oldRoot is H("").
Status verifyConsistency(const TreeHasher& hasher, std::uint64_t oldSize, std::uint64_t newSize,
                         const Digest& oldRoot, const Digest& newRoot, const Proof& proof);

}  // namespace pp::merkle
