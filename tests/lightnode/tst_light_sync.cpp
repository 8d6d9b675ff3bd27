// The light node (spec §9) end to end against real powerproof-node processes over
// loopback, with real SQLite workspaces: a simulated fleet synced and judged against the
// simulator's ground truth, both header modes, both profiles, validator rotations, a
// primary that omits one, every corruption switch of the node, an equivocating witness, a
// faulty witness, and a sync killed with SIGKILL and resumed.

#include "analytics/battery/battery_summaries.h"
#include "analytics/incidents.h"
#include "cbor/decoder.h"
#include "lightnode/light_client.h"
#include "lightnode/network_state.h"
#include "lightnode/sync_coverage.h"
#include "node/devnet.h"
#include "records/payload.h"
#include "records/record.h"
#include "store/sqlite.h"
#include "store/workspace.h"
#include "support/http_client.h"
#include "support/node_process.h"
#include "support/raw_http_server.h"
#include "support/record_factory.h"
#include "support/test_data.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace pp;
using pp::test::NodeProcess;
using Mode = lightnode::HeaderMode;

namespace {

// Blocks only from the simulation: the tip stays put while a test looks at it.
const QStringList kQuiet = {QStringLiteral("--block-interval-ms"), QStringLiteral("3600000")};

int runNode(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(POWERPROOF_NODE), args);
    if (!p.waitForFinished(300'000))
        return -1;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// A copy of a devnet directory, so that a second node (a witness, a liar) can serve the
// same chain while the first holds its lock.
QString copyOf(const QString& dir, const QString& to)
{
    QProcess cp;
    cp.start(QStringLiteral("cp"), {QStringLiteral("-r"), dir, to});
    cp.waitForFinished(60000);
    QFile::remove(QDir(to).filePath(QStringLiteral("node.lock")));
    return to;
}

// powerproof-cli's exit code (-1 if it crashed), with its stdout and stderr in `text`, or
// its stdout alone in `out` (JSON to parse).
int runCli(const QStringList& args, QString* text = nullptr, QByteArray* out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(POWERPROOF_CLI), args);
    p.waitForFinished(120000);
    const QByteArray stdoutBytes = p.readAllStandardOutput();
    if (text)
        *text = QString::fromUtf8(stdoutBytes + p.readAllStandardError());
    if (out)
        *out = stdoutBytes;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

Digest digestOf(const QString& hex)
{
    return *digestFromBytes(*fromHex(hex));
}

}  // namespace

class TestLightSync : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp_;
    QString devnet_;
    Digest chainId_{};
    QJsonArray truth_;
    NodeProcess honest_;
    QString url_;
    int dbs_ = 0;

    QString newDb() { return tmp_.filePath(QStringLiteral("ws%1.db").arg(++dbs_)); }

    lightnode::SyncReport sync(const QString& db, const QString& url,
                               const QStringList& witnesses = {}, Mode mode = Mode::Full,
                               std::optional<Digest> chainId = std::nullopt)
    {
        auto ws = store::Workspace::open(db);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message()));
        lightnode::SyncOptions o;
        o.node = url;
        o.witnesses = witnesses;
        o.chainId = chainId ? chainId : chainId_;
        o.headers = mode;
        o.http.attempts = 2;
        o.http.backoffMs = 50;
        return lightnode::sync(*ws, o);
    }

    static std::uint64_t records(const QString& db)
    {
        return *store::Workspace::open(db)->records().count();
    }

