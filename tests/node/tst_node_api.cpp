// powerproof-node as a light node meets it: the real executable, a devnet made by
// `devnet init`, and spec §8's endpoints over loopback HTTP. Every answer is checked the
// way a verifier would check it: genesis against the chain_id, headers by hash links,
// commits by the validator set the node itself serves, proofs against header roots.

#include "cbor/decoder.h"
#include "cbor/writer.h"
#include "chain/commit.h"
#include "chain/genesis.h"
#include "merkle/memory_tree.h"
#include "merkle/proof.h"
#include "merkle/proof_codec.h"
#include "node/devnet.h"
#include "records/record.h"
#include "support/http_client.h"
#include "support/node_process.h"
#include "support/record_factory.h"
#include "support/test_data.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;
using crypto::HashAlg;
using crypto::PrivateKey;

namespace {

using pp::test::NodeProcess;

// `n` connections to the node that send nothing; fewer when one did not connect.
std::vector<std::unique_ptr<QTcpSocket>> connectSilently(const QUrl& url, int n)
{
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < n; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(url.host(), static_cast<quint16>(url.port()));
        if (!socket->waitForConnected(5000))
            break;
        held.push_back(std::move(socket));
    }
    return held;
}

// A process's peak resident memory (VmHWM), from /proc; -1 where it cannot be read.
qint64 peakMemoryKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLongLong();
    }
    return -1;
}

}  // namespace

class TestNodeApi : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;
    NodeProcess node_;
    pp::test::HttpClient http_;
    QString chainIdHex_;

    using Reply = pp::test::HttpClient::Reply;
    Reply request(const QString& path, const QByteArray* postBody = nullptr)
    {
        return postBody ? http_.post(path, *postBody) : http_.get(path);
    }

    std::uint64_t tipHeight()
    {
        return *cbor::decode(request(QStringLiteral("/v1/status")).body)->find(1)->toUInt64();
    }

    void waitForHeight(std::uint64_t height)
    {
        QTRY_VERIFY_WITH_TIMEOUT(tipHeight() >= height, 20000);
    }

