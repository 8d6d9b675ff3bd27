// RFC 9162 trees: every inclusion proof for (index, size) up to size 130 and every
// consistency proof for (m, n) up to 130, built from stored subtrees and checked against
// the naive recursive reference; boundary indices and sizes up to 2^64 - 1 without
// overflow; the compact range's roots and emitted subtrees; the proof's CBOR form.
// (Mutated proofs are in tst_merkle_mutations.)

#include "cbor/decoder.h"
#include "cbor/value.h"
#include "cbor/writer.h"
#include "merkle/compact_range.h"
#include "merkle/memory_tree.h"
#include "merkle/naive_tree.h"
#include "merkle/proof.h"
#include "merkle/proof_builder.h"
#include "merkle/proof_codec.h"
#include "support/test_data.h"

#include <QTest>

using namespace pp;
using namespace pp::merkle;
using pp::crypto::HashAlg;

Q_DECLARE_METATYPE(pp::crypto::HashAlg)
Q_DECLARE_METATYPE(pp::Digest)

namespace {

constexpr std::uint64_t kMaxSize = 130;

struct Fixture
{
    explicit Fixture(HashAlg alg, std::uint64_t size = kMaxSize) : tree(alg), naive(alg, {})
    {
        std::vector<Digest> leafHashes;
        for (std::uint64_t i = 0; i < size; ++i) {
            tree.appendLeaf(pp::test::leafData(i));
            leafHashes.push_back(tree.hasher().leafHash(pp::test::leafData(i)));
        }
        naive = pp::test::NaiveTree(alg, std::move(leafHashes));
    }
    Digest leaf(std::uint64_t i) const { return tree.hasher().leafHash(pp::test::leafData(i)); }

    MemoryTree tree;
    pp::test::NaiveTree naive;
};

QByteArray code(const Status& st)
{
    return st.ok() ? QByteArray("ok") : QByteArray(st.error().code());
}

void addHashes()
{
    QTest::addColumn<HashAlg>("alg");
    QTest::newRow("sha-256") << HashAlg::Sha256;
    QTest::newRow("sm3") << HashAlg::Sm3;
}

}  // namespace

