#pragma once

#include "common/bytes.h"
#include "common/result.h"

#include <cstdint>

namespace pp::merkle {

// Where proofs come from: the hashes of complete (perfect) subtrees, as an append-only
// tree stores them once. node(level, index) covers leaves [index·2^level, (index+1)·2^level);
// level 0 nodes are leaf hashes. The node's SQLite store and the in-memory tree both
// implement it, so proofs for any (index, size) never rehash the leaves.
class NodeReader
{
public:
    virtual ~NodeReader() = default;
    virtual Result<Digest> node(unsigned level, std::uint64_t index) const = 0;
};

}  // namespace pp::merkle
