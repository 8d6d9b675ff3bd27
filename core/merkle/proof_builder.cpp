#include "merkle/proof_builder.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <vector>

namespace pp::merkle {

namespace {

Error badRequest(const char* text, std::uint64_t a, std::uint64_t b)
{
    return Error(ErrorKind::Invalid, "merkle.bad-request", text,
                 {QString::number(a), QString::number(b)});
}

}  // namespace

Result<Digest> ProofBuilder::rangeHash(std::uint64_t begin, std::uint64_t end) const
{
    // The range splits into perfect subtrees of decreasing size, each aligned; the RFC tree
    // over them folds from the right.
    std::vector<Digest> parts;
    while (begin < end) {
        const int alignment = begin == 0 ? 63 : std::countr_zero(begin);
        const int fits = std::bit_width(end - begin) - 1;
        const auto level = static_cast<unsigned>(std::min(alignment, fits));
        auto h = nodes_.node(level, begin >> level);
        if (!h)
            return std::move(h).error();
        parts.push_back(*h);
        begin += std::uint64_t{1} << level;
    }
    Digest acc = parts.back();
    for (auto it = parts.rbegin() + 1; it != parts.rend(); ++it)
        acc = hasher_.nodeHash(*it, acc);
    return acc;
}

Result<Digest> ProofBuilder::root(std::uint64_t size) const
{
    if (size == 0)
        return hasher_.emptyRoot();
    return rangeHash(0, size);
}

Result<Proof> ProofBuilder::inclusion(std::uint64_t index, std::uint64_t size) const
{
    if (index >= size) {
        return badRequest(
            QT_TRANSLATE_NOOP("Error", "no inclusion proof for index %1 in a tree of size %2"),
            index, size);
    }
    // Top-down through the recursion of RFC 9162 §2.1.3.1, collecting the sibling of each
    // subtree that holds the leaf; the proof lists them bottom-up.
    Proof proof;
    std::uint64_t begin = 0, end = size;
    while (end - begin > 1) {
        const std::uint64_t k = std::bit_floor(end - begin - 1);
        const std::uint64_t split = begin + k;
        auto sibling = index < split ? rangeHash(split, end) : rangeHash(begin, split);
        if (!sibling)
            return std::move(sibling).error();
        proof.push_back(*sibling);
        (index < split ? end : begin) = split;
    }
    std::reverse(proof.begin(), proof.end());
    return proof;
}

Result<Proof> ProofBuilder::consistency(std::uint64_t oldSize, std::uint64_t newSize) const
{
    if (oldSize > newSize) {
        return badRequest(
            QT_TRANSLATE_NOOP("Error", "no consistency proof from size %1 to the smaller size %2"),
            oldSize, newSize);
    }
    Proof proof;
    if (oldSize == 0 || oldSize == newSize)
        return proof;
    // SUBPROOF of RFC 9162 §2.1.4.1, unrolled: descend while collecting the hashes that the
    // recursion appends after returning, then add the base case's hash first.
    std::uint64_t begin = 0, end = newSize, m = oldSize;
    bool startFromOldRoot = true;
    while (m != end - begin) {
        const std::uint64_t k = std::bit_floor(end - begin - 1);
        const std::uint64_t split = begin + k;
        auto h = m <= k ? rangeHash(split, end) : rangeHash(begin, split);
        if (!h)
            return std::move(h).error();
        proof.push_back(*h);
        if (m <= k) {
            end = split;
        } else {
            m -= k;
            begin = split;
            startFromOldRoot = false;
        }
    }
    if (!startFromOldRoot) {
        auto h = rangeHash(begin, end);
        if (!h)
            return std::move(h).error();
        proof.push_back(*h);
    }
    std::reverse(proof.begin(), proof.end());
    return proof;
}

}  // namespace pp::merkle
