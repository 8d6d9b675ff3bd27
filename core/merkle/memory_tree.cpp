#include "merkle/memory_tree.h"

#include <QCoreApplication>

namespace pp::merkle {

MemoryTree::MemoryTree(crypto::HashAlg alg) : hasher_(alg), range_(hasher_) {}

void MemoryTree::appendLeafHash(const Digest& leafHash)
{
    range_.append(leafHash, [this](unsigned level, std::uint64_t /*index*/, const Digest& h) {
        if (levels_.size() <= level)
            levels_.resize(level + 1);
        levels_[level].push_back(h);  // nodes complete left to right within a level
    });
}

Result<Digest> MemoryTree::node(unsigned level, std::uint64_t index) const
{
    if (level >= levels_.size() || index >= levels_[level].size()) {
        return Error(
            ErrorKind::Invalid, "merkle.no-node",
            QT_TRANSLATE_NOOP("Error", "the tree holds no complete subtree at level %1, index %2"),
            {QString::number(level), QString::number(index)});
    }
    return levels_[level][index];
}

}  // namespace pp::merkle
