// kill -9 during ingest and block production: the real node is fed records and killed at
// random moments, several times. After every restart the whole chain must check out
// (hash links, commits, records roots, the history tree) and the device's stored records
// must be exactly seq 0..n with no gap: each block is wholly present or absent, and what
// was admitted but not yet in a block is simply gone, to be sent again.

#include "cbor/decoder.h"
#include "cbor/writer.h"
#include "chain/commit.h"
#include "chain/genesis.h"
#include "merkle/memory_tree.h"
#include "node/devnet.h"
#include "records/record.h"
#include "support/http_client.h"
#include "support/node_process.h"
#include "support/record_factory.h"
#include "support/test_data.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;
using crypto::HashAlg;
using pp::test::HttpClient;
using pp::test::NodeProcess;

namespace {

const QByteArray kDevice(16, '\x5c');

QByteArray batch(const crypto::PrivateKey& key, std::uint64_t firstSeq, int count)
{
    std::vector<QByteArray> records;
    for (int i = 0; i < count; ++i)
        records.push_back(
            pp::test::batteryBatch(kDevice, key, firstSeq + static_cast<std::uint64_t>(i)));
    return pp::test::submission(records);
}

// Checks the served chain as a verifier would; returns the device's stored seqs.
std::vector<std::uint64_t> checkChain(HttpClient& http)
{
    const auto genesis = chain::Genesis::decode(http.get(QStringLiteral("/v1/genesis")).body);
    if (!genesis)
        qFatal("genesis: %s", qPrintable(genesis.error().message()));
    const std::uint64_t tip =
        *cbor::decode(http.get(QStringLiteral("/v1/status")).body)->find(1)->toUInt64();
    const merkle::TreeHasher hasher(HashAlg::Sha256);
    merkle::MemoryTree history(HashAlg::Sha256);
    chain::Header prev = genesis->blockZero();
    Digest prevHash = prev.hash(HashAlg::Sha256);
    history.appendLeafHash(hasher.leafHash(view(prevHash)));
    for (std::uint64_t from = 1; from <= tip; from += 4096) {
        const QByteArray headers =
            http.get(QStringLiteral("/v1/headers?from=%1&count=4096").arg(from)).body;
        for (qsizetype off = 0; off < headers.size(); off += 214) {
            const chain::Header h = *chain::Header::decode(headers.mid(off, 214));
            const Digest hash = h.hash(HashAlg::Sha256);
            if (!chain::checkLink(prev, prevHash, h).ok() || h.historyRoot != history.root())
                qFatal("broken link or history at height %llu",
                       static_cast<unsigned long long>(h.height));
            const auto commit = chain::Commit::decode(
                http.get(QStringLiteral("/v1/commit?height=%1").arg(h.height)).body);
            if (!commit || !chain::verifyCommit(*commit, h, hash, genesis->validators()).ok())
                qFatal("bad commit at height %llu", static_cast<unsigned long long>(h.height));
            // Named, not iterated as a temporary: the range would outlive it.
            const auto records = cbor::decode(
                http.get(QStringLiteral("/v1/block/records?height=%1").arg(h.height)).body);
            merkle::MemoryTree recordsTree(HashAlg::Sha256);
            for (const cbor::Value& r : records->items())
                recordsTree.appendLeaf(r.byteString());
            if (recordsTree.root() != h.recordsRoot || recordsTree.size() != h.recordCount)
                qFatal("records of height %llu do not match",
                       static_cast<unsigned long long>(h.height));
            history.appendLeafHash(hasher.leafHash(view(hash)));
            prev = h;
            prevHash = hash;
        }
    }
    if (prev.height != tip)
        qFatal("headers end at %llu, tip is %llu", static_cast<unsigned long long>(prev.height),
               static_cast<unsigned long long>(tip));
    std::vector<std::uint64_t> seqs;
    const auto entries = cbor::decode(http.get(QStringLiteral("/v1/records?device=") +
                                               toHex(kDevice) + QStringLiteral("&limit=10000"))
                                          .body);
    for (const cbor::Value& e : entries->items())
        seqs.push_back(records::Record::parse(e.at(2).byteString(), HashAlg::Sha256)->body.seq);
    return seqs;
}

}  // namespace

class TestNodeCrash : public QObject
{
    Q_OBJECT

private slots:
    void killDuringIngestAndProduction()
    {
        QTemporaryDir dir;
        const QString devnetDir = dir.filePath(QStringLiteral("devnet"));
        NodeProcess::initDevnet(devnetDir,
                                {QStringLiteral("--seed"), QStringLiteral("crash test")});
        const auto devnet = node::loadDevnet(devnetDir);
        QVERIFY(devnet.ok());
        const auto device = *crypto::PrivateKey::fromSeed(crypto::SigAlg::Ed25519, "crash device");
        QRandomGenerator rng(9);
        HttpClient http;
        std::uint64_t nextSeq = 0;
        std::uint64_t blocksSeen = 0;
        for (int round = 0; round < 8; ++round) {
            NodeProcess node;
            const QString base =
                node.start(devnetDir, {QStringLiteral("--block-interval-ms"), QStringLiteral("5")});
            QVERIFY2(!base.isEmpty(), "the node did not restart on the killed store");
            http.setBase(base);

            const std::vector<std::uint64_t> seqs = checkChain(http);
            for (std::size_t i = 0; i < seqs.size(); ++i)
                QCOMPARE(seqs[i], i);  // no gap, no repeat, in order
            nextSeq = seqs.size();
            const std::uint64_t tip =
                *cbor::decode(http.get(QStringLiteral("/v1/status")).body)->find(1)->toUInt64();
            QVERIFY(tip >= blocksSeen);  // what was stored stays stored
            blocksSeen = tip;

            if (round == 0) {
                const QByteArray reg = pp::test::submission(
                    {pp::test::registration(devnet->registrar, 0, kDevice, device.publicKey(),
                                            records::AssetClass::Battery)});
                QCOMPARE(cbor::decode(http.post(QStringLiteral("/v1/records"), reg).body)
                             ->at(0)
                             .at(0)
                             .toUInt64(),
                         std::uint64_t{0});
                QTest::qWait(50);
            }
            // Feed batches, then kill at a random moment while blocks are being written.
            const int posts = 2 + rng.bounded(4);
            for (int p = 0; p < posts; ++p) {
                const auto answer = cbor::decode(
                    http.post(QStringLiteral("/v1/records"), batch(device, nextSeq, 200)).body);
                QVERIFY(answer.ok());
                QCOMPARE(answer->at(0).at(0).toUInt64(), std::uint64_t{0});
                nextSeq += 200;
            }
            QTest::qWait(rng.bounded(30));
            node.kill();
        }
        NodeProcess last;
        http.setBase(last.start(devnetDir));
        const std::vector<std::uint64_t> seqs = checkChain(http);
        QVERIFY(!seqs.empty());
        for (std::size_t i = 0; i < seqs.size(); ++i)
            QCOMPARE(seqs[i], i);
        // The chain goes on from where it stopped.
        const auto answer = cbor::decode(
            http.post(QStringLiteral("/v1/records"), batch(device, seqs.size(), 1)).body);
        QCOMPARE(answer->at(0).at(0).toUInt64(), std::uint64_t{0});
        QCOMPARE(last.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNodeCrash)
#include "tst_node_crash.moc"
