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
    auto built = build(store, height);
    if (!built)
        return std::move(built).error();
    const std::uint64_t size = (*built)->size();
    evictUntilRoomFor(size);
    if (size <= maxLeaves_) {
        trees_.emplace(height, *built);
        heights_.push_back(height);
        leaves_ += size;
    }
    return std::shared_ptr<const merkle::MemoryTree>(std::move(*built));
}

Result<std::shared_ptr<merkle::MemoryTree>> RecordsTreeCache::build(NodeStore& store,
                                                                    std::uint64_t height) const
{
    auto tree = std::make_shared<merkle::MemoryTree>(alg_);
    auto leaves = store.recordLeaves(height);
    if (!leaves)
        return std::move(leaves).error();
    if (*leaves) {
        constexpr qsizetype kHash = std::tuple_size_v<Digest>;
        const QByteArray& hashes = **leaves;
        if (hashes.size() % kHash != 0) {
            return Error(ErrorKind::Invalid, "node.bad-leaves",
                         QT_TRANSLATE_NOOP("Error",
                                           "the stored records-tree leaves of block %1 are %2 "
                                           "bytes, not a whole number of hashes"),
                         {QString::number(height), QString::number(hashes.size())});
        }
        for (qsizetype at = 0; at < hashes.size(); at += kHash)
            tree->appendLeafHash(*digestFromBytes(QByteArrayView(hashes).sliced(at, kHash)));
        return tree;
    }
    auto records = store.blockRecords(height);
    if (!records)
        return std::move(records).error();
    for (const QByteArray& r : *records)
        tree->appendLeaf(r);
    return tree;
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
