#pragma once

#include "common/result.h"
#include "merkle/memory_tree.h"
#include "node/node_store.h"

#include <cstdint>
#include <memory>
#include <random>
#include <unordered_map>
#include <vector>

namespace pp::node {

// Blocks' records trees, built once and kept. A light node fetches one device at a time,
// and a device's records span thousands of blocks, each holding records of every device:
// without the cache each answer re-read and re-hashed whole blocks for one proof each.
// Blocks never change once stored, so a kept tree never goes stale.
//
// Bounded by leaves (a tree keeps about two hashes a leaf). When full, a random tree goes:
// device after device scans the same heights in order, and under such loops LRU would
// evict each tree just before it is needed again, while random eviction keeps a share of
// them hit.
class RecordsTreeCache
{
public:
    static constexpr std::uint64_t kDefaultMaxLeaves = std::uint64_t{1} << 20;  // ~64 MiB

    explicit RecordsTreeCache(crypto::HashAlg alg, std::uint64_t maxLeaves = kDefaultMaxLeaves);

    // The records tree of the block at `height`, from the cache or built from `store`.
    Result<std::shared_ptr<const merkle::MemoryTree>> tree(NodeStore& store, std::uint64_t height);

private:
    // From the block's stored leaf hashes: one row, no record read or hashed again. A block
    // stored before schema 3 has none, and its records are read and hashed instead.
    Result<std::shared_ptr<merkle::MemoryTree>> build(NodeStore& store, std::uint64_t height) const;
    void evictUntilRoomFor(std::uint64_t leaves);

    crypto::HashAlg alg_;
    std::uint64_t maxLeaves_;
    std::uint64_t leaves_ = 0;
    std::unordered_map<std::uint64_t, std::shared_ptr<const merkle::MemoryTree>> trees_;
    std::vector<std::uint64_t> heights_;  // the keys of trees_, to pick a victim from
    std::minstd_rand victim_;
};

}  // namespace pp::node
