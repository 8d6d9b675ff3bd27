#include "merkle/proof.h"

#include <QCoreApplication>

#include <bit>

namespace pp::merkle {

namespace {

Error invalid(const char* code, const char* text, QStringList args = {})
{
    return Error(ErrorKind::Invalid, code, text, std::move(args));
}

QString num(std::uint64_t v)
{
    return QString::number(v);
}

Status checkLength(const Proof& proof, std::size_t expected)
{
    if (proof.size() != expected) {
        return invalid("merkle.proof-length",
                       QT_TRANSLATE_NOOP("Error", "proof has %1 hashes where %2 are needed"),
                       {num(proof.size()), num(expected)});
    }
    return okStatus();
}

// Right-shifts fn and sn until fn's lowest bit is set or fn is 0 (RFC 9162 step ii).
void shiftUntilOddOrZero(std::uint64_t& fn, std::uint64_t& sn)
{
    if (fn == 0)
        return;
    const int shift = std::countr_zero(fn);
    fn >>= shift;
    sn >>= shift;
}

}  // namespace

std::size_t inclusionProofLength(std::uint64_t index, std::uint64_t size)
{
    // Levels where the path and the right edge of the tree differ need a sibling each;
    // above them, one sibling for each left subtree the path passes on the right edge.
    const std::uint64_t last = size - 1;
    const int inner = std::bit_width(index ^ last);
    const int border = std::popcount(inner >= 64 ? 0 : index >> inner);
    return static_cast<std::size_t>(inner) + static_cast<std::size_t>(border);
}

std::size_t consistencyProofLength(std::uint64_t oldSize, std::uint64_t newSize)
{
    // Walks SUBPROOF (RFC 9162 §2.1.4.1) without hashing: one hash per level below the
    // split, plus the old subtree's root unless the old tree is the left edge.
    std::uint64_t m = oldSize, n = newSize;
    bool startFromOldRoot = true;
    std::size_t length = 0;
    while (m != n) {
        const std::uint64_t k = std::bit_floor(n - 1);
        ++length;
        if (m <= k) {
            n = k;
        } else {
            m -= k;
            n -= k;
            startFromOldRoot = false;
        }
    }
    return length + (startFromOldRoot ? 0 : 1);
}

Result<Digest> rootFromInclusionProof(const TreeHasher& hasher, std::uint64_t index,
                                      std::uint64_t size, const Digest& leafHash,
                                      const Proof& proof)
{
    if (size == 0)
        return invalid("merkle.empty-tree",
                       QT_TRANSLATE_NOOP("Error", "an empty tree includes no leaf"));
    if (index >= size) {
        return invalid("merkle.index-out-of-range",
                       QT_TRANSLATE_NOOP("Error", "leaf index %1 is outside a tree of size %2"),
                       {num(index), num(size)});
    }
    if (auto st = checkLength(proof, inclusionProofLength(index, size)); !st)
        return std::move(st).error();
    std::uint64_t fn = index, sn = size - 1;
    Digest r = leafHash;
    for (const Digest& p : proof) {
        if (sn == 0)  // unreachable after the length check, kept as the RFC states it
            return invalid("merkle.proof-length", QT_TRANSLATE_NOOP("Error", "proof is too long"));
        if ((fn & 1) != 0 || fn == sn) {
            r = hasher.nodeHash(p, r);
            if ((fn & 1) == 0)
                shiftUntilOddOrZero(fn, sn);
        } else {
            r = hasher.nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0)
        return invalid("merkle.proof-length", QT_TRANSLATE_NOOP("Error", "proof is too short"));
    return r;
}

Status verifyInclusion(const TreeHasher& hasher, std::uint64_t index, std::uint64_t size,
                       const Digest& leafHash, const Proof& proof, const Digest& root)
{
    auto computed = rootFromInclusionProof(hasher, index, size, leafHash, proof);
    if (!computed)
        return std::move(computed).error();
    if (*computed != root) {
        return invalid("merkle.root-mismatch",
                       QT_TRANSLATE_NOOP(
                           "Error", "inclusion proof for leaf %1 of %2 leads to root %3, not %4"),
                       {num(index), num(size), toHex(*computed), toHex(root)});
    }
    return okStatus();
}

Status verifyConsistency(const TreeHasher& hasher, std::uint64_t oldSize, std::uint64_t newSize,
                         const Digest& oldRoot, const Digest& newRoot, const Proof& proof)
{
    if (oldSize > newSize) {
        return invalid("merkle.size-order",
                       QT_TRANSLATE_NOOP("Error", "old tree size %1 is larger than new size %2"),
                       {num(oldSize), num(newSize)});
    }
    if (oldSize == newSize || oldSize == 0) {
        if (auto st = checkLength(proof, 0); !st)
            return st;
        const Digest& expectedOld = oldSize == 0 ? hasher.emptyRoot() : newRoot;
        if (oldRoot != expectedOld) {
            return invalid(
                "merkle.root-mismatch",
                QT_TRANSLATE_NOOP("Error", "old root %1 cannot precede new root %2 at these sizes"),
                {toHex(oldRoot), toHex(newRoot)});
        }
        return okStatus();
    }
    if (auto st = checkLength(proof, consistencyProofLength(oldSize, newSize)); !st)
        return st;

    // RFC 9162 §2.1.4.2. When the old tree is a perfect left subtree its root is the
    // path's implicit first element.
    const bool oldIsPerfect = std::has_single_bit(oldSize);
    std::size_t next = 0;
    std::uint64_t fn = oldSize - 1, sn = newSize - 1;
    if ((fn & 1) != 0) {
        const int shift = std::countr_one(fn);
        fn >>= shift;
        sn >>= shift;
    }
    Digest fr = oldIsPerfect ? oldRoot : proof[next++];
    Digest sr = fr;
    for (; next < proof.size(); ++next) {
        const Digest& c = proof[next];
        if (sn == 0)
            return invalid("merkle.proof-length", QT_TRANSLATE_NOOP("Error", "proof is too long"));
        if ((fn & 1) != 0 || fn == sn) {
            fr = hasher.nodeHash(c, fr);
            sr = hasher.nodeHash(c, sr);
            if ((fn & 1) == 0)
                shiftUntilOddOrZero(fn, sn);
        } else {
            sr = hasher.nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0)
        return invalid("merkle.proof-length", QT_TRANSLATE_NOOP("Error", "proof is too short"));
    if (fr != oldRoot) {
        return invalid("merkle.root-mismatch",
                       QT_TRANSLATE_NOOP("Error", "consistency proof leads to old root %1, not %2"),
                       {toHex(fr), toHex(oldRoot)});
    }
    if (sr != newRoot) {
        return invalid("merkle.root-mismatch",
                       QT_TRANSLATE_NOOP("Error", "consistency proof leads to new root %1, not %2"),
                       {toHex(sr), toHex(newRoot)});
    }
    return okStatus();
}

}  // namespace pp::merkle
