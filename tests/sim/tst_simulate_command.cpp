// `powerproof-node simulate` end to end, as a process against a real devnet directory:
// everything it writes is admitted by the ledger under spec §8 (the simulation itself
// fails on any answer it did not expect), the misconduct it was told to stage is on the
// chain, the same seed gives the same tip, a kill -9 mid-run resumes to that same tip, and
// --live posts to a running node over HTTP.

#include "cbor/decoder.h"
#include "node/node_store.h"
#include "records/record.h"
#include "support/http_client.h"
#include "support/node_process.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;
using pp::test::HttpClient;
using pp::test::NodeProcess;

namespace {

const QStringList kFleet = {QStringLiteral("--pv"),        QStringLiteral("3"),
                            QStringLiteral("--batteries"), QStringLiteral("4"),
                            QStringLiteral("--vehicles"),  QStringLiteral("2"),
                            QStringLiteral("--seed"),      QStringLiteral("simulate-test")};

QStringList fleetFor(int days)
{
    return QStringList{QStringLiteral("simulate")} + QStringList{} + kFleet +
           QStringList{QStringLiteral("--days"), QString::number(days)};
}

// Runs `powerproof-node simulate DIR ...` to the end; returns its exit code.
int simulate(const QString& dir, const QStringList& args, QByteArray* output = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(POWERPROOF_NODE), QStringList{args.first(), dir} + args.mid(1));
    if (!p.waitForFinished(300'000))
        return -1;
    if (output)
        *output = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

struct Tip
{
    std::uint64_t height = 0;
    QString hash;
};

// Reads DIR's chain tip into *tip; false, with the reason in the test log, when the store
// cannot be read or holds no block yet.
[[nodiscard]] bool readTip(const QString& dir, Tip* tip)
{
    auto store = node::NodeStore::open(QDir(dir).filePath(QStringLiteral("node.db")));
    if (!store) {
        qWarning("%s: %s", qPrintable(dir), qPrintable(store.error().message()));
        return false;
    }
    const auto height = store->tipHeight();
    if (!height || !*height) {
        qWarning("%s: %s", qPrintable(dir),
                 height ? "no block yet" : qPrintable(height.error().message()));
        return false;
    }
    const auto hash = store->headerHash(**height);
    if (!hash) {
        qWarning("%s: %s", qPrintable(dir), qPrintable(hash.error().message()));
        return false;
    }
    *tip = {**height, toHex(*hash)};
    return true;
}

// Waits for P's next progress line ("simulated N of M days") on stderr; false when it
// ends first.
bool waitForProgress(QProcess& p)
{
    p.setReadChannel(QProcess::StandardError);
    const QDeadlineTimer deadline(300'000);
    while (!deadline.hasExpired()) {
        while (p.canReadLine())
            if (p.readLine().contains("simulated "))
                return true;
        if (p.state() == QProcess::NotRunning)
            return false;
        p.waitForReadyRead(1000);
    }
    return false;
}

QJsonArray truthOf(const QString& dir)
{
    QFile f(QDir(dir).filePath(QStringLiteral("ground-truth.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(u"devices").toArray();
}

QJsonObject withMisconduct(const QJsonArray& devices, QStringView kind)
{
    for (const QJsonValue& d : devices)
        for (const QJsonValue& m : d.toObject().value(u"misconduct").toArray())
            if (m.toObject().value(u"kind").toString() == kind)
                return d.toObject();
    return {};
}

}  // namespace

class TestSimulateCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp_;
    QString reference_;  // an uninterrupted 12-day run

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        reference_ = tmp_.filePath(QStringLiteral("reference"));
        QVERIFY(!NodeProcess::initDevnet(reference_).isEmpty());
        QByteArray output;
        QCOMPARE(simulate(reference_, fleetFor(12), &output), 0);
        QVERIFY2(output.contains("history:"), output.constData());
    }

    void oneBlockPerHourAfterTheRegistrations()
    {
        Tip tip;
        QVERIFY(readTip(reference_, &tip));
        QCOMPARE(tip.height, 1u + 12 * 24);
        auto store = node::NodeStore::open(QDir(reference_).filePath(QStringLiteral("node.db")));
        QVERIFY(store);
        const auto regs = store->registrations(0, 1000);
        QVERIFY(regs);
        QCOMPARE(regs->size(), 9u + 1);  // nine devices, one revocation
        // Blocks close a minute after their hour: times follow the data.
        const auto first = store->header(2), last = store->header(1 + 12 * 24);
        QCOMPARE(first->timeMs, 1735660800000ULL + 3'600'000 + 60'000);
        QCOMPARE(last->timeMs - first->timeMs, (12 * 24 - 1) * 3'600'000ULL);
    }

    void misconductIsOnTheChainAsTheGroundTruthSays()
    {
        const QJsonArray devices = truthOf(reference_);
        QCOMPARE(devices.size(), 9);
        auto store = node::NodeStore::open(QDir(reference_).filePath(QStringLiteral("node.db")));
        QVERIFY(store);
        // The lossy device's seqs skip exactly the records it lost.
        const QJsonObject lossy = withMisconduct(devices, u"lost_records");
        QVERIFY(!lossy.isEmpty());
        const auto id = fromHex(lossy.value(u"device_id").toString());
        const auto refs = store->deviceRecords(*id, 0, UINT64_MAX, -1, 100'000);
        QVERIFY(refs && refs->size() > 100);
        std::uint64_t gaps = 0, expected = 0;
        for (const node::RecordRef& r : *refs) {
            const auto record = records::Record::parse(r.bytes, crypto::HashAlg::Sha256);
            QVERIFY(record);
            gaps += record->body.seq - expected;
            expected = record->body.seq + 1;
        }
        QVERIFY(gaps >= 3 && gaps <= 9);
        // The revoked device has nothing on the chain after its revocation.
        const QJsonObject revoked = withMisconduct(devices, u"key_revoked");
        QVERIFY(!revoked.isEmpty());
        std::uint64_t revokedAt = 0;
        for (const QJsonValue& m : revoked.value(u"misconduct").toArray())
            revokedAt = static_cast<std::uint64_t>(m.toObject().value(u"from_ms").toDouble());
        const auto revokedId = fromHex(revoked.value(u"device_id").toString());
        QVERIFY(store->deviceRecords(*revokedId, 0, revokedAt - 3'600'000, -1, 100'000)->size() >
                10);
        QVERIFY(store->deviceRecords(*revokedId, revokedAt, UINT64_MAX, -1, 100'000)->empty());
        QVERIFY(!withMisconduct(devices, u"replayed_seq").isEmpty());
        QVERIFY(!withMisconduct(devices, u"pv_above_capacity").isEmpty());
        QVERIFY(!withMisconduct(devices, u"battery_cycle_counter_reset").isEmpty());
        QVERIFY(!withMisconduct(devices, u"battery_soh_overstated").isEmpty());
        QVERIFY(!withMisconduct(devices, u"vehicle_odometer_rollback").isEmpty());
    }

    void sameSeedSameTip()
    {
        const QString dir = tmp_.filePath(QStringLiteral("again"));
        QVERIFY(!NodeProcess::initDevnet(dir).isEmpty());
        QCOMPARE(simulate(dir, fleetFor(12)), 0);
        Tip tip, reference;
        QVERIFY(readTip(dir, &tip));
        QVERIFY(readTip(reference_, &reference));
        QCOMPARE(tip.hash, reference.hash);
        // Another seed is another fleet.
        const QString other = tmp_.filePath(QStringLiteral("other"));
        QVERIFY(!NodeProcess::initDevnet(other).isEmpty());
        QStringList args = fleetFor(12);
        args[args.indexOf(QStringLiteral("simulate-test"))] = QStringLiteral("another");
        QCOMPARE(simulate(other, args), 0);
        QVERIFY(readTip(other, &tip));
        QVERIFY(tip.hash != reference.hash);
    }

    // kill -9 in the middle of a run, twice: the store reopens, the node serves it, and
    // simulate resumes to the tip of the uninterrupted run. The kills follow the progress
    // the simulation prints (every 30 days), not a delay, so a slow start cannot move them.
    void killedRunResumesToTheSameTip()
    {
        // Progress lines at days 30 and 60; a third of the run is left after each.
        constexpr int days = 90;
        const QString uninterrupted = tmp_.filePath(QStringLiteral("uninterrupted"));
        QVERIFY(!NodeProcess::initDevnet(uninterrupted).isEmpty());
        QCOMPARE(simulate(uninterrupted, fleetFor(days)), 0);

        const QString dir = tmp_.filePath(QStringLiteral("killed"));
        QVERIFY(!NodeProcess::initDevnet(dir).isEmpty());
        std::uint64_t lastHeight = 0;
        for (int run = 0; run < 2; ++run) {
            QProcess p;
            p.start(QStringLiteral(POWERPROOF_NODE),
                    QStringList{QStringLiteral("simulate"), dir} + fleetFor(days).mid(1));
            QVERIFY(p.waitForStarted());
            QVERIFY2(waitForProgress(p), "ended before it printed its progress");
            p.kill();
            QVERIFY(p.waitForFinished());
            Tip partial;
            QVERIFY(readTip(dir, &partial));
            QVERIFY(partial.height < 1u + days * 24);
            QVERIFY(partial.height > lastHeight);
            lastHeight = partial.height;
        }
        NodeProcess node;  // a killed simulation leaves a chain the node opens and serves
        const QString url = node.start(dir);
        QVERIFY(!url.isEmpty());
        HttpClient http;
        http.setBase(url);
        QCOMPARE(http.get(QStringLiteral("/v1/status")).status, 200);
        // While the node runs, simulate refuses to write.
        QByteArray output;
        QCOMPARE(simulate(dir, fleetFor(days), &output), 1);
        QVERIFY2(output.contains("stop the node"), output.constData());
        QCOMPARE(node.terminate(), 0);

        QCOMPARE(simulate(dir, fleetFor(days), &output), 0);
        QVERIFY2(output.contains("already in the chain"), output.constData());
        Tip resumed, whole;
        QVERIFY(readTip(dir, &resumed));
        QVERIFY(readTip(uninterrupted, &whole));
        QCOMPARE(resumed.hash, whole.hash);
        // A different simulation is refused on a chain that holds this one.
        QStringList other = fleetFor(days);
        other[other.indexOf(QStringLiteral("simulate-test"))] = QStringLiteral("another");
        QCOMPARE(simulate(dir, other, &output), 1);
        QVERIFY2(output.contains("another simulation"), output.constData());
    }

    // --live after the history: hours of records posted to the running node, all accepted.
    void liveModePostsToARunningNode()
    {
        const QString dir = tmp_.filePath(QStringLiteral("again"));
        NodeProcess node;
        const QString url =
            node.start(dir, {QStringLiteral("--block-interval-ms"), QStringLiteral("100")});
        QVERIFY(!url.isEmpty());
        Tip before, after;
        QVERIFY(readTip(dir, &before));
        QStringList args = fleetFor(12);
        args << QStringLiteral("--live") << QStringLiteral("--node") << url
             << QStringLiteral("--speed") << QStringLiteral("36000")
             << QStringLiteral("--live-hours") << QStringLiteral("2");
        QByteArray output;
        const int status = simulate(dir, args, &output);
        QVERIFY2(status == 0, QByteArray(QByteArray::number(status) + ": " + output).constData());
        QCOMPARE(output.count("live: "), 3);  // the announcement and two hours
        QVERIFY2(output.contains(" 0 refused"), output.constData());
        QVERIFY2(!output.contains("accepted, 0 refused") || !output.contains("live: 0 accepted"),
                 output.constData());
        QTRY_VERIFY_WITH_TIMEOUT(readTip(dir, &after) && after.height > before.height, 10'000);
        QCOMPARE(node.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimulateCommand)
#include "tst_simulate_command.moc"
