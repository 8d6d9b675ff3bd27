#include "node/records_tree_cache.h"

namespace pp::node {

RecordsTreeCache::RecordsTreeCache(crypto::HashAlg alg, std::uint64_t maxLeaves)
    : alg_(alg), maxLeaves_(maxLeaves)
{
}

Result<std::shared_ptr<const merkle::MemoryTree>> RecordsTreeCache::tree(NodeStore& store,
                                                                         std::uint64_t height)
{
    if (auto it = trees_.find(height); it != trees_.end())
        return it->second;
    auto records = store.blockRecords(height);
    if (!records)
        return std::move(records).error();
    auto built = std::make_shared<merkle::MemoryTree>(alg_);
    for (const QByteArray& r : *records)
        built->appendLeaf(r);
    evictUntilRoomFor(built->size());
    if (built->size() <= maxLeaves_) {
        trees_.emplace(height, built);
        heights_.push_back(height);
        leaves_ += built->size();
    }
    return std::shared_ptr<const merkle::MemoryTree>(std::move(built));
}

void RecordsTreeCache::evictUntilRoomFor(std::uint64_t leaves)
{
    while (!heights_.empty() && leaves_ + leaves > maxLeaves_) {
        std::uniform_int_distribution<std::size_t> pick(0, heights_.size() - 1);
        const std::size_t i = pick(victim_);
        std::swap(heights_[i], heights_.back());
        auto it = trees_.find(heights_.back());
        leaves_ -= it->second->size();
        trees_.erase(it);
        heights_.pop_back();
    }
}

}  // namespace pp::node
