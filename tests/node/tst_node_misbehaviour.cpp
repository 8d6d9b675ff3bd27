// Each misbehaviour switch of powerproof-node run does what it claims, against the same
// devnet served honestly: the lie is caught by the check it targets, and only that one.

#include "cbor/decoder.h"
#include "cbor/writer.h"
#include "chain/commit.h"
#include "chain/genesis.h"
#include "merkle/memory_tree.h"
#include "merkle/proof_codec.h"
#include "node/devnet.h"
#include "records/record.h"
#include "support/http_client.h"
#include "support/node_process.h"
#include "support/record_factory.h"
#include "support/test_data.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;
using crypto::HashAlg;
using pp::test::HttpClient;
using pp::test::NodeProcess;

namespace {

const QByteArray kDevice(16, '\x3e');

// What a verifier can check of the first records block, each check on its own.
struct Checks
{
    bool commitValid = false;      // commit(1) valid for header(1) under the genesis set
    bool recordsMatch = false;     // block/records of height 1 give header(1).records_root
    bool entryProofs = false;      // /v1/records entries prove against their headers
    bool entrySignatures = false;  // and carry the device's signature
    bool entriesBySeq = false;     // and come by seq, as spec §8 says
    bool historyProof = false;     // header 1 is in the tip's history tree
    std::size_t validatorChanges = 0;
};

Checks inspect(HttpClient& http, const crypto::PublicKey& deviceKey)
{
    Checks c;
    const auto genesis = *chain::Genesis::decode(http.get(QStringLiteral("/v1/genesis")).body);
    const std::uint64_t tip =
        *cbor::decode(http.get(QStringLiteral("/v1/status")).body)->find(1)->toUInt64();
    const QByteArray headers =
        http.get(QStringLiteral("/v1/headers?from=0&count=%1").arg(tip + 1)).body;
    const auto header = [&](std::uint64_t h) {
        return *chain::Header::decode(headers.mid(static_cast<qsizetype>(h) * 214, 214));
    };
    const merkle::TreeHasher hasher(HashAlg::Sha256);

    const chain::Header h1 = header(1);
    const auto commit = chain::Commit::decode(http.get(QStringLiteral("/v1/commit?height=1")).body);
    c.commitValid =
        commit &&
        chain::verifyCommit(*commit, h1, h1.hash(HashAlg::Sha256), genesis.validators()).ok();

    const auto records = cbor::decode(http.get(QStringLiteral("/v1/block/records?height=1")).body);
    merkle::MemoryTree tree(HashAlg::Sha256);
    for (const cbor::Value& r : records->items())
        tree.appendLeaf(r.byteString());
    c.recordsMatch = tree.root() == h1.recordsRoot;

    const auto entries =
        cbor::decode(http.get(QStringLiteral("/v1/records?device=") + toHex(kDevice)).body);
    c.entryProofs = c.entrySignatures = c.entriesBySeq = entries->size() > 1;
    std::optional<std::uint64_t> lastSeq;
    for (const cbor::Value& e : entries->items()) {
        const chain::Header h = header(*e.at(0).toUInt64());
        const auto proof = merkle::decodeProof(cbor::encode(e.at(3)));
        c.entryProofs =
            c.entryProofs && proof &&
            merkle::verifyInclusion(hasher, *e.at(1).toUInt64(), h.recordCount,
                                    hasher.leafHash(e.at(2).byteString()), *proof, h.recordsRoot)
                .ok();
        const auto record = records::Record::parse(e.at(2).byteString(), HashAlg::Sha256);
        c.entrySignatures = c.entrySignatures && record &&
                            cose::verifySign1(record->envelope, deviceKey, kDevice).ok();
        c.entriesBySeq = c.entriesBySeq && record && record->body.seq >= lastSeq.value_or(0);
        lastSeq = record ? record->body.seq : 0;
    }
    const auto proof = merkle::decodeProof(
        http.get(QStringLiteral("/v1/history/inclusion?index=1&size=%1").arg(tip)).body);
    c.historyProof = proof && merkle::verifyInclusion(
                                  hasher, 1, tip, hasher.leafHash(view(h1.hash(HashAlg::Sha256))),
                                  *proof, header(tip).historyRoot)
                                  .ok();
    c.validatorChanges =
        cbor::decode(http.get(QStringLiteral("/v1/validator-changes?from=0")).body)->size();
    return c;
}

}  // namespace

