#include "merkle/naive_tree.h"

namespace pp::test {

namespace {

std::uint64_t largestPowerOfTwoBelow(std::uint64_t n)
{
    std::uint64_t k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}

}  // namespace

NaiveTree::NaiveTree(crypto::HashAlg alg, std::vector<Digest> leafHashes)
    : alg_(alg), leaves_(std::move(leafHashes))
{
}

Digest NaiveTree::node(const Digest& l, const Digest& r) const
{
    crypto::Hasher h(alg_);
    const char one = 0x01;
    return h.update(QByteArrayView(&one, 1)).update(l).update(r).finish();
}

Digest NaiveTree::mth(std::uint64_t begin, std::uint64_t end) const
{
    const std::uint64_t n = end - begin;
    if (n == 0)
        return crypto::hash(alg_, {});
    if (n == 1)
        return leaves_[begin];
    if (auto it = memo_.find({begin, end}); it != memo_.end())
        return it->second;
    const std::uint64_t k = largestPowerOfTwoBelow(n);
    const Digest d = node(mth(begin, begin + k), mth(begin + k, end));
    memo_[{begin, end}] = d;
    return d;
}

std::vector<Digest> NaiveTree::path(std::uint64_t m, std::uint64_t begin, std::uint64_t end) const
{
    const std::uint64_t n = end - begin;
    if (n == 1)
        return {};
    const std::uint64_t k = largestPowerOfTwoBelow(n);
    std::vector<Digest> out;
    if (m < k) {
        out = path(m, begin, begin + k);
        out.push_back(mth(begin + k, end));
    } else {
        out = path(m - k, begin + k, end);
        out.push_back(mth(begin, begin + k));
    }
    return out;
}

std::vector<Digest> NaiveTree::subproof(std::uint64_t m, std::uint64_t begin, std::uint64_t end,
                                        bool b) const
{
    const std::uint64_t n = end - begin;
    if (m == n)
        return b ? std::vector<Digest>{} : std::vector<Digest>{mth(begin, end)};
    const std::uint64_t k = largestPowerOfTwoBelow(n);
    std::vector<Digest> out;
    if (m <= k) {
        out = subproof(m, begin, begin + k, b);
        out.push_back(mth(begin + k, end));
    } else {
        out = subproof(m - k, begin + k, end, false);
        out.push_back(mth(begin, begin + k));
    }
    return out;
}

std::vector<Digest> NaiveTree::proof(std::uint64_t m, std::uint64_t n) const
{
    return subproof(m, 0, n, true);
}

QByteArray leafData(std::uint64_t i)
{
    return QByteArray("leaf-") + QByteArray::number(static_cast<qulonglong>(i));
}

}  // namespace pp::test