private slots:
    void initTestCase()
    {
        devnet_ = tmp_.filePath(QStringLiteral("devnet"));
        chainId_ = digestOf(NodeProcess::initDevnet(
            devnet_, {QStringLiteral("--seed"), QStringLiteral("light-sync")}));
        QCOMPARE(
            runNode({QStringLiteral("simulate"), devnet_, QStringLiteral("--pv"),
                     QStringLiteral("6"), QStringLiteral("--batteries"), QStringLiteral("6"),
                     QStringLiteral("--vehicles"), QStringLiteral("4"), QStringLiteral("--days"),
                     QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("light-sync")}),
            0);
        QFile truth(QDir(devnet_).filePath(QStringLiteral("ground-truth.json")));
        QVERIFY(truth.open(QIODevice::ReadOnly));
        truth_ = QJsonDocument::fromJson(truth.readAll()).object().value(u"devices").toArray();
        QVERIFY(truth_.size() == 16);
        url_ = honest_.start(devnet_, kQuiet);
        QVERIFY(!url_.isEmpty());
    }

    void everyDishonestDeviceIsFoundAndNoHonestOne()
    {
        const QString db = newDb();
        const lightnode::SyncReport r = sync(db, url_);
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message()) : "");
        QCOMPARE(r.outcome, lightnode::SyncOutcome::Synced);
        QVERIFY(r.tipHeight > 700);
        QCOMPARE(r.headersVerified, r.tipHeight + 1);  // blocks 0 to the tip, each once
        QVERIFY(r.records.verified > 10000);
        QCOMPARE(r.records.rejected, std::uint64_t{0});

        auto ws = store::Workspace::open(db);
        const auto devices = *ws->registrations().devices();
        QCOMPARE(devices.size(), std::size_t{16});
        // The fleet has inverters of both SunSpec families (issue 25): what follows holds
        // the float ones to the same no-false-findings rule.
        std::set<int> models;
        for (const store::DeviceRow& d : devices) {
            auto first = ws->records().ofDevice(d.deviceId, 0, UINT64_MAX, 1);
            if (d.assetClass != static_cast<int>(records::AssetClass::Pv) || first->empty())
                continue;
            const auto record =
                records::Record::parse(first->front().record, crypto::HashAlg::Sha256);
            models.insert(records::Payload::decode(record->body).blocks.front().model());
        }
        QVERIFY2(std::any_of(models.begin(), models.end(), [](int m) { return m >= 111; }) &&
                     std::any_of(models.begin(), models.end(), [](int m) { return m < 111; }),
                 "the fleet lacks a SunSpec family");
        for (const QJsonValue& v : truth_) {
            const QJsonObject d = v.toObject();
            const QByteArray id = *fromHex(d.value(u"device_id").toString());
            const auto findings = *ws->findings().list(id, {});
            const auto device = std::find_if(devices.begin(), devices.end(),
                                             [&](const auto& row) { return row.deviceId == id; });
            QVERIFY(device != devices.end());
            if (d.value(u"honest").toBool()) {
                QVERIFY2(
                    findings.empty(),
                    qPrintable(d.value(u"name").toString() + u": " +
                               (findings.empty() ? QString() : findings[0].message.english())));
                QVERIFY(device->records > 0);
                continue;
            }
            for (const QJsonValue& m : d.value(u"misconduct").toArray()) {
                const QString expected = m.toObject().value(u"expected_finding").toString();
                if (expected == u"REVOKED") {
                    QVERIFY2(device->revokedHeight.has_value(), "revocation not seen");
                } else if (test::expectsFinding(expected)) {
                    const bool found =
                        std::any_of(findings.begin(), findings.end(),
                                    [&](const auto& f) { return f.code == expected; });
                    QVERIFY2(found,
                             qPrintable(d.value(u"name").toString() + u" lacks " + expected));
                }
            }
        }

        // Incidents on the ground truth: each lie the chain holds gives an incident of its
        // code on its device, honest devices none, and they partition the findings.
        const auto all = *ws->findings().list({}, {});
        const auto incidents = analytics::groupIncidents(all, analytics::kIncidentGapMs);
        std::size_t grouped = 0;
        for (const analytics::Incident& i : incidents)
            grouped += i.findings.size();
        QCOMPARE(grouped, all.size());
        QVERIFY2(incidents.size() < all.size(), qPrintable(QString::number(incidents.size())));
        for (const QJsonValue& v : truth_) {
            const QJsonObject d = v.toObject();
            const QByteArray id = *fromHex(d.value(u"device_id").toString());
            const auto mine = std::count_if(incidents.begin(), incidents.end(),
                                            [&](const auto& i) { return i.deviceId == id; });
            if (d.value(u"honest").toBool()) {
                QCOMPARE(mine, 0);
                continue;
            }
            for (const QJsonValue& m : d.value(u"misconduct").toArray()) {
                const QString expected = m.toObject().value(u"expected_finding").toString();
                if (!test::expectsFinding(expected))
                    continue;
                QVERIFY2(std::any_of(
                             incidents.begin(), incidents.end(),
                             [&](const auto& i) { return i.deviceId == id && i.code == expected; }),
                         qPrintable(d.value(u"name").toString() + u": no incident " + expected));
            }
        }

        // A second sync finds nothing new and changes nothing.
        const auto before = *ws->findings().counts();
        const lightnode::SyncReport again = sync(db, url_);
        QCOMPARE(again.outcome, lightnode::SyncOutcome::Synced);
        QCOMPARE(again.records.verified, std::uint64_t{0});
        QCOMPARE(again.headersVerified, std::uint64_t{1});  // the tip, checked again
        QCOMPARE(again.findings, before);
        QCOMPARE(records(db), r.records.verified - 16 - 1);  // registrations, revocation
    }

    void tipOnlyModeHoldsTheSameRecords()
    {
        const QString full = newDb(), tip = newDb();
        QCOMPARE(sync(full, url_).outcome, lightnode::SyncOutcome::Synced);
        const lightnode::SyncReport r = sync(tip, url_, {}, Mode::TipOnly);
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message()) : "");
        QCOMPARE(records(tip), records(full));
        QCOMPARE(*store::Workspace::open(tip)->findings().counts(),
                 *store::Workspace::open(full)->findings().counts());
        // Tip mode keeps only the headers its records needed, never the whole chain.
        QVERIFY(!store::Workspace::open(tip)->chain().headersSynced()->has_value());
    }

    void aWrongChainIdIsRefused()
    {
        Digest other = chainId_;
        other[0] ^= 1;
        const QString db = newDb();
        const lightnode::SyncReport r = sync(db, url_, {}, Mode::Full, other);
        QCOMPARE(r.outcome, lightnode::SyncOutcome::InvalidData);
        QCOMPARE(QByteArray(r.error->code()), QByteArray("lightnode.genesis"));
        QVERIFY(!store::Workspace::open(db)->chain().chainId()->has_value());
    }

    void corruptionIsRefusedAndNothingFalseStored_data()
    {
        QTest::addColumn<QString>("lie");
        QTest::newRow("headers") << QStringLiteral("--corrupt-headers");
        QTest::newRow("commits") << QStringLiteral("--corrupt-commits");
        QTest::newRow("records") << QStringLiteral("--corrupt-records");
        QTest::newRow("proofs") << QStringLiteral("--corrupt-proofs");
        QTest::newRow("order") << QStringLiteral("--misorder-records");
    }
    void corruptionIsRefusedAndNothingFalseStored()
    {
        QFETCH(QString, lie);
        const QString copy = copyOf(devnet_, tmp_.filePath(lie.mid(2)));
        NodeProcess liar;
        const QString url = liar.start(copy, kQuiet + QStringList{lie});
        QVERIFY(!url.isEmpty());
        const QString db = newDb();
        const lightnode::SyncReport r = sync(db, url);
        QCOMPARE(r.outcome, lightnode::SyncOutcome::InvalidData);
        QVERIFY(r.error);
        QCOMPARE(records(db), std::uint64_t{0});
        if (lie == u"--corrupt-records") {
            QVERIFY(r.records.rejected > 0);
            // The altered bytes are no longer the leaf the block committed to.
            QVERIFY(r.findings.count(QStringLiteral("PROOF_INVALID")));
        }
        if (lie == u"--misorder-records") {
            // Every record verifies; the order is the node's fault, not a device's.
            QCOMPARE(QByteArray(r.error->code()), QByteArray("lightnode.records-order"));
            QVERIFY(r.findings.empty());
        }

        // What an honest sync verified before stays as it was.
        const QString good = newDb();
        QCOMPARE(sync(good, url_).outcome, lightnode::SyncOutcome::Synced);
        const std::uint64_t held = records(good);
        const auto tip = (*store::Workspace::open(good)->chain().tip())->hash;
        QCOMPARE(sync(good, url).outcome == lightnode::SyncOutcome::Synced,
                 lie == u"--corrupt-records" || lie == u"--corrupt-proofs" ||
                     lie == u"--misorder-records");
        QCOMPARE(records(good), held);
        QCOMPARE((*store::Workspace::open(good)->chain().tip())->hash, tip);
    }

    void anEquivocatingWitnessIsAFork()
    {
        const QString copy = copyOf(devnet_, tmp_.filePath(QStringLiteral("equivocator")));
        NodeProcess witness;
        const QString url = witness.start(
            copy, kQuiet + QStringList{QStringLiteral("--equivocate-from"), QStringLiteral("600")});
        QVERIFY(!url.isEmpty());
        const QString db = newDb();
        const lightnode::SyncReport r = sync(db, url_, {url});
        QCOMPARE(r.outcome, lightnode::SyncOutcome::Fork);
        QVERIFY(r.fork);
        QCOMPARE(r.fork->height, r.tipHeight);
        QVERIFY(r.fork->hashA != r.fork->hashB);
        QVERIFY(!r.fork->doubleSigners.isEmpty());
        const auto stored = *store::Workspace::open(db)->network().fork();
        QVERIFY(stored);
        QCOMPARE(stored->hashB, r.fork->hashB);
        QCOMPARE(records(db), std::uint64_t{0});  // sync halted before any record
    }

    // Read commands open the workspace read-only: they never change its bytes (status used
    // to, on every run), and an empty file is not turned into a workspace (issue 26,
    // point 7).
    void readCommandsNeverWrite()
    {
        const QString db = newDb();
        QCOMPARE(sync(db, url_).outcome, lightnode::SyncOutcome::Synced);
        auto fileHash = [](const QString& path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly)
                       ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                       : QByteArray();
        };
        const QString device = QString::fromLatin1(
            store::Workspace::open(db)->registrations().devices()->front().deviceId.toHex());
        const QByteArray before = fileHash(db);
        QVERIFY(!before.isEmpty());
        for (const QStringList& args :
             {QStringList{QStringLiteral("status")}, QStringList{QStringLiteral("devices")},
              QStringList{QStringLiteral("findings")}, QStringList{QStringLiteral("incidents")},
              QStringList{QStringLiteral("records"), QStringLiteral("--device"), device}}) {
            QCOMPARE(runCli(args + QStringList{QStringLiteral("--db"), db}), 0);
            QVERIFY2(fileHash(db) == before, qPrintable(args.join(u' ')));
        }
        const QString empty = tmp_.filePath(QStringLiteral("empty.db"));
        QFile(empty).open(QIODevice::WriteOnly);
        QString text;
        QCOMPARE(runCli({QStringLiteral("status"), QStringLiteral("--db"), empty}, &text), 1);
        QVERIFY2(text.contains(u"not a PowerProof workspace"), qPrintable(text));
        QCOMPARE(QFileInfo(empty).size(), qint64{0});
    }

    // A witness that answers with bytes that are no status is faulty, with a finding, not
    // "unreachable" (issue 26, point 8); a closed port stays unreachable.
    void aWitnessTalkingNonsenseIsFaulty()
    {
        const test::RawHttpServer garbage(
            "HTTP/1.1 200 OK\r\nContent-Type: application/cbor\r\nContent-Length: 11\r\n"
            "Connection: close\r\n\r\nhello world");
        const lightnode::SyncReport r =
            sync(newDb(), url_, {garbage.url(), QStringLiteral("http://127.0.0.1:1")});
        QCOMPARE(r.outcome, lightnode::SyncOutcome::Synced);
        QCOMPARE(r.witnesses.size(), std::size_t{2});
        QCOMPARE(r.witnesses[0].status, QStringLiteral("faulty"));
        QVERIFY2(r.witnesses[0].detail.english().contains(u"does not verify or decode"),
                 qPrintable(r.witnesses[0].detail.english()));
        QCOMPARE(r.witnesses[1].status, QStringLiteral("unreachable"));
        QCOMPARE(r.findings.at(QStringLiteral("WITNESS_FAULTY")), std::uint64_t{1});
    }

    void aWitnessWithAnUnsignedHeaderIsFaulty()
    {
        const QString copy = copyOf(devnet_, tmp_.filePath(QStringLiteral("faulty")));
        NodeProcess witness;
        const QString url =
            witness.start(copy, kQuiet + QStringList{QStringLiteral("--corrupt-headers")});
        QVERIFY(!url.isEmpty());
        const lightnode::SyncReport r =
            sync(newDb(), url_, {url, QStringLiteral("http://127.0.0.1:1")});
        QCOMPARE(r.outcome, lightnode::SyncOutcome::Synced);
        QCOMPARE(r.witnesses.size(), std::size_t{2});
        QCOMPARE(r.witnesses[0].status, QStringLiteral("faulty"));
        QCOMPARE(r.witnesses[1].status, QStringLiteral("unreachable"));
        QCOMPARE(r.findings.at(QStringLiteral("WITNESS_FAULTY")), std::uint64_t{1});
    }

    void rotationsAndAnOmittedChange()
    {
        // A fresh chain that rotates twice, to a P-256 validator and then back to more
        // Ed25519 power.
        const QString dir = tmp_.filePath(QStringLiteral("rotating"));
        const Digest chainId = digestOf(
            NodeProcess::initDevnet(dir, {QStringLiteral("--seed"), QStringLiteral("rotate")}));
        NodeProcess node;
        QString url =
            node.start(dir, {QStringLiteral("--block-interval-ms"), QStringLiteral("100")});
        QVERIFY(!url.isEmpty());
        const QStringList rotations[] = {
            {QStringLiteral("--add"), QStringLiteral("1"), QStringLiteral("--alg"),
             QStringLiteral("p256"), QStringLiteral("--remove"), QStringLiteral("0")},
            {QStringLiteral("--power"), QStringLiteral("1=40")}};
        const QString early = newDb();
        QCOMPARE(sync(early, url, {}, Mode::Full, chainId).outcome, lightnode::SyncOutcome::Synced);
        for (const QStringList& args : rotations) {
            QCOMPARE(
                runNode(QStringList{QStringLiteral("validators"), QStringLiteral("rotate"), dir} +
                        args),
                0);
            QTest::qWait(1500);  // announced, then in force
        }
        // The workspace that synced before the rotations follows both.
        QCOMPARE(sync(early, url, {}, Mode::Full, chainId).outcome, lightnode::SyncOutcome::Synced);
        QVERIFY(store::Workspace::open(early)->chain().trustedSet()->first > 0);
        QCOMPARE(node.terminate(), 0);

        url = node.start(dir, kQuiet + QStringList{QStringLiteral("--omit-validator-changes")});
        const lightnode::SyncReport r = sync(newDb(), url, {}, Mode::Full, chainId);
        QCOMPARE(r.outcome, lightnode::SyncOutcome::InvalidData);
        QCOMPARE(QByteArray(r.error->code()), QByteArray("lightnode.omitted-change"));
        QVERIFY2(r.error->message().contains(u"validator change at height"),
                 qPrintable(r.error->message()));

        // An honest witness names the changes the primary kept quiet about.
        const QString copy = copyOf(dir, tmp_.filePath(QStringLiteral("rotating-witness")));
        NodeProcess witness;
        const QString witnessUrl = witness.start(copy, kQuiet);
        const lightnode::SyncReport recovered =
            sync(newDb(), url, {witnessUrl}, Mode::Full, chainId);
        QVERIFY2(!recovered.error, recovered.error ? qPrintable(recovered.error->message()) : "");
        QCOMPARE(recovered.outcome, lightnode::SyncOutcome::Synced);
    }

    void gmProfile()
    {
        const QString dir = tmp_.filePath(QStringLiteral("gm"));
        const Digest chainId = digestOf(
            NodeProcess::initDevnet(dir, {QStringLiteral("--profile"), QStringLiteral("gm"),
                                          QStringLiteral("--seed"), QStringLiteral("gm")}));
        QCOMPARE(runNode({QStringLiteral("simulate"), dir, QStringLiteral("--pv"),
                          QStringLiteral("3"), QStringLiteral("--batteries"), QStringLiteral("3"),
                          QStringLiteral("--vehicles"), QStringLiteral("3"),
                          QStringLiteral("--days"), QStringLiteral("3")}),
                 0);
        NodeProcess node;
        const QString url = node.start(dir, kQuiet);
        const lightnode::SyncReport r = sync(newDb(), url, {}, Mode::Full, chainId);
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message()) : "");
        QVERIFY(r.records.verified > 100);
    }

    void cliCommandsOverAWorkspace()
    {
        const QString db = newDb();
        auto cli = [&](const QStringList& args, QByteArray* out = nullptr) {
            QProcess p;
            p.start(QStringLiteral(POWERPROOF_CLI), args);
            p.waitForFinished(120000);
            if (out)
                *out = p.readAllStandardOutput();
            return p.exitCode();
        };
        QByteArray json;
        QCOMPARE(
            cli({QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--node"), url_,
                 QStringLiteral("--chain-id"), toHex(chainId_), QStringLiteral("--json")},
                &json),
            0);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        for (const char* key :
             {"chain_id", "tip_height", "tip_hash", "headers_verified", "records_verified",
              "records_rejected", "findings", "witnesses", "fork"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(u"chain_id").toString(), toHex(chainId_));
        QVERIFY(o.value(u"fork").isNull());
        QVERIFY(o.value(u"findings").toObject().value(u"IMPLAUSIBLE").toInt() > 0);

        QCOMPARE(
            cli({QStringLiteral("devices"), QStringLiteral("--db"), db, QStringLiteral("--json")},
                &json),
            0);
        const QJsonArray devices = QJsonDocument::fromJson(json).array();
        QCOMPARE(devices.size(), 16);
        const QString device = devices.at(0).toObject().value(u"device").toString();
        QCOMPARE(
            cli({QStringLiteral("records"), QStringLiteral("--db"), db, QStringLiteral("--device"),
                 device, QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--json")},
                &json),
            0);
        // The quantities of the first sample of the first record of `records --json`.
        const auto firstQuantities = [](const QByteArray& answer) {
            return QJsonDocument::fromJson(answer)
                .array()
                .at(0)
                .toObject()
                .value(u"samples")
                .toArray()
                .at(0)
                .toObject()
                .value(u"quantities")
                .toObject();
        };
        QCOMPARE(QJsonDocument::fromJson(json).array().size(), 2);
        QVERIFY(!firstQuantities(json).isEmpty());
        // The text shows a PV station's lifetime energy register whole, as the JSON holds it.
        const auto pv = std::find_if(devices.begin(), devices.end(), [](const QJsonValue& d) {
            return d.toObject().value(u"class").toString() == u"pv";
        });
        QVERIFY(pv != devices.end());
        const QString pvId = pv->toObject().value(u"device").toString();
        const QStringList firstRecord = {
            QStringLiteral("records"), QStringLiteral("--db"), db, QStringLiteral("--device"), pvId,
            QStringLiteral("--limit"), QStringLiteral("1")};
        QCOMPARE(cli(firstRecord + QStringList{QStringLiteral("--json")}, &json), 0);
        const double wh = firstQuantities(json).value(u"WH").toDouble();
        QVERIFY(wh > 1e6);
        QCOMPARE(cli(firstRecord, &json), 0);
        const auto shown =
            QRegularExpression(QStringLiteral("WH=([^W]+)Wh")).match(QString::fromUtf8(json));
        QVERIFY2(shown.hasMatch(), json.constData());
        QCOMPARE(shown.captured(1).toDouble(), wh);
        QCOMPARE(
            cli({QStringLiteral("findings"), QStringLiteral("--db"), db, QStringLiteral("--code"),
                 QStringLiteral("SEQ_GAP"), QStringLiteral("--json")},
                &json),
            0);
        QCOMPARE(QJsonDocument::fromJson(json).array().size(), 1);
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--db"), db}, &json), 0);
        QVERIFY(json.contains("tip"));
        // status accounts for every record sync verified: device records and registrations.
        QCOMPARE(
            cli({QStringLiteral("status"), QStringLiteral("--db"), db, QStringLiteral("--json")},
                &json),
            0);
        const QJsonObject status = QJsonDocument::fromJson(json).object();
        QVERIFY(status.value(u"registrations").toInt() >= 16);
        QCOMPARE(status.value(u"records").toInt() + status.value(u"registrations").toInt(),
                 o.value(u"records_verified").toInt());
        // Exit codes: 1 for usage (no --chain-id on a new workspace), 2 for a forged chain_id.
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--db"), newDb(),
                      QStringLiteral("--node"), url_}),
                 1);
        QCOMPARE(
            cli({QStringLiteral("sync"), QStringLiteral("--db"), newDb(), QStringLiteral("--node"),
                 url_, QStringLiteral("--chain-id"), QString(64, u'a')}),
            2);
    }

    void batteryHistoriesOverAWorkspace()
    {
        const QString db = newDb();
        const lightnode::SyncReport r = sync(db, url_);
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message()) : "");
        const QStringList onDb{QStringLiteral("--db"), db};
        QByteArray json;
        QString text;
        QString overReporting;     // the pack whose BMS resets its counter and SoH
        std::set<QString> abused;  // that one, the one that understates its fade, the cold one
        std::vector<QString> batteries;
        for (const QJsonValue& v : truth_) {
            const QJsonObject d = v.toObject();
            const QString cls = d.value(u"class").toString();
            const QString id = d.value(u"device_id").toString();
            if (cls == u"pv") {
                // A PV station has no battery history: exit 1, and the reason.
                QCOMPARE(
                    runCli(QStringList{QStringLiteral("battery"), QStringLiteral("--device"), id} +
                               onDb,
                           &text),
                    1);
                QVERIFY2(text.contains(u"PV system"), qPrintable(text));
                continue;
            }
            batteries.push_back(id);
            for (const QJsonValue& m : d.value(u"misconduct").toArray()) {
                const QString kind = m.toObject().value(u"kind").toString();
                if (kind == u"battery_cycle_counter_reset")
                    overReporting = id;
                if (kind == u"battery_cycle_counter_reset" || kind == u"battery_soh_overstated")
                    abused.insert(id);
            }
            const bool cold = !d.value(u"abuse").toArray().isEmpty();
            if (cold)
                abused.insert(id);
            QCOMPARE(runCli(QStringList{QStringLiteral("battery"), QStringLiteral("--device"), id,
                                        QStringLiteral("--json")} +
                                onDb,
                            nullptr, &json),
                     0);
            const QJsonObject h = QJsonDocument::fromJson(json).object();
            for (const char* key :
                 {"samples", "coverage", "throughput_ah", "throughput_kwh", "efc", "dod_histogram",
                  "c_rate", "temperature", "soh", "negative_events", "projection"})
                QVERIFY2(h.contains(QLatin1String(key)), key);
            QVERIFY(h.value(u"samples").toDouble() > 1000);
            QVERIFY(h.value(u"efc").toDouble() > 1);
            const QJsonArray dod = h.value(u"dod_histogram").toArray();
            QCOMPARE(dod.size(), 10);
            QCOMPARE(dod.at(9).toObject().value(u"to_pct").toInt(), 100);
            for (const char* key : {"minutes_above_45c", "minutes_below_0c",
                                    "minutes_charging_below_0c", "histogram"})
                QVERIFY2(h.value(u"temperature").toObject().contains(QLatin1String(key)), key);
            if (cold)  // charged in an unheated cabinet in a Beijing January
                QVERIFY(h.value(u"temperature")
                            .toObject()
                            .value(u"minutes_charging_below_0c")
                            .toDouble() > 60);
            const double share = h.value(u"coverage").toObject().value(u"share").toDouble();
            QVERIFY2(share > 0.1 && share <= 1.0, qPrintable(QString::number(share)));
            // What each negative event names is a record the workspace holds.
            for (const QJsonValue& e : h.value(u"negative_events").toArray()) {
                const QJsonObject at = e.toObject().value(u"record").toObject();
                auto ws = store::Workspace::openForReading(db);
                QVERIFY(ws->records()
                            .at(static_cast<std::uint64_t>(at.value(u"height").toDouble()),
                                static_cast<std::uint64_t>(at.value(u"index").toDouble()))
                            ->has_value());
            }
        }
        QVERIFY(!overReporting.isEmpty());
        QCOMPARE(batteries.size(), std::size_t{10});

        // A window without data: an empty history that says so, not zeros.
        QCOMPARE(runCli(QStringList{QStringLiteral("battery"), QStringLiteral("--device"),
                                    batteries.front(), QStringLiteral("--from"),
                                    QStringLiteral("2001-01-01"), QStringLiteral("--to"),
                                    QStringLiteral("2001-01-02"), QStringLiteral("--json")} +
                            onDb,
                        nullptr, &json),
                 0);
        const QJsonObject empty = QJsonDocument::fromJson(json).object();
        QCOMPARE(empty.value(u"empty").toBool(), true);
        QVERIFY(!empty.contains(u"efc"));

        // The exports: a PDF, and passport data under BatteryPass's names.
        const QString pdf = tmp_.filePath(QStringLiteral("battery.pdf"));
        const QString passport = tmp_.filePath(QStringLiteral("passport.json"));
        QCOMPARE(runCli(QStringList{QStringLiteral("battery"), QStringLiteral("--device"),
                                    overReporting, QStringLiteral("--pdf"), pdf,
                                    QStringLiteral("--passport"), passport} +
                        onDb),
                 0);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QFile passportFile(passport);
        QVERIFY(passportFile.open(QIODevice::ReadOnly));
        const QJsonObject condition = QJsonDocument::fromJson(passportFile.readAll())
                                          .object()
                                          .value(u"productCondition")
                                          .toObject();
        for (const char* key : {"capacityThroughput", "energyThroughput", "numberOfFullCycles",
                                "capacityFade", "negativeEvents", "temperatureInformation"})
            QVERIFY2(condition.contains(QLatin1String(key)), key);
        QCOMPARE(condition.value(u"stateOfHealthOverReported").toBool(), true);

        // The fleet, riskiest first: the simulator's three abused packs lead the packs, the
        // one whose BMS says it is new again first.
        QCOMPARE(runCli(QStringList{QStringLiteral("battery"), QStringLiteral("fleet"),
                                    QStringLiteral("--json")} +
                            onDb,
                        nullptr, &json),
                 0);
        const QJsonArray fleet = QJsonDocument::fromJson(json).array();
        QCOMPARE(fleet.size(), 10);
        double previous = 101;
        for (const QJsonValue& v : fleet) {
            const double risk = v.toObject().value(u"risk").toDouble();
            QVERIFY(risk <= previous);
            previous = risk;
        }
        const auto firstPack = std::find_if(fleet.begin(), fleet.end(), [](const QJsonValue& v) {
            return v.toObject().value(u"class").toString() == u"battery";
        });
        QCOMPARE(firstPack->toObject().value(u"device").toString(), overReporting);
        QVERIFY(firstPack->toObject().value(u"soh_over_reported").toBool());
        QCOMPARE(abused.size(), std::size_t{3});
        std::set<QString> topPacks;
        for (const QJsonValue& v : fleet) {
            if (v.toObject().value(u"class").toString() == u"battery" && topPacks.size() < 3)
                topPacks.insert(v.toObject().value(u"device").toString());
        }
        QCOMPARE(topPacks, abused);
    }

    // Issues 22 and 24: a sync keeps each battery's summary, which is what its records give;
    // valuation and the fleet ranking read it only while it describes the device's data,
    // and the full audit holds it against the records.
    void batterySummariesKeptAtSyncAreWhatTheRecordsGive()
    {
        const QString db = newDb();
        const lightnode::SyncReport r = sync(db, url_);
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message()) : "");
        {
            auto ws = store::Workspace::open(db);
            QVERIFY(ws.ok());
            auto kept = ws->batterySummaries().all();
            QVERIFY(kept.ok());
            QCOMPARE(kept->size(), std::size_t{10});  // 6 packs and 4 vans, no PV station
            for (const store::BatterySummaryRow& k : *kept) {
                auto history = analytics::loadBatteryHistory(*ws, k.deviceId, 0, UINT64_MAX);
                QVERIFY(history.ok());
                QVERIFY(!history->empty());
                QCOMPARE(k.summary, analytics::summaryToJson(analytics::summarize(*history)));
            }
            // A sync that brings nothing new summarises nothing again.
            auto again = analytics::keepBatterySummaries(*ws);
            QVERIFY(again.ok());
            QCOMPARE(*again, std::size_t{0});
        }
        const QStringList onDb{QStringLiteral("--db"), db};
        const auto answers = [&] {
            QByteArray valuation, fleet;
            [&] {
                QCOMPARE(
                    runCli(QStringList{QStringLiteral("valuate"), QStringLiteral("--json")} + onDb,
                           nullptr, &valuation),
                    0);
                QCOMPARE(runCli(QStringList{QStringLiteral("battery"), QStringLiteral("fleet"),
                                            QStringLiteral("--json")} +
                                    onDb,
                                nullptr, &fleet),
                         0);
            }();
            return std::pair(valuation, fleet);
        };
        const auto fromSummaries = answers();
        QVERIFY(!fromSummaries.first.isEmpty() && !fromSummaries.second.isEmpty());
        const auto edit = [&](const char* sql) {
            auto file = store::Database::open(db);
            QVERIFY(file.ok());
            QVERIFY2(file->exec(sql).ok(), sql);
        };
        // Without them, the same answers from the records.
        edit("DELETE FROM battery_summary");
        QCOMPARE(answers(), fromSummaries);
        auto ws = store::Workspace::open(db);
        QVERIFY(ws.ok());
        auto made = analytics::keepBatterySummaries(*ws);
        QVERIFY(made.ok());
        QCOMPARE(*made, std::size_t{10});
        // A summary changed behind the light node's back, with its basis left as it was, is
        // read (the ranking shows it) and the full audit names it.
        edit(
            "UPDATE battery_summary SET summary = "
            "replace(summary, '\"soh_over_reported\":false', '\"soh_over_reported\":true')");
        const auto doctored = answers();
        QVERIFY(doctored.second != fromSummaries.second);
        QByteArray json;
        QCOMPARE(
            runCli({QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("--json")},
                   nullptr, &json),
            2);
        const QJsonObject report = QJsonDocument::fromJson(json).object();
        QVERIFY(report.value(u"battery_summaries").toDouble() >= 10);
        QVERIFY(QString::fromUtf8(json).contains(QStringLiteral("battery summary ")));
        // One whose device has more records than it was made from is not read, nor is one
        // that does not parse: the records give the answer.
        edit("UPDATE battery_summary SET records = records - 1");
        QCOMPARE(answers(), fromSummaries);
        edit("UPDATE battery_summary SET summary = 'not json', records = records + 1");
        QCOMPARE(answers(), fromSummaries);
    }

    // Issue 24: every asset valued from the workspace; the dishonest stations' implausible
    // days are left out and the haircut shown, honest ones lose nothing; parameters come
    // from a file and a bad one names its key.
    void valuationOverAWorkspace()
    {
        const QString db = newDb();
        const lightnode::SyncReport r = sync(db, url_);
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message()) : "");
        const QStringList onDb{QStringLiteral("--db"), db};
        QByteArray json;
        QString text;
        QCOMPARE(runCli(QStringList{QStringLiteral("valuate"), QStringLiteral("--json")} + onDb,
                        &text, &json),
                 0);
        const QJsonArray all = QJsonDocument::fromJson(json).array();
        QCOMPARE(all.size(), truth_.size());
        std::map<QString, QJsonObject> byDevice;
        for (const QJsonValue& v : all)
            byDevice[v.toObject().value(u"device").toString()] = v.toObject();
        QString liar, honest, overReporting, cold;
        for (const QJsonValue& v : truth_) {
            const QJsonObject d = v.toObject();
            const QString id = d.value(u"device_id").toString();
            QVERIFY(byDevice.contains(id));
            const QJsonObject a = byDevice[id];
            for (const QJsonValue& m : d.value(u"misconduct").toArray()) {
                const QString kind = m.toObject().value(u"kind").toString();
                if (kind == u"pv_above_capacity" || kind == u"pv_night_generation")
                    liar = id;
                if (kind == u"battery_cycle_counter_reset")
                    overReporting = id;
            }
            if (!d.value(u"abuse").toArray().isEmpty())
                cold = id;
            if (d.value(u"class").toString() != u"pv") {
                QVERIFY(a.contains(u"storage"));
                continue;
            }
            for (const char* key :
                 {"capacity_dc_kw", "remaining_years", "energy", "years", "npv_cny", "irr",
                  "lcoe_cny_per_kwh", "settlement", "certificates", "co2_t"})
                QVERIFY2(a.contains(QLatin1String(key)), key);
            const QJsonObject e = a.value(u"energy").toObject();
            for (const char* key : {"verified_kwh", "plausible_kwh", "coverage", "p50_annual_kwh",
                                    "p90_annual_kwh", "sigma"})
                QVERIFY2(e.contains(QLatin1String(key)), key);
            QVERIFY(e.value(u"p90_annual_kwh").toDouble() < e.value(u"p50_annual_kwh").toDouble());
            QVERIFY(a.value(u"irr").isNull());  // no asking price
            QVERIFY(!a.value(u"years").toArray().isEmpty());
            for (const char* key : {"year", "energy_kwh", "revenue_cny", "opex_cny", "net_cny",
                                    "debt_service_cny", "dscr"})
                QVERIFY2(
                    a.value(u"years").toArray().first().toObject().contains(QLatin1String(key)),
                    key);
            const QJsonObject co2 = a.value(u"co2_t").toObject();
            QVERIFY(!co2.value(u"factor_name").toString().isEmpty());
            QVERIFY(co2.value(u"factor_year").toInt() >= 2019);
            const double excluded = e.value(u"excluded_kwh").toDouble();
            if (d.value(u"honest").toBool()) {
                QCOMPARE(excluded, 0.0);
                QCOMPARE(a.value(u"haircut_share").toDouble(), 0.0);
                if (e.value(u"verified_kwh").toDouble() > 0)
                    honest = id;
            }
        }
        QVERIFY(!liar.isEmpty() && !honest.isEmpty());
        // The station that lies: its inflated days are counted, left out, and shown.
        const QJsonObject lying = byDevice[liar];
        const QJsonObject le = lying.value(u"energy").toObject();
        QVERIFY(le.value(u"excluded_kwh").toDouble() > 0);
        QVERIFY(le.value(u"plausible_kwh").toDouble() < le.value(u"verified_kwh").toDouble());
        QVERIFY(lying.value(u"haircut_share").toDouble() > 0);
        QVERIFY(le.value(u"coverage").toDouble() < 1);
        double excludedInStatement = 0;
        for (const QJsonValue& m : lying.value(u"settlement").toArray())
            excludedInStatement += m.toObject().value(u"excluded_kwh").toDouble();
        QVERIFY(std::abs(excludedInStatement - le.value(u"excluded_kwh").toDouble()) < 1e-6);
        // A BMS that reset itself is valued on what its currents show; charging in the cold
        // is a haircut of its own.
        QCOMPARE(
            byDevice[overReporting].value(u"storage").toObject().value(u"soh_basis").toString(),
            QStringLiteral("estimated"));
        bool coldCut = false;
        for (const QJsonValue& h :
             byDevice[cold].value(u"storage").toObject().value(u"haircuts").toArray())
            coldCut = coldCut || h.toObject().value(u"term").toString() == u"cold_charging";
        QVERIFY(coldCut);

        // One device: one object. A price and a loan from a file give an IRR and DSCRs, P90's
        // below P50's.
        const QString params = tmp_.filePath(QStringLiteral("params.json"));
        const auto writeParams = [&](const QByteArray& content) {
            QFile f(params);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
        };
        writeParams(R"({"price_cny": 10000, "debt": {"principal_cny": 5000, "rate": 0.05,
                        "years": 5}, "tariff_cny_per_kwh": 0.45})");
        const QString pdf = tmp_.filePath(QStringLiteral("valuation.pdf"));
        QCOMPARE(runCli(QStringList{QStringLiteral("valuate"), QStringLiteral("--device"), honest,
                                    QStringLiteral("--params"), params, QStringLiteral("--json"),
                                    QStringLiteral("--pdf"), pdf} +
                            onDb,
                        &text, &json),
                 0);
        const QJsonObject one = QJsonDocument::fromJson(json).object();
        QCOMPARE(one.value(u"device").toString(), honest);
        QCOMPARE(one.value(u"tariff").toObject().value(u"cny_per_kwh").toDouble(), 0.45);
        QVERIFY(one.value(u"irr").isDouble());
        const QJsonObject dscr = one.value(u"dscr").toObject();
        QVERIFY(dscr.value(u"p50_min").isDouble());
        QVERIFY(dscr.value(u"p90_min").toDouble() < dscr.value(u"p50_min").toDouble());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");

        // A bad parameter is a usage error naming it, and no output.
        writeParams(R"({"discount_rate": -1.5})");
        QCOMPARE(runCli(QStringList{QStringLiteral("valuate"), QStringLiteral("--params"), params} +
                            onDb,
                        &text),
                 1);
        QVERIFY2(text.contains(u"discount_rate"), qPrintable(text));
        writeParams(R"({"discount": 0.05})");
        QCOMPARE(runCli(QStringList{QStringLiteral("valuate"), QStringLiteral("--params"), params} +
                            onDb,
                        &text),
                 1);
        QVERIFY2(text.contains(u"discount") && text.contains(u"unknown"), qPrintable(text));
    }

    // Usage mistakes are usage errors (exit 1, naming the option), never an empty success or
    // an "invalid" exit 2; a failed sync shows what the workspace holds, and a failed first
    // sync leaves no file behind (issue 26, point 8).
    void usageMistakesExitOneWithTheirReason()
    {
        const QString db = newDb();
        QCOMPARE(sync(db, url_).outcome, lightnode::SyncOutcome::Synced);
        const QString device = QString::fromLatin1(
            store::Workspace::open(db)->registrations().devices()->front().deviceId.toHex());
        QString text;
        const std::pair<QStringList, const char*> mistakes[] = {
            {{QStringLiteral("records"), QStringLiteral("--db"), db, QStringLiteral("--device"),
              QStringLiteral("abcd")},
             "not a device id"},
            {{QStringLiteral("records"), QStringLiteral("--db"), db, QStringLiteral("--device"),
              device, QStringLiteral("--from"), QStringLiteral("2025-02-01"),
              QStringLiteral("--to"), QStringLiteral("2025-01-01")},
             "--from must be before --to"},
            {{QStringLiteral("findings"), QStringLiteral("--db"), db, QStringLiteral("--code"),
              QStringLiteral("NOPE")},
             "not a finding code"},
            {{QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--node"),
              QStringLiteral("ht!tp:/nowhere")},
             "not a node URL"},
            {{QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--node"), url_,
              QStringLiteral("--timeout-ms"), QStringLiteral("0")},
             "--timeout-ms must be at least 1"},
        };
        for (const auto& [args, reason] : mistakes) {
            QCOMPARE(runCli(args, &text), 1);
            QVERIFY2(text.contains(QLatin1String(reason)),
                     qPrintable(args.join(u' ') + u": " + text));
        }
        // A node that is not there: exit 1, and the summary is the workspace's own chain.
        const auto tip = *store::Workspace::open(db)->chain().tip();
        QCOMPARE(runCli({QStringLiteral("sync"), QStringLiteral("--db"), db,
                         QStringLiteral("--node"), QStringLiteral("http://127.0.0.1:1"),
                         QStringLiteral("--timeout-ms"), QStringLiteral("2000")},
                        &text),
                 1);
        QVERIFY2(text.contains(toHex(chainId_)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("height %1").arg(tip->header.height)),
                 qPrintable(text));
        // The same as a first sync: no workspace file is left.
        const QString fresh = newDb();
        QCOMPARE(
            runCli({QStringLiteral("sync"), QStringLiteral("--db"), fresh, QStringLiteral("--node"),
                    QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--chain-id"),
                    toHex(chainId_), QStringLiteral("--timeout-ms"), QStringLiteral("2000")}),
            1);
        QVERIFY(!QFile::exists(fresh));
    }

    // Two writers into one workspace each pass every check and together count each page
    // twice: the second is refused, by name, and the first's work stands.
    void aSecondWriterIsRefused()
    {
        const QString db = newDb();
        QCOMPARE(sync(db, url_).outcome, lightnode::SyncOutcome::Synced);
        const auto counts = *store::Workspace::open(db)->findings().counts();
        const QStringList args = {QStringLiteral("sync"),
                                  QStringLiteral("--db"),
                                  db,
                                  QStringLiteral("--node"),
                                  url_,
                                  QStringLiteral("--chain-id"),
                                  toHex(chainId_)};
        {
            auto held = store::WriterLock::acquire(db);  // this process, a writer
            QVERIFY(held);
            QProcess cli;
            cli.start(QStringLiteral(POWERPROOF_CLI), args);
            QVERIFY(cli.waitForFinished(120'000));
            QCOMPARE(cli.exitCode(), 1);
            const QString err = QString::fromUtf8(cli.readAllStandardError());
            QVERIFY2(err.contains(QStringLiteral("in use by another writer")) &&
                         err.contains(QString::number(QCoreApplication::applicationPid())),
                     qPrintable(err));
            // And in this process: the lock is per holder, not per process.
            QCOMPARE(sync(db, url_).outcome, lightnode::SyncOutcome::Failed);
        }
        QCOMPARE(*store::Workspace::open(db)->findings().counts(), counts);
        QProcess cli;
        cli.start(QStringLiteral(POWERPROOF_CLI), args);
        QVERIFY(cli.waitForFinished(120'000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(*store::Workspace::open(db)->findings().counts(), counts);
    }

    // Killed mid-sync, a writer leaves its lock file behind; the next sync takes it over.
    void aKilledSyncResumesToTheSameResult()
    {
        const QString whole = newDb();
        QCOMPARE(sync(whole, url_).outcome, lightnode::SyncOutcome::Synced);
        const QString db = newDb();
        for (int killAfterMs : {150, 400}) {
            QProcess cli;
            cli.start(QStringLiteral(POWERPROOF_CLI),
                      {QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--node"),
                       url_, QStringLiteral("--chain-id"), toHex(chainId_)});
            QVERIFY(cli.waitForStarted());
            QTest::qWait(killAfterMs);
            cli.kill();
            cli.waitForFinished();
        }
        QCOMPARE(sync(db, url_).outcome, lightnode::SyncOutcome::Synced);
        QCOMPARE(records(db), records(whole));
        QCOMPARE(*store::Workspace::open(db)->findings().counts(),
                 *store::Workspace::open(whole)->findings().counts());
    }
    // Issue 26, point 4: a windowed sync is remembered. Status and the sync say what it
    // left out; a sync from earlier fetches the hole before what is held; a plain sync
    // then leaves the workspace as a plain sync alone would: the same records, findings
    // and daily summaries, and an audit that finds nothing to say.
    void windowedSyncsLeaveNoHoleBehind()
    {
        const QString whole = newDb();
        QCOMPARE(sync(whole, url_).outcome, lightnode::SyncOutcome::Synced);
        auto reference = store::Workspace::open(whole);
        QVERIFY(reference.ok());
        auto days = reference->daily().ofDevice();
        QVERIFY(days.ok() && !days->empty());
        const std::uint64_t firstDayMs = static_cast<std::uint64_t>(days->front().day) * 86'400'000;
        auto devices = reference->registrations().devices();
        QVERIFY(devices.ok());
        auto inWindow = [&](std::uint64_t from, std::uint64_t to) {
            std::uint64_t n = 0;
            for (const store::DeviceRow& d : *devices)
                n += reference->records().ofDevice(d.deviceId, from, to, UINT64_MAX)->size();
            return n;
        };
        const std::uint64_t day = 86'400'000;
        const std::uint64_t from = firstDayMs + 10 * day, to = firstDayMs + 15 * day;
        const QString db = newDb();
        auto windowed = [&](std::uint64_t fromMs, std::uint64_t toMs) {
            auto ws = store::Workspace::open(db);
            lightnode::SyncOptions o;
            o.node = url_;
            o.chainId = chainId_;
            o.fromMs = fromMs;
            o.toMs = toMs;
            return lightnode::sync(*ws, o);
        };
        auto iso = [](std::uint64_t ms) {
            return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC)
                .toString(Qt::ISODate);
        };
        QString text;
        QCOMPARE(
            runCli({QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--node"),
                    url_, QStringLiteral("--chain-id"), toHex(chainId_), QStringLiteral("--from"),
                    iso(from), QStringLiteral("--to"), iso(to)},
                   &text),
            0);
        QVERIFY2(text.contains(QStringLiteral("not synced")) &&
                     text.contains(QStringLiteral("before %1").arg(iso(from))),
                 qPrintable(text));
        lightnode::SyncReport r = windowed(from, to);  // again: nothing new, the same holes
        QCOMPARE(r.outcome, lightnode::SyncOutcome::Synced);
        QCOMPARE(r.records.verified, std::uint64_t{0});
        QCOMPARE(records(db), inWindow(from, to));
        QVERIFY(records(db) > 0 && records(db) < records(whole));
        // Every device with records in the window is said to lack the time around it.
        QVERIFY(!r.notSynced.empty());
        for (const lightnode::DeviceHoles& d : r.notSynced)
            QCOMPARE(d.holes, (std::vector<lightnode::CoverageHole>{
                                  {0, from, std::nullopt}, {to, UINT64_MAX, std::nullopt}}));
        {  // what the console's Network view shows
            auto ws = store::Workspace::open(db);
            auto network = lightnode::loadNetworkState(*ws);
            QVERIFY(network.ok());
            QCOMPARE(network->notSynced, r.notSynced);
        }
        QByteArray json;
        QCOMPARE(runCli({QStringLiteral("status"), QStringLiteral("--db"), db}, &text), 0);
        QVERIFY2(text.contains(QStringLiteral("not synced")), qPrintable(text));
        QCOMPARE(
            runCli({QStringLiteral("status"), QStringLiteral("--db"), db, QStringLiteral("--json")},
                   nullptr, &json),
            0);
        const QJsonArray notSynced =
            QJsonDocument::fromJson(json).object().value(u"not_synced").toArray();
        QCOMPARE(static_cast<std::size_t>(notSynced.size()), 2 * r.notSynced.size());

        // From five days earlier: the five days are fetched, though their seqs are below
        // those already held.
        r = windowed(from - 5 * day, to);
        QCOMPARE(r.outcome, lightnode::SyncOutcome::Synced);
        QCOMPARE(records(db), inWindow(from - 5 * day, to));
        QCOMPARE(r.records.filled, inWindow(from - 5 * day, from));
        QVERIFY(r.records.filled > 0);

        r = sync(db, url_);
        QCOMPARE(r.outcome, lightnode::SyncOutcome::Synced);
        QVERIFY(r.notSynced.empty());
        QCOMPARE(records(db), records(whole));
        auto ws = store::Workspace::open(db);
        QCOMPARE(*ws->findings().counts(), *reference->findings().counts());
        QCOMPARE(ws->daily().ofDevice()->size(), days->size());
        QCOMPARE(*ws->daily().ofDevice(), *days);
        QCOMPARE(*lightnode::uncoveredTime(*ws), std::vector<lightnode::DeviceHoles>{});
        QCOMPARE(runCli({QStringLiteral("status"), QStringLiteral("--db"), db}, &text), 0);
        QVERIFY2(!text.contains(QStringLiteral("not synced")), qPrintable(text));
        QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("--db"), db}, &text), 0);
    }

    // Issue 26, point 5: stored bytes are checked again. A clean workspace audits clean; a
    // record's signature byte, a header's byte, deleted findings and a doubled daily
    // register, each edited into the file, are each named, and the exit code says so.
    void anAuditFindsWhatWasEditedBehindItsBack()
    {
        const QString db = newDb();
        QCOMPARE(sync(db, url_).outcome, lightnode::SyncOutcome::Synced);
        const QStringList audit{QStringLiteral("audit"), QStringLiteral("--db"), db,
                                QStringLiteral("--json")};
        QByteArray json;
        QCOMPARE(runCli(audit, nullptr, &json), 0);
        QJsonObject report = QJsonDocument::fromJson(json).object();
        QCOMPARE(report.value(u"clean").toBool(), true);
        QCOMPARE(report.value(u"records").toDouble(), static_cast<double>(records(db)));
        QVERIFY(report.value(u"findings").toDouble() > 0);
        QVERIFY(report.value(u"daily_rows").toDouble() > 0);
        QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("--db"), db,
                         QStringLiteral("--quick")}),
                 0);
        {
            auto file = store::Database::open(db);
            QVERIFY(file.ok());
            for (const char* edit :
                 {// The last byte of a record: its signature.
                  "UPDATE records SET record = substr(record, 1, length(record) - 1) || "
                  "CASE WHEN substr(record, -1) = X'00' THEN X'01' ELSE X'00' END "
                  "WHERE rowid = (SELECT min(rowid) FROM records)",
                  "UPDATE headers SET header = substr(header, 1, 100) || CASE WHEN "
                  "substr(header, 101, 1) = X'00' THEN X'01' ELSE X'00' END || "
                  "substr(header, 102) WHERE height = 2",
                  "DELETE FROM findings WHERE code = 'IMPLAUSIBLE'",
                  "UPDATE daily SET wh_max = wh_max * 2 WHERE (device, day) = "
                  "(SELECT device, day FROM daily WHERE wh_max > 0 LIMIT 1)"})
                QVERIFY2(file->exec(edit).ok(), edit);
        }
        QCOMPARE(runCli(audit, nullptr, &json), 2);
        report = QJsonDocument::fromJson(json).object();
        QCOMPARE(report.value(u"clean").toBool(), false);
        std::set<QString> kinds;
        for (const QJsonValue& d : report.value(u"differences").toArray())
            kinds.insert(d.toObject().value(u"item").toString().section(u' ', 0, 0));
        for (const char* kind : {"record", "header", "findings", "daily"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    }

    // Spec §8 and §9.5 (issue 25, point 4): a node admits a record with a packet that does
    // not decode and a seq gap; the light node keeps the record and its good packets and
    // reports the bad sample as MALFORMED and the gap as SEQ_GAP. Last: it adds a device
    // to a copy of the devnet, which the tests above count.
    void nothingADeviceSignedIsLost()
    {
        const QString copy = copyOf(devnet_, tmp_.filePath(QStringLiteral("admission")));
        const auto devnet = node::loadDevnet(copy);
        QVERIFY(devnet.ok());
        NodeProcess node;
        const QString url =
            node.start(copy, {QStringLiteral("--block-interval-ms"), QStringLiteral("200")});
        QVERIFY(!url.isEmpty());
        const crypto::PrivateKey terminal =
            *crypto::PrivateKey::fromSeed(crypto::SigAlg::Ed25519, "terminal");
        const QByteArray van(16, '\x5e');
        const QByteArray vin("LTESTADMISSION001");
        // The registrar's seq jumps far past what the simulator used: a gap, admitted.
        const QByteArray body = test::submission(
            {test::registration(devnet->registrar, 1'000'000, van, terminal.publicKey(),
                                records::AssetClass::Vehicle, QString::fromLatin1(vin)),
             test::vehicleBatch(van, terminal, 0, vin, 3, 1),  // packet 1: a bad BCC
             test::vehicleBatch(van, terminal, 5, vin, 2)});   // seqs 1–4 never arrive
        test::HttpClient http;
        http.setBase(url);
        const auto posted = http.post(QStringLiteral("/v1/records"), body);
        QCOMPARE(posted.status, 200);
        const auto answers = cbor::decode(posted.body);
        QVERIFY(answers.ok());
        for (std::size_t i = 0; i < 3; ++i)
            QVERIFY2(answers->at(i).at(0).toUInt64() == std::uint64_t{0},
                     qPrintable(answers->at(i).at(1).toText()));

        const QString db = newDb();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const lightnode::SyncReport r = sync(db, url);
                return r.outcome == lightnode::SyncOutcome::Synced &&
                       store::Workspace::openForReading(db)
                               ->records()
                               .ofDevice(van, 0, UINT64_MAX, 10)
                               ->size() == 2;
            }(),
            30'000);
        auto ws = store::Workspace::openForReading(db);
        const auto malformed = *ws->findings().list(van, QStringLiteral("MALFORMED"));
        QCOMPARE(malformed.size(), std::size_t{1});
        QCOMPARE(*malformed.front().seq, std::uint64_t{0});
        QVERIFY2(malformed.front().message.english().contains(u"sample 1 of 3"),
                 qPrintable(malformed.front().message.english()));
        const auto gap = *ws->findings().list(van, QStringLiteral("SEQ_GAP"));
        QCOMPARE(gap.size(), std::size_t{1});
        QVERIFY2(gap.front().message.english().contains(u"4 records missing"),
                 qPrintable(gap.front().message.english()));
        // The record's other packets stand: the daily summary holds both records' good
        // packets' odometer (123,456.7 km in the first, 123,506.8 km in the last).
        const auto days = *ws->daily().ofDevice(van);
        QCOMPARE(days.size(), std::size_t{1});
        QCOMPARE(days.front().samples, std::uint64_t{4});
        QCOMPARE(*days.front().kmMin, 123'456.7);
        QCOMPARE(*days.front().kmMax, 123'506.8);
    }
};

QTEST_GUILESS_MAIN(TestLightSync)
#include "tst_light_sync.moc"