class TestNodeMisbehaviour : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;
    QString devnet_;
    crypto::PrivateKey deviceKey_ =
        *crypto::PrivateKey::fromSeed(crypto::SigAlg::Ed25519, "liar test device");

    Checks run(const QStringList& lies)
    {
        NodeProcess node;
        HttpClient http;
        http.setBase(node.start(
            devnet_,
            QStringList{QStringLiteral("--block-interval-ms"), QStringLiteral("50")} + lies));
        const Checks c = inspect(http, deviceKey_.publicKey());
        if (node.terminate() != 0)
            qFatal("the node did not stop cleanly");
        return c;
    }

private slots:
    void initTestCase()
    {
        // An honest history: a device registered with records in block 1, then a rotation.
        devnet_ = dir_.filePath(QStringLiteral("devnet"));
        NodeProcess::initDevnet(devnet_, {QStringLiteral("--seed"), QStringLiteral("liars")});
        const auto devnet = *node::loadDevnet(devnet_);
        NodeProcess node;
        HttpClient http;
        http.setBase(
            node.start(devnet_, {QStringLiteral("--block-interval-ms"), QStringLiteral("50")}));
        const QByteArray batch = pp::test::submission(
            {pp::test::registration(devnet.registrar, 0, kDevice, deviceKey_.publicKey(),
                                    records::AssetClass::Battery),
             pp::test::batteryBatch(kDevice, deviceKey_, 0),
             pp::test::batteryBatch(kDevice, deviceKey_, 1)});
        const auto answers = cbor::decode(http.post(QStringLiteral("/v1/records"), batch).body);
        QCOMPARE(answers->at(2).at(0).toUInt64(), std::uint64_t{0});
        QTRY_VERIFY(
            *cbor::decode(http.get(QStringLiteral("/v1/status")).body)->find(1)->toUInt64() >= 1);
        QProcess rotate;
        rotate.start(QStringLiteral(POWERPROOF_NODE),
                     {QStringLiteral("validators"), QStringLiteral("rotate"), devnet_,
                      QStringLiteral("--power"), QStringLiteral("0=20")});
        QVERIFY(rotate.waitForFinished(60000) && rotate.exitCode() == 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            cbor::decode(http.get(QStringLiteral("/v1/validator-changes?from=0")).body)->size() ==
                1,
            20000);
        QCOMPARE(node.terminate(), 0);
    }

    void honest()
    {
        const Checks c = run({});
        QVERIFY(c.commitValid && c.recordsMatch && c.entryProofs && c.entrySignatures &&
                c.entriesBySeq && c.historyProof);
        QCOMPARE(c.validatorChanges, std::size_t{1});
    }

    void corruptHeaders()
    {
        const Checks c = run({QStringLiteral("--corrupt-headers")});
        QVERIFY(!c.commitValid);   // the commit signs the true header, not this one
        QVERIFY(!c.recordsMatch);  // the altered records_root
        QVERIFY(!c.historyProof);  // the altered header is not in the history tree
    }

    void corruptCommits()
    {
        const Checks c = run({QStringLiteral("--corrupt-commits")});
        QVERIFY(!c.commitValid);
        QVERIFY(c.recordsMatch && c.entryProofs && c.entrySignatures && c.historyProof);
    }

    void corruptRecords()
    {
        const Checks c = run({QStringLiteral("--corrupt-records")});
        QVERIFY(!c.recordsMatch && !c.entryProofs && !c.entrySignatures);
        QVERIFY(c.commitValid && c.historyProof);
    }

    void corruptProofs()
    {
        const Checks c = run({QStringLiteral("--corrupt-proofs")});
        QVERIFY(!c.entryProofs && !c.historyProof);
        QVERIFY(c.commitValid && c.recordsMatch && c.entrySignatures);
    }

    void misorderRecords()
    {
        const Checks c = run({QStringLiteral("--misorder-records")});
        QVERIFY(!c.entriesBySeq);
        QVERIFY(c.entryProofs && c.entrySignatures && c.recordsMatch && c.commitValid);
    }

    void omitValidatorChanges()
    {
        const Checks c = run({QStringLiteral("--omit-validator-changes")});
        QCOMPARE(c.validatorChanges, std::size_t{0});
        QVERIFY(c.commitValid && c.historyProof);
    }

    void equivocation()
    {
        const auto genesis =
            *chain::Genesis::decode(pp::test::readFile(devnet_ + QStringLiteral("/genesis.cbor")));
        const auto headerAndCommit = [&](HttpClient& http, std::uint64_t h) {
            const auto header = *chain::Header::decode(
                http.get(QStringLiteral("/v1/headers?from=%1&count=1").arg(h)).body);
            return std::pair{header,
                             *chain::Commit::decode(
                                 http.get(QStringLiteral("/v1/commit?height=%1").arg(h)).body)};
        };
        NodeProcess honestNode;
        HttpClient honest;
        honest.setBase(honestNode.start(devnet_));
        const auto [realHeader, realCommit] = headerAndCommit(honest, 2);
        const chain::Header real1 = headerAndCommit(honest, 1).first;
        QCOMPARE(honestNode.terminate(), 0);

        NodeProcess liarNode;
        HttpClient liar;
        liar.setBase(
            liarNode.start(devnet_, {QStringLiteral("--equivocate-from"), QStringLiteral("2")}));
        const auto [forkHeader, forkCommit] = headerAndCommit(liar, 2);
        QCOMPARE(headerAndCommit(liar, 1).first, real1);  // the same chain below the fork
        QVERIFY(!(forkHeader == realHeader));
        const Digest realHash = realHeader.hash(HashAlg::Sha256),
                     forkHash = forkHeader.hash(HashAlg::Sha256);
        // Both headers at height 2 carry a commit valid under the same validator set.
        QVERIFY(chain::verifyCommit(realCommit, realHeader, realHash, genesis.validators()).ok());
        const auto forkCheck =
            chain::verifyCommit(forkCommit, forkHeader, forkHash, genesis.validators());
        QVERIFY(forkCheck.ok());
        std::vector<std::uint64_t> doubleSigners;
        for (const chain::Vote& v : realCommit.votes) {
            for (const chain::Vote& f : forkCommit.votes)
                if (v.index == f.index)
                    doubleSigners.push_back(v.index);
        }
        QVERIFY(!doubleSigners.empty());

        // The fork is internally consistent: hash links, commits, history proofs, status.
        const std::uint64_t tip =
            *cbor::decode(liar.get(QStringLiteral("/v1/status")).body)->find(1)->toUInt64();
        chain::Header prev = real1;
        Digest prevHash = real1.hash(HashAlg::Sha256);
        for (std::uint64_t h = 2; h <= tip; ++h) {
            const auto [header, commit] = headerAndCommit(liar, h);
            QVERIFY(chain::checkLink(prev, prevHash, header).ok());
            prev = header;
            prevHash = header.hash(HashAlg::Sha256);
            QVERIFY(commit.headerHash == prevHash);
        }
        QCOMPARE(cbor::decode(liar.get(QStringLiteral("/v1/status")).body)->find(2)->byteString(),
                 toByteArray(prevHash));
        const merkle::TreeHasher hasher(HashAlg::Sha256);
        const auto proof = merkle::decodeProof(
            liar.get(QStringLiteral("/v1/history/inclusion?index=2&size=%1").arg(tip)).body);
        QVERIFY(merkle::verifyInclusion(hasher, 2, tip, hasher.leafHash(view(forkHash)), *proof,
                                        prev.historyRoot)
                    .ok());
        QCOMPARE(liarNode.terminate(), 0);
    }

    void delay()
    {
        NodeProcess node;
        HttpClient http;
        http.setBase(node.start(devnet_, {QStringLiteral("--delay-ms"), QStringLiteral("300")}));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(http.get(QStringLiteral("/v1/status")).status, 200);
        QVERIFY(timer.elapsed() >= 300);  // the switch's promise, not a speed target
        QCOMPARE(node.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNodeMisbehaviour)
#include "tst_node_misbehaviour.moc"