class TestMerkle : public QObject
{
    Q_OBJECT

private slots:
    void emptyAndSmallRoots()
    {
        const TreeHasher h(HashAlg::Sha256);
        // H("") and H(0x00) / H(0x01 || a || b) written out.
        QCOMPARE(h.emptyRoot(),
                 pp::test::digestHex(
                     "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(h.leafHash(""),
                 pp::test::digestHex(
                     "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"));
        MemoryTree t(HashAlg::Sha256);
        QCOMPARE(t.root(), h.emptyRoot());
        t.appendLeaf("");
        QCOMPARE(t.root(), h.leafHash(""));
        t.appendLeaf("a");
        QCOMPARE(t.root(), h.nodeHash(h.leafHash(""), h.leafHash("a")));
        // A leaf longer than the short-leaf buffer hashes the same as streaming it.
        const QByteArray big(1000, 'x');
        crypto::Hasher stream(HashAlg::Sha256);
        QCOMPARE(h.leafHash(big), stream.update(QByteArray(1, '\0')).update(big).finish());
    }

    void workedExample_data()
    {
        // The example of docs/protocol.md, computed independently (Python's hashlib).
        QTest::addColumn<HashAlg>("alg");
        QTest::addColumn<Digest>("leafA");
        QTest::addColumn<Digest>("leafC");
        QTest::addColumn<Digest>("root3");
        QTest::newRow("sha-256")
            << HashAlg::Sha256
            << pp::test::digestHex(
                   "022a6979e6dab7aa5ae4c3e5e45f7e977112a7e63593820dbec1ec738a24f93c")
            << pp::test::digestHex(
                   "597fcb31282d34654c200d3418fca5705c648ebf326ec73d8ddef11841f876d8")
            << pp::test::digestHex(
                   "36642e73c2540ab121e3a6bf9545b0a24982cd830eb13d3cd19de3ce6c021ec1");
        QTest::newRow("sm3")
            << HashAlg::Sm3
            << pp::test::digestHex(
                   "c688f41bcd570f9651ccb215058a545f66f52ab4eac2968896e1637af9443d8c")
            << pp::test::digestHex(
                   "5b280c126260877493fd073e309507ce00677c1f89d8d24d97d61a7a4dff401c")
            << pp::test::digestHex(
                   "2706e4e4d41c1ed9c3fe7f7822bf360a67abcc052cc2c00022c1313ec3ded965");
    }
    void workedExample()
    {
        QFETCH(HashAlg, alg);
        QFETCH(Digest, leafA);
        QFETCH(Digest, leafC);
        QFETCH(Digest, root3);
        MemoryTree t(alg);
        for (const char* leaf : {"a", "b", "c"})
            t.appendLeaf(leaf);
        QCOMPARE(t.hasher().leafHash("a"), leafA);
        QCOMPARE(t.root(), root3);
        QCOMPARE(*t.proofs().inclusion(1, 3), (Proof{leafA, leafC}));
        QCOMPARE(*t.proofs().consistency(2, 3), (Proof{leafC}));
    }

    void inclusionAgainstReference_data() { addHashes(); }
    void inclusionAgainstReference()
    {
        QFETCH(HashAlg, alg);
        const Fixture f(alg);
        const ProofBuilder builder = f.tree.proofs();
        for (std::uint64_t n = 1; n <= kMaxSize; ++n) {
            const Digest root = f.naive.mth(0, n);
            QCOMPARE(*builder.root(n), root);
            for (std::uint64_t i = 0; i < n; ++i) {
                const auto proof = builder.inclusion(i, n);
                QVERIFY(proof.ok());
                if (*proof != f.naive.path(i, 0, n))
                    QFAIL(qPrintable(QStringLiteral("PATH(%1, D[%2]) differs").arg(i).arg(n)));
                QCOMPARE(inclusionProofLength(i, n), proof->size());
                const Status st = verifyInclusion(f.tree.hasher(), i, n, f.leaf(i), *proof, root);
                if (!st.ok())
                    QFAIL(qPrintable(st.error().message()));
                // The same proof does not prove a neighbour. (It may fit a larger tree's shape:
                // a root does not commit to its size, which is why headers carry both.)
                if (n > 1) {
                    const std::uint64_t other = (i + 1) % n;
                    QVERIFY(
                        !verifyInclusion(f.tree.hasher(), other, n, f.leaf(i), *proof, root).ok());
                    QVERIFY(
                        !verifyInclusion(f.tree.hasher(), i, n, f.leaf(other), *proof, root).ok());
                }
            }
        }
    }

    void consistencyAgainstReference_data() { addHashes(); }
    void consistencyAgainstReference()
    {
        QFETCH(HashAlg, alg);
        const Fixture f(alg);
        const ProofBuilder builder = f.tree.proofs();
        for (std::uint64_t n = 1; n <= kMaxSize; ++n) {
            const Digest newRoot = f.naive.mth(0, n);
            for (std::uint64_t m = 1; m <= n; ++m) {
                const Digest oldRoot = f.naive.mth(0, m);
                const auto proof = builder.consistency(m, n);
                QVERIFY(proof.ok());
                if (*proof != f.naive.proof(m, n))
                    QFAIL(qPrintable(QStringLiteral("PROOF(%1, D[%2]) differs").arg(m).arg(n)));
                if (m < n)
                    QCOMPARE(consistencyProofLength(m, n), proof->size());
                const Status st =
                    verifyConsistency(f.tree.hasher(), m, n, oldRoot, newRoot, *proof);
                if (!st.ok())
                    QFAIL(qPrintable(
                        QStringLiteral("(%1, %2): %3").arg(m).arg(n).arg(st.error().message())));
                // Swapped roots and wrong sizes fail.
                if (m < n) {
                    QVERIFY(
                        !verifyConsistency(f.tree.hasher(), m, n, newRoot, oldRoot, *proof).ok());
                    if (m > 1)
                        QVERIFY(!verifyConsistency(f.tree.hasher(), m - 1, n, f.naive.mth(0, m - 1),
                                                   newRoot, *proof)
                                     .ok());
                }
            }
        }
    }

    void consistencyEdges()
    {
        const Fixture f(HashAlg::Sha256, 8);
        const TreeHasher& h = f.tree.hasher();
        const Digest root8 = f.tree.root();
        // Equal sizes: empty proof, equal roots.
        QCOMPARE(code(verifyConsistency(h, 8, 8, root8, root8, {})), "ok");
        QCOMPARE(code(verifyConsistency(h, 8, 8, root8, h.emptyRoot(), {})),
                 "merkle.root-mismatch");
        QCOMPARE(code(verifyConsistency(h, 8, 8, root8, root8, {root8})), "merkle.proof-length");
        // From the empty tree: empty proof, old root H("").
        QCOMPARE(code(verifyConsistency(h, 0, 8, h.emptyRoot(), root8, {})), "ok");
        QCOMPARE(code(verifyConsistency(h, 0, 8, root8, root8, {})), "merkle.root-mismatch");
        QCOMPARE(code(verifyConsistency(h, 0, 0, h.emptyRoot(), h.emptyRoot(), {})), "ok");
        // Shrinking is never consistent.
        QCOMPARE(code(verifyConsistency(h, 9, 8, root8, root8, {})), "merkle.size-order");
        QCOMPARE(code(verifyConsistency(h, UINT64_MAX, 0, root8, root8, {})), "merkle.size-order");
        QVERIFY(f.tree.proofs().consistency(0, 8)->empty());
        QVERIFY(f.tree.proofs().consistency(8, 8)->empty());
        QVERIFY(!f.tree.proofs().consistency(9, 8).ok());
    }

    void inclusionBoundaries()
    {
        const Fixture f(HashAlg::Sha256, 5);
        const TreeHasher& h = f.tree.hasher();
        const Digest root = f.tree.root();
        const Digest leaf = f.leaf(0);
        QCOMPARE(code(verifyInclusion(h, 0, 5, leaf, *f.tree.proofs().inclusion(0, 5), root)),
                 "ok");
        QCOMPARE(code(verifyInclusion(h, 4, 5, f.leaf(4), *f.tree.proofs().inclusion(4, 5), root)),
                 "ok");
        const std::uint64_t twoTo63 = std::uint64_t{1} << 63;
        for (std::uint64_t index : {std::uint64_t{5}, std::uint64_t{6}, twoTo63, UINT64_MAX})
            QCOMPARE(code(verifyInclusion(h, index, 5, leaf, {}, root)),
                     "merkle.index-out-of-range");
        QCOMPARE(code(verifyInclusion(h, 0, 0, leaf, {}, root)), "merkle.empty-tree");
        QCOMPARE(code(verifyInclusion(h, UINT64_MAX, UINT64_MAX, leaf, {}, root)),
                 "merkle.index-out-of-range");
        QVERIFY(!f.tree.proofs().inclusion(5, 5).ok());
        QVERIFY(!f.tree.proofs().inclusion(UINT64_MAX, 5).ok());
        // Asking a reader for more leaves than it holds is an error, not a crash.
        QVERIFY(!f.tree.proofs().inclusion(0, 6).ok());
        QVERIFY(!f.tree.proofs().root(UINT64_MAX).ok());
    }

    void hugeTrees()
    {
        // Trees too large to build, whose roots follow from chosen subtree hashes: the
        // verifier must handle sizes near 2^64 without overflow (UBSan watches).
        const TreeHasher h(HashAlg::Sha256);
        const Digest leaf = h.leafHash("last");
        const std::uint64_t twoTo63 = std::uint64_t{1} << 63;

        // Leaf 2^63 of a tree of 2^63 + 1: one sibling, the left perfect subtree.
        const Digest left =
            pp::test::digestHex("1111111111111111111111111111111111111111111111111111111111111111");
        QCOMPARE(inclusionProofLength(twoTo63, twoTo63 + 1), std::size_t{1});
        QCOMPARE(
            code(verifyInclusion(h, twoTo63, twoTo63 + 1, leaf, {left}, h.nodeHash(left, leaf))),
            "ok");
        QCOMPARE(
            code(verifyInclusion(h, twoTo63, twoTo63 + 2, leaf, {left}, h.nodeHash(left, leaf))),
            "merkle.proof-length");

        // The last leaf of 2^64 - 1 leaves: 63 perfect subtrees to its left, sizes 2^63 ... 2.
        Proof proof;
        Digest root = leaf;
        for (int level = 1; level <= 63; ++level) {
            Digest sibling{};
            sibling.fill(static_cast<std::uint8_t>(level));
            proof.push_back(sibling);
            root = h.nodeHash(sibling, root);
        }
        QCOMPARE(inclusionProofLength(UINT64_MAX - 1, UINT64_MAX), std::size_t{63});
        QCOMPARE(code(verifyInclusion(h, UINT64_MAX - 1, UINT64_MAX, leaf, proof, root)), "ok");
        Proof wrong = proof;
        std::swap(wrong[0], wrong[1]);
        QCOMPARE(code(verifyInclusion(h, UINT64_MAX - 1, UINT64_MAX, leaf, wrong, root)),
                 "merkle.root-mismatch");
        // Leaf 0 of 2^64 - 1: 63 hashes of the right-hand subtrees, sizes 1, 2, ..., 2^62 and
        // the rest; only its length can be checked without building the tree.
        QCOMPARE(inclusionProofLength(0, UINT64_MAX), std::size_t{64});
        QCOMPARE(inclusionProofLength(0, twoTo63), std::size_t{63});
        // Consistency between 2^63 and 2^64 - 1: well-defined length, no overflow.
        QVERIFY(consistencyProofLength(twoTo63, UINT64_MAX) <= kMaxProofLength);
        QVERIFY(consistencyProofLength(1, UINT64_MAX) <= kMaxProofLength);
        QVERIFY(consistencyProofLength(UINT64_MAX - 1, UINT64_MAX) <= kMaxProofLength);
    }

    void compactRange_data() { addHashes(); }
    void compactRange()
    {
        QFETCH(HashAlg, alg);
        const TreeHasher h(alg);
        std::vector<Digest> leaves;
        for (std::uint64_t i = 0; i < 300; ++i)
            leaves.push_back(h.leafHash(pp::test::leafData(i)));
        const pp::test::NaiveTree naive(alg, leaves);
        MemoryTree reference(alg);

        CompactRange range(h);
        QCOMPARE(range.root(), h.emptyRoot());
        for (std::uint64_t i = 0; i < leaves.size(); ++i) {
            reference.appendLeafHash(leaves[i]);
            int emitted = 0;
            range.append(leaves[i], [&](unsigned level, std::uint64_t index, const Digest& d) {
                // Each completed subtree is exactly the one the reference stores there.
                QCOMPARE(*reference.node(level, index), d);
                ++emitted;
            });
            QCOMPARE(range.size(), i + 1);
            QCOMPARE(range.frontier().size(), static_cast<std::size_t>(std::popcount(i + 1)));
            QCOMPARE(range.root(), naive.mth(0, i + 1));
            QCOMPARE(emitted, 1 + std::countr_one(i));
        }
        // Resume from a saved frontier and keep appending.
        auto resumed = CompactRange::restore(h, range.size(), range.frontier());
        QVERIFY(resumed.ok());
        resumed->append(h.leafHash("more"));
        range.append(h.leafHash("more"));
        QCOMPARE(resumed->root(), range.root());
        QVERIFY(!CompactRange::restore(h, 7, {leaves[0]}).ok());
    }

    void proofCbor()
    {
        const Fixture f(HashAlg::Sha256, 11);
        const Proof proof = *f.tree.proofs().inclusion(3, 11);
        const auto back = decodeProof(encodeProof(proof));
        QVERIFY(back.ok());
        QCOMPARE(*back, proof);
        // Spec §3's form, byte for byte: an array of 32-byte byte strings.
        std::vector<cbor::Value> items;
        for (const Digest& d : proof)
            items.push_back(cbor::Value::bytes(view(d)));
        QCOMPARE(encodeProof(proof), cbor::encode(cbor::Value::array(std::move(items))));
        QCOMPARE(encodeProof({}), pp::test::hex("80"));
        const auto decoded = [](const cbor::Value& v) { return decodeProof(cbor::encode(v)); };
        QVERIFY(!decoded(cbor::Value::unsignedInt(1)).ok());
        QCOMPARE(QByteArray(decoded(cbor::Value::array({cbor::Value::bytes(QByteArray(31, 'a'))}))
                                .error()
                                .code()),
                 "merkle.proof-form");
        QVERIFY(!decoded(cbor::Value::array({cbor::Value::text(QString(32, u'a'))})).ok());
        std::vector<cbor::Value> tooMany(65, cbor::Value::bytes(QByteArray(32, 'a')));
        QCOMPARE(QByteArray(decoded(cbor::Value::array(tooMany)).error().code()),
                 "merkle.proof-length");
    }
};

QTEST_GUILESS_MAIN(TestMerkle)
#include "tst_merkle.moc"