private slots:
    void initTestCase()
    {
        const QString devnet = dir_.filePath(QStringLiteral("devnet"));
        chainIdHex_ =
            NodeProcess::initDevnet(devnet, {QStringLiteral("--seed"), QStringLiteral("api test")});
        const QString base =
            node_.start(devnet, {QStringLiteral("--block-interval-ms"), QStringLiteral("100")});
        QVERIFY2(base.startsWith(u"http://127.0.0.1:"), qPrintable(base));
        http_.setBase(base);
    }

    void cleanupTestCase()
    {
        QCOMPARE(node_.terminate(), 0);  // SIGTERM: the node shuts down cleanly
    }

    void sameSeedSameChain()
    {
        const QStringList seed = {QStringLiteral("--seed"), QStringLiteral("api test")};
        QCOMPARE(NodeProcess::initDevnet(dir_.filePath(QStringLiteral("again")), seed),
                 chainIdHex_);
        QVERIFY(NodeProcess::initDevnet(dir_.filePath(QStringLiteral("other")),
                                        {QStringLiteral("--seed"), QStringLiteral("another")}) !=
                chainIdHex_);
    }

    // --registrars puts more registrar keys in the genesis and the directory; devnet.json
    // carries the listen address.
    void registrarsAndConfig()
    {
        const QString dir = dir_.filePath(QStringLiteral("three-registrars"));
        QVERIFY(!NodeProcess::initDevnet(
                     dir, {QStringLiteral("--registrars"), QStringLiteral("3"),
                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:18999")})
                     .isEmpty());
        const auto devnet = node::loadDevnet(dir);
        QVERIFY(devnet);
        QCOMPARE(devnet->genesis.registrars().size(), 3u);
        QCOMPARE(devnet->otherRegistrars.size(), 2u);
        QCOMPARE(devnet->genesis.registrars()[2].key, devnet->otherRegistrars[1].publicKey());
        QCOMPARE(node::loadDevnetConfig(dir)->listen, QStringLiteral("127.0.0.1:18999"));
        QFile config(QDir(dir).filePath(QStringLiteral("devnet.json")));
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write("{\"listen\": 8641}");
        config.close();
        const auto bad = node::loadDevnetConfig(dir);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message().contains(u"listen"), qPrintable(bad.error().message()));
    }

    void genesisIsTheTrustAnchor()
    {
        const Reply r = request(QStringLiteral("/v1/genesis"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/cbor"));
        QCOMPARE(toHex(crypto::hash(HashAlg::Sha256, r.body)), chainIdHex_);
        const auto genesis = chain::Genesis::decode(r.body);
        QVERIFY(genesis.ok());
        QCOMPARE(genesis->validators().size(), std::size_t{4});

        const auto status = cbor::decode(request(QStringLiteral("/v1/status")).body);
        QVERIFY(status.ok());
        QCOMPARE(toHex(status->find(3)->byteString()), chainIdHex_);
        QVERIFY(status->find(4)->toText().endsWith(u" node"));
    }

    void submittedRecordsAreServedVerifiably()
    {
        // The devnet's registrar registers a battery, which then sends three batches.
        const auto devnet = node::loadDevnet(dir_.filePath(QStringLiteral("devnet")));
        QVERIFY(devnet.ok());
        const PrivateKey battery = *PrivateKey::fromSeed(crypto::SigAlg::Ed25519, "battery");
        const QByteArray device(16, '\x42');
        std::vector<QByteArray> submission = {pp::test::registration(
            devnet->registrar, 0, device, battery.publicKey(), records::AssetClass::Battery)};
        for (std::uint64_t seq = 0; seq < 3; ++seq)
            submission.push_back(pp::test::batteryBatch(device, battery, seq));
        submission.push_back(submission.back());  // a replay: refused with its reason
        const QByteArray body = pp::test::submission(submission);
        const Reply posted = request(QStringLiteral("/v1/records"), &body);
        QCOMPARE(posted.status, 200);
        const auto answers = cbor::decode(posted.body);
        QVERIFY(answers.ok());
        QCOMPARE(answers->size(), std::size_t{5});
        for (int i = 0; i < 4; ++i)
            QCOMPARE(answers->at(i).at(0).toUInt64(), std::uint64_t{0});
        QCOMPARE(answers->at(4).at(0).toUInt64(), std::uint64_t{5});  // bad sequence
        QVERIFY(answers->at(4).at(1).toText().contains(u"seq 2"));

        // Find the block that holds them and check it as a light node would.
        const std::uint64_t start = tipHeight();
        waitForHeight(start + 2);
        const std::uint64_t tip = tipHeight();
        const Reply headers = request(QStringLiteral("/v1/headers?from=0&count=%1").arg(tip + 1));
        QCOMPARE(headers.contentType, QByteArray("application/octet-stream"));
        QCOMPARE(headers.body.size(), static_cast<qsizetype>(214 * (tip + 1)));
        std::vector<chain::Header> chainHeaders;
        std::vector<Digest> hashes;
        for (std::uint64_t h = 0; h <= tip; ++h) {
            chainHeaders.push_back(
                *chain::Header::decode(headers.body.mid(static_cast<qsizetype>(h) * 214, 214)));
            hashes.push_back(chainHeaders.back().hash(HashAlg::Sha256));
            if (h > 0)
                QVERIFY(chain::checkLink(chainHeaders[h - 1], hashes[h - 1], chainHeaders[h]).ok());
        }
        const auto genesis = *chain::Genesis::decode(request(QStringLiteral("/v1/genesis")).body);
        QCOMPARE(chainHeaders[0], genesis.blockZero());

        bool found = false;
        for (std::uint64_t h = 1; h <= tip; ++h) {
            const auto set = chain::ValidatorSet::decode(
                request(QStringLiteral("/v1/validators?height=%1").arg(h)).body, HashAlg::Sha256);
            QVERIFY(set.ok());
            const auto commit =
                chain::Commit::decode(request(QStringLiteral("/v1/commit?height=%1").arg(h)).body);
            QVERIFY(commit.ok());
            QVERIFY(chain::verifyCommit(*commit, chainHeaders[h], hashes[h], *set).ok());
            const auto blockRecords =
                cbor::decode(request(QStringLiteral("/v1/block/records?height=%1").arg(h)).body);
            merkle::MemoryTree tree(HashAlg::Sha256);
            for (const cbor::Value& r : blockRecords->items())
                tree.appendLeaf(r.byteString());
            QCOMPARE(tree.root(), chainHeaders[h].recordsRoot);
            if (blockRecords->size() == 4) {
                found = true;
                QCOMPARE(blockRecords->at(0).byteString(), submission[0]);
            }
        }
        QVERIFY(found);

        // History: every header is included in the tip's history tree, and the tree of an
        // earlier header is a prefix of the tip's.
        const merkle::TreeHasher hasher(HashAlg::Sha256);
        for (std::uint64_t k = 0; k < tip; ++k) {
            const auto proof = merkle::decodeProof(
                request(QStringLiteral("/v1/history/inclusion?index=%1&size=%2").arg(k).arg(tip))
                    .body);
            QVERIFY(proof.ok());
            QVERIFY(merkle::verifyInclusion(hasher, k, tip, hasher.leafHash(view(hashes[k])),
                                            *proof, chainHeaders[tip].historyRoot)
                        .ok());
        }
        const auto consistency = merkle::decodeProof(
            request(QStringLiteral("/v1/history/consistency?old=2&new=%1").arg(tip)).body);
        QVERIFY(merkle::verifyConsistency(hasher, 2, tip, chainHeaders[2].historyRoot,
                                          chainHeaders[tip].historyRoot, *consistency)
                    .ok());
    }

    void deviceAndRegistrationQueries()
    {
        // Runs after submittedRecordsAreServedVerifiably: device 4242... has seqs 0-2.
        const QString device =
            QString(32, u'4').replace(QStringLiteral("44"), QStringLiteral("42"));
        const auto headerAt = [&](std::uint64_t h) {
            return *chain::Header::decode(
                request(QStringLiteral("/v1/headers?from=%1&count=1").arg(h)).body);
        };
        const merkle::TreeHasher hasher(HashAlg::Sha256);
        const auto seqsOf = [&](const QString& query) {
            const auto entries =
                cbor::decode(request(QStringLiteral("/v1/records?device=") + device + query).body);
            std::vector<std::uint64_t> seqs;
            for (const cbor::Value& e : entries->items()) {
                const chain::Header header = headerAt(*e.at(0).toUInt64());
                const auto proof = merkle::decodeProof(cbor::encode(e.at(3)));
                const Status st = merkle::verifyInclusion(
                    hasher, *e.at(1).toUInt64(), header.recordCount,
                    hasher.leafHash(e.at(2).byteString()), *proof, header.recordsRoot);
                if (!st.ok())
                    qFatal("entry proof: %s", qPrintable(st.error().message()));
                seqs.push_back(
                    records::Record::parse(e.at(2).byteString(), HashAlg::Sha256)->body.seq);
            }
            return seqs;
        };
        using Seqs = std::vector<std::uint64_t>;
        QCOMPARE(seqsOf(QString()), (Seqs{0, 1, 2}));
        QCOMPARE(seqsOf(QStringLiteral("&limit=2")), (Seqs{0, 1}));
        QCOMPARE(seqsOf(QStringLiteral("&after=0")), (Seqs{1, 2}));
        QCOMPARE(seqsOf(QStringLiteral("&from=1767225660000")), (Seqs{1, 2}));
        QCOMPARE(seqsOf(QStringLiteral("&to=1767225660000")), (Seqs{0}));
        QCOMPARE(seqsOf(QStringLiteral("&after=18446744073709551615")), Seqs{});
        QCOMPARE(
            request(QStringLiteral("/v1/records?device=") + device + QStringLiteral("&limit=10001"))
                .status,
            400);
        QCOMPARE(request(QStringLiteral("/v1/records?device=zz")).status, 400);
        QCOMPARE(
            cbor::decode(request(QStringLiteral("/v1/records?device=") + QString(32, u'0')).body)
                ->size(),
            std::size_t{0});

        const auto regs = cbor::decode(request(QStringLiteral("/v1/registrations?after=0")).body);
        QCOMPARE(regs->size(), std::size_t{1});
        QCOMPARE(records::Record::parse(regs->at(0).at(2).byteString(), HashAlg::Sha256)->body.type,
                 records::RecordType::Registration);
        const std::uint64_t regHeight = *regs->at(0).at(0).toUInt64();
        QCOMPARE(
            cbor::decode(request(QStringLiteral("/v1/registrations?after=%1").arg(regHeight)).body)
                ->size(),
            std::size_t{0});
        // At and above 2^63 still after every height, not a negative number before them.
        for (const char* after : {"9223372036854775808", "18446744073709551615"})
            QCOMPARE(
                cbor::decode(
                    request(QStringLiteral("/v1/registrations?after=") + QLatin1String(after)).body)
                    ->size(),
                std::size_t{0});
        // No validator-set change on this devnet.
        QCOMPARE(request(QStringLiteral("/v1/validator-changes?from=0")).body, pp::test::hex("80"));
    }

    void errorsAreClearJson_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("from not a number") << QStringLiteral("/v1/headers?from=x&count=1") << 400
                                           << QStringLiteral("bad_parameter");
        QTest::newRow("negative from") << QStringLiteral("/v1/headers?from=-1&count=1") << 400
                                       << QStringLiteral("bad_parameter");
        QTest::newRow("count over 4096") << QStringLiteral("/v1/headers?from=0&count=4097") << 400
                                         << QStringLiteral("bad_parameter");
        QTest::newRow("missing height")
            << QStringLiteral("/v1/commit") << 400 << QStringLiteral("bad_parameter");
        QTest::newRow("commit beyond tip")
            << QStringLiteral("/v1/commit?height=99999999") << 404 << QStringLiteral("not_found");
        QTest::newRow("no commit at 0")
            << QStringLiteral("/v1/commit?height=0") << 404 << QStringLiteral("not_found");
        QTest::newRow("validators beyond tip") << QStringLiteral("/v1/validators?height=99999999")
                                               << 404 << QStringLiteral("not_found");
        QTest::newRow("index >= size") << QStringLiteral("/v1/history/inclusion?index=1&size=1")
                                       << 400 << QStringLiteral("bad_parameter");
        QTest::newRow("tree beyond tip")
            << QStringLiteral("/v1/history/inclusion?index=0&size=99999999") << 400
            << QStringLiteral("bad_parameter");
        QTest::newRow("shrinking") << QStringLiteral("/v1/history/consistency?old=2&new=1") << 400
                                   << QStringLiteral("bad_parameter");
        QTest::newRow("records beyond tip") << QStringLiteral("/v1/block/records?height=99999999")
                                            << 404 << QStringLiteral("not_found");
    }
    void errorsAreClearJson()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, error);
        const Reply r = request(path);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json().value(u"error").toString(), error);
        QVERIFY(!r.json().value(u"message").toString().isEmpty());
    }

    void validatorRotation()
    {
        QProcess rotate;
        rotate.start(
            QStringLiteral(POWERPROOF_NODE),
            {QStringLiteral("validators"), QStringLiteral("rotate"),
             dir_.filePath(QStringLiteral("devnet")), QStringLiteral("--add"), QStringLiteral("1"),
             QStringLiteral("--alg"), QStringLiteral("p256"), QStringLiteral("--remove"),
             QStringLiteral("0"), QStringLiteral("--power"), QStringLiteral("1=30")});
        QVERIFY(rotate.waitForFinished(60000));
        QCOMPARE(rotate.exitCode(), 0);
        const QString newHash = QString::fromUtf8(rotate.readLine()).trimmed();

        QTRY_VERIFY_WITH_TIMEOUT(
            cbor::decode(request(QStringLiteral("/v1/validator-changes?from=0")).body)->size() == 1,
            20000);
        const std::uint64_t c =
            *cbor::decode(request(QStringLiteral("/v1/validator-changes?from=0")).body)
                 ->at(0)
                 .toUInt64();
        // Spec §9.1: header c-1, valid under the old set, announces the set that signs c.
        const auto headerAt = [&](std::uint64_t h) {
            return *chain::Header::decode(
                request(QStringLiteral("/v1/headers?from=%1&count=1").arg(h)).body);
        };
        const chain::Header before = headerAt(c - 1), at = headerAt(c);
        const auto oldSet = chain::ValidatorSet::decode(
            request(QStringLiteral("/v1/validators?height=%1").arg(c - 1)).body, HashAlg::Sha256);
        const auto newSet = chain::ValidatorSet::decode(
            request(QStringLiteral("/v1/validators?height=%1").arg(c)).body, HashAlg::Sha256);
        QVERIFY(oldSet.ok() && newSet.ok());
        QCOMPARE(toHex(newSet->hash()), newHash);
        QCOMPARE(before.nextValidatorsHash, newSet->hash());
        QCOMPARE(at.validatorsHash, newSet->hash());
        QCOMPARE(newSet->size(), std::size_t{4});
        QCOMPARE(newSet->at(0).power, std::uint64_t{30});
        QCOMPARE(newSet->at(3).key.alg(), crypto::SigAlg::Es256);
        const auto commitAt = [&](std::uint64_t h) {
            return *chain::Commit::decode(
                request(QStringLiteral("/v1/commit?height=%1").arg(h)).body);
        };
        QVERIFY(chain::verifyCommit(commitAt(c - 1), before, before.hash(HashAlg::Sha256), *oldSet)
                    .ok());
        QVERIFY(chain::verifyCommit(commitAt(c), at, at.hash(HashAlg::Sha256), *newSet).ok());
        QVERIFY(!chain::verifyCommit(commitAt(c), at, at.hash(HashAlg::Sha256), *oldSet).ok());
    }

    void timeStampsVerifyWithOpenSsl()
    {
        // An auditor's round trip with the standard tool: openssl makes the query, the
        // node answers, openssl verifies the reply against the devnet's root CA.
        const auto openssl = [&](const QStringList& args) {
            QProcess p;
            p.start(QStringLiteral("openssl"), args);
            p.waitForFinished(60000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() +
                                                             p.readAllStandardError())};
        };
        const QString data = dir_.filePath(QStringLiteral("evidence.txt"));
        const QString query = dir_.filePath(QStringLiteral("q.tsq"));
        const QString reply = dir_.filePath(QStringLiteral("r.tsr"));
        QFile f(data);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("battery 42: cycle counter evidence\n");
        f.close();
        QCOMPARE(openssl({QStringLiteral("ts"), QStringLiteral("-query"), QStringLiteral("-data"),
                          data, QStringLiteral("-sha256"), QStringLiteral("-cert"),
                          QStringLiteral("-out"), query})
                     .first,
                 0);
        const Reply r = http_.post(QStringLiteral("/v1/tsa"), pp::test::readFile(query),
                                   QStringLiteral("application/timestamp-query"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/timestamp-reply"));
        QFile out(reply);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(r.body);
        out.close();
        const QString root = dir_.filePath(QStringLiteral("devnet/ca/root.pem"));
        const auto verified =
            openssl({QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-in"), reply,
                     QStringLiteral("-data"), data, QStringLiteral("-CAfile"), root});
        QVERIFY2(verified.first == 0 && verified.second.contains(u"Verification: OK"),
                 qPrintable(verified.second));
        // The same token does not vouch for other data.
        QVERIFY(f.open(QIODevice::Append));
        f.write("tampered");
        f.close();
        QVERIFY(openssl({QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-in"),
                         reply, QStringLiteral("-data"), data, QStringLiteral("-CAfile"), root})
                    .first != 0);

        // A malformed query gets an RFC 3161 rejection, not a transport error.
        const Reply rejected = http_.post(QStringLiteral("/v1/tsa"), "garbage",
                                          QStringLiteral("application/timestamp-query"));
        QCOMPARE(rejected.status, 200);
        QFile bad(reply);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(rejected.body);
        bad.close();
        QVERIFY(openssl({QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-in"),
                         reply, QStringLiteral("-text")})
                    .second.contains(u"Rejected"));
        QCOMPARE(http_.post(QStringLiteral("/v1/tsa"), pp::test::readFile(query)).status, 415);
    }

    // Connections beyond --max-connections are answered 503 "busy" at once, and served
    // again as soon as the others close.
    void connectionsAreBounded()
    {
        NodeProcess limited;
        const QString base =
            limited.start(dir_.filePath(QStringLiteral("again")),
                          {QStringLiteral("--max-connections"), QStringLiteral("3")});
        QVERIFY(!base.isEmpty());
        const QUrl url(base);
        auto held = connectSilently(url, 3);
        QCOMPARE(held.size(), std::size_t{3});
        QTcpSocket extra;
        extra.connectToHost(url.host(), static_cast<quint16>(url.port()));
        QVERIFY(extra.waitForConnected(5000));
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += extra.readAll()).contains("\r\n\r\n{"), 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.constData());
        QVERIFY(answer.contains(R"("error":"busy")"));
        held.clear();  // the held connections close: the node serves again
        pp::test::HttpClient http;
        http.setBase(base);
        QTRY_COMPARE_WITH_TIMEOUT(http.get(QStringLiteral("/v1/status")).status, 200, 5000);
        QCOMPARE(limited.terminate(), 0);
    }

    // Issue 26, point 2: idle and slow clients give their slots back in time, so that a
    // few sockets held open cannot lock everyone out.
    void idleAndSlowClientsAreClosed()
    {
        NodeProcess guarded;
        const QString base =
            guarded.start(dir_.filePath(QStringLiteral("again")),
                          {QStringLiteral("--max-connections"), QStringLiteral("3"),
                           QStringLiteral("--request-timeout-ms"), QStringLiteral("1000")});
        QVERIFY(!base.isEmpty());
        const QUrl url(base);
        auto held = connectSilently(url, 3);
        QCOMPARE(held.size(), std::size_t{3});
        // Held and silent, the node closes them; then it serves again, with nobody having
        // closed anything on this side.
        for (auto& s : held)
            QTRY_VERIFY_WITH_TIMEOUT(s->state() == QAbstractSocket::UnconnectedState, 60'000);
        pp::test::HttpClient http;
        http.setBase(base);
        QTRY_COMPARE_WITH_TIMEOUT(http.get(QStringLiteral("/v1/status")).status, 200, 10'000);

        // A client that sends a request a byte at a time is closed too, answerless.
        QTcpSocket slow;
        slow.connectToHost(url.host(), static_cast<quint16>(url.port()));
        QVERIFY(slow.waitForConnected(5000));
        slow.write("GET /v1/status HTTP/1.1\r\nHost: node\r\n");
        QElapsedTimer clock;
        clock.start();
        while (slow.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 60'000) {
            slow.write("X");
            QTest::qWait(100);
        }
        QCOMPARE(slow.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(!slow.readAll().contains("200 OK"));
        QCOMPARE(guarded.terminate(), 0);
    }

    // Issue 26, point 3: an upload larger than a submission is refused before it is read,
    // whether it declares its length or streams without one; the node's memory stays put.
    void oversizedUploadsAreRefusedBeforeTheyAreRead()
    {
        const QUrl url(http_.base());
        QTcpSocket declared;
        declared.connectToHost(url.host(), static_cast<quint16>(url.port()));
        QVERIFY(declared.waitForConnected(5000));
        declared.write(
            "POST /v1/records HTTP/1.1\r\nHost: node\r\nContent-Type: "
            "application/cbor\r\nContent-Length: 1073741824\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += declared.readAll()).contains("\r\n\r\n{"), 10'000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains(R"("error":"too-large")"));

        const qint64 before = peakMemoryKb(node_.pid());
        QVERIFY(before > 0);
        QTcpSocket streamed;
        streamed.connectToHost(url.host(), static_cast<quint16>(url.port()));
        QVERIFY(streamed.waitForConnected(5000));
        streamed.write(
            "POST /v1/records HTTP/1.1\r\nHost: node\r\nContent-Type: "
            "application/cbor\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk =
            QByteArray::number(1 << 20, 16) + "\r\n" + QByteArray(1 << 20, 'x') + "\r\n";
        qint64 sent = 0;
        for (int i = 0; i < 256 && streamed.state() == QAbstractSocket::ConnectedState; ++i) {
            streamed.write(chunk);
            while (streamed.bytesToWrite() > 0 &&
                   streamed.state() == QAbstractSocket::ConnectedState)
                streamed.waitForBytesWritten(1000);
            sent += chunk.size();
        }
        QTRY_COMPARE_WITH_TIMEOUT(streamed.state(), QAbstractSocket::UnconnectedState, 30'000);
        QVERIFY2(sent < qint64{64} << 20, qPrintable(QString::number(sent)));
        const qint64 grown = peakMemoryKb(node_.pid()) - before;
#if defined(__SANITIZE_THREAD__)
        // ThreadSanitizer keeps several bytes of shadow for each byte the node touches.
        constexpr qint64 kShadowFactor = 5;
#else
        constexpr qint64 kShadowFactor = 1;
#endif
        QVERIFY2(grown < kShadowFactor * 128 * 1024,
                 qPrintable(QStringLiteral("%1 kB").arg(grown)));
        QCOMPARE(http_.get(QStringLiteral("/v1/status")).status, 200);
    }

    void badSubmissions()
    {
        const QByteArray notCbor = "hello";
        QCOMPARE(request(QStringLiteral("/v1/records"), &notCbor).json().value(u"error").toString(),
                 u"bad_body");
        const QByteArray notArray = pp::test::hex("a0");
        QCOMPARE(request(QStringLiteral("/v1/records"), &notArray).status, 400);
        const QByteArray notBytes = pp::test::hex("8101");
        const auto answer = cbor::decode(request(QStringLiteral("/v1/records"), &notBytes).body);
        QCOMPARE(answer->at(0).at(0).toUInt64(), std::uint64_t{1});
        QCOMPARE(request(QStringLiteral("/v1/headers?from=0&count=1")).status,
                 200);  // still serving
        QCOMPARE(request(QStringLiteral("/v1/nothing-here")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestNodeApi)
#include "tst_node_api.moc"
