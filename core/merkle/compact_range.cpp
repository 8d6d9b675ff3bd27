#include "merkle/compact_range.h"

#include <QCoreApplication>

#include <bit>

namespace pp::merkle {

Result<CompactRange> CompactRange::restore(const TreeHasher& hasher, std::uint64_t size,
                                           std::vector<Digest> frontier)
{
    if (frontier.size() != static_cast<std::size_t>(std::popcount(size))) {
        return Error(
            ErrorKind::Malformed, "merkle.frontier",
            QT_TRANSLATE_NOOP("Error", "a tree of size %1 needs %2 frontier hashes, not %3"),
            {QString::number(size), QString::number(std::popcount(size)),
             QString::number(frontier.size())});
    }
    CompactRange range(hasher);
    range.size_ = size;
    range.frontier_ = std::move(frontier);
    return range;
}

void CompactRange::append(const Digest& leafHash, const NodeSink& sink)
{
    Digest h = leafHash;
    std::uint64_t index = size_;
    unsigned level = 0;
    if (sink)
        sink(0, index, h);
    // Each trailing one bit of the old size is a perfect subtree of the same height as the
    // one just completed: merge them.
    while (((size_ >> level) & 1) != 0) {
        h = hasher_.nodeHash(frontier_.back(), h);
        frontier_.pop_back();
        ++level;
        index >>= 1;
        if (sink)
            sink(level, index, h);
    }
    frontier_.push_back(h);
    ++size_;
}

Digest CompactRange::root() const
{
    if (frontier_.empty())
        return hasher_.emptyRoot();
    Digest acc = frontier_.back();
    for (auto it = frontier_.rbegin() + 1; it != frontier_.rend(); ++it)
        acc = hasher_.nodeHash(*it, acc);
    return acc;
}

}  // namespace pp::merkle
