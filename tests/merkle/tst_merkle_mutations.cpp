// Every single-bit flip, every truncation and an extension of every inclusion proof for
// (index, size) up to size 130 and every consistency proof for (m, n) up to 130: all
// rejected by the verifiers. A separate executable so that CTest runs it beside the rest.

#include "merkle/memory_tree.h"
#include "merkle/naive_tree.h"
#include "merkle/proof.h"
#include "support/test_data.h"

#include <QTest>

using namespace pp;
using namespace pp::merkle;
using pp::crypto::HashAlg;

namespace {

constexpr std::uint64_t kMaxSize = 130;

MemoryTree sampleTree()
{
    MemoryTree tree(HashAlg::Sha256);
    for (std::uint64_t i = 0; i < kMaxSize; ++i)
        tree.appendLeaf(pp::test::leafData(i));
    return tree;
}

// Every variant of a valid proof that must fail: each single bit flipped, each truncation,
// and one extra hash appended.
template <typename Verify>
void expectAllMutationsRejected(Proof proof, Verify verify)
{
    for (std::size_t e = 0; e < proof.size(); ++e) {
        for (int bit = 0; bit < 256; ++bit) {
            const auto mask = static_cast<std::uint8_t>(1u << (bit % 8));
            proof[e][bit / 8] ^= mask;  // in place: ~17M mutations, no copies
            if (verify(proof).ok())
                qFatal("a proof with bit %d of element %zu flipped verified", bit, e);
            proof[e][bit / 8] ^= mask;
        }
    }
    for (std::size_t len = 0; len < proof.size(); ++len) {
        if (verify(Proof(proof.begin(), proof.begin() + static_cast<std::ptrdiff_t>(len))).ok())
            qFatal("a proof truncated to %zu of %zu hashes verified", len, proof.size());
    }
    Proof longer = proof;
    longer.push_back(Digest{});
    if (verify(longer).ok())
        qFatal("a proof with an extra hash verified");
}

}  // namespace

class TestMerkleMutations : public QObject
{
    Q_OBJECT

private slots:
    void inclusionMutationsRejected()
    {
        const MemoryTree tree = sampleTree();
        const ProofBuilder builder = tree.proofs();
        int proofs = 0;
        for (std::uint64_t n = 1; n <= kMaxSize; ++n) {
            const Digest root = *builder.root(n);
            for (std::uint64_t i = 0; i < n; ++i) {
                const Digest leaf = tree.hasher().leafHash(pp::test::leafData(i));
                QVERIFY(verifyInclusion(tree.hasher(), i, n, leaf, *builder.inclusion(i, n), root)
                            .ok());
                expectAllMutationsRejected(*builder.inclusion(i, n), [&](const Proof& p) {
                    return verifyInclusion(tree.hasher(), i, n, leaf, p, root);
                });
                ++proofs;
            }
        }
        QCOMPARE(proofs, 8515);  // every (index, size) with size <= 130
    }

    void consistencyMutationsRejected()
    {
        const MemoryTree tree = sampleTree();
        const ProofBuilder builder = tree.proofs();
        int proofs = 0;
        for (std::uint64_t n = 2; n <= kMaxSize; ++n) {
            const Digest newRoot = *builder.root(n);
            for (std::uint64_t m = 1; m < n; ++m) {
                const Digest oldRoot = *builder.root(m);
                QVERIFY(verifyConsistency(tree.hasher(), m, n, oldRoot, newRoot,
                                          *builder.consistency(m, n))
                            .ok());
                expectAllMutationsRejected(*builder.consistency(m, n), [&](const Proof& p) {
                    return verifyConsistency(tree.hasher(), m, n, oldRoot, newRoot, p);
                });
                ++proofs;
            }
        }
        QCOMPARE(proofs, 8385);  // every (m, n) with 0 < m < n <= 130
    }
};

QTEST_GUILESS_MAIN(TestMerkleMutations)
#include "tst_merkle_mutations.moc"
