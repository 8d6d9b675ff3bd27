#pragma once

#include "merkle/compact_range.h"
#include "merkle/node_reader.h"
#include "merkle/proof_builder.h"

#include <QByteArrayView>

#include <vector>

namespace pp::merkle {

// A tree that keeps every perfect subtree in memory (about 2n hashes): for a block's
// records tree, and as the reference NodeReader in tests. The chain's history tree lives
// in the node's database instead.
class MemoryTree : public NodeReader
{
public:
    explicit MemoryTree(crypto::HashAlg alg);

    void appendLeaf(QByteArrayView leaf) { appendLeafHash(hasher_.leafHash(leaf)); }
    void appendLeafHash(const Digest& leafHash);

    std::uint64_t size() const { return range_.size(); }
    Digest root() const { return range_.root(); }
    const TreeHasher& hasher() const { return hasher_; }
    ProofBuilder proofs() const { return ProofBuilder(hasher_, *this); }

    Result<Digest> node(unsigned level, std::uint64_t index) const override;

private:
    TreeHasher hasher_;
    CompactRange range_;
    std::vector<std::vector<Digest>> levels_;
};

}  // namespace pp::merkle
