#pragma once

// RFC 9162 §2.1 written out as its recursive definitions, over a list of leaf hashes:
// slow and obviously right, the reference the production code is checked against.

#include "common/bytes.h"
#include "crypto/hash.h"

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace pp::test {

class NaiveTree
{
public:
    NaiveTree(crypto::HashAlg alg, std::vector<Digest> leafHashes);

    Digest mth(std::uint64_t begin, std::uint64_t end) const;  // MTH(D[begin:end])
    std::vector<Digest> path(std::uint64_t m, std::uint64_t begin, std::uint64_t end) const;
    std::vector<Digest> proof(std::uint64_t m, std::uint64_t n) const;  // PROOF(m, D[n])

    Digest node(const Digest& l, const Digest& r) const;

private:
    std::vector<Digest> subproof(std::uint64_t m, std::uint64_t begin, std::uint64_t end,
                                 bool b) const;

    crypto::HashAlg alg_;
    std::vector<Digest> leaves_;
    mutable std::map<std::pair<std::uint64_t, std::uint64_t>, Digest> memo_;
};

// Leaf i's data: fixed, distinct bytes.
QByteArray leafData(std::uint64_t i);

}  // namespace pp::test
