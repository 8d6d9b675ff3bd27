// Evidence packages (evidence.md) against a real devnet whose validators rotate: exported
// from a synced workspace, checked offline by our verifier and by sha256sum, and refused,
// by name, when a byte of a record, a header, a transition, a file or a path is wrong.

#include "cbor/decoder.h"
#include "cbor/writer.h"
#include "chain/commit.h"
#include "chain/header.h"
#include "common/large_buffer.h"
#include "crypto/certificate_authority.h"
#include "crypto/hash.h"
#include "evidence/bag.h"
#include "evidence/evidence_document.h"
#include "evidence/evidence_package.h"
#include "evidence/fork_proof.h"
#include "evidence/package_contents.h"
#include "evidence/readable_files.h"
#include "lightnode/light_client.h"
#include "records/record.h"
#include "records/sample_quantities.h"
#include "store/workspace.h"
#include "support/node_process.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <functional>
#include <optional>

using namespace pp;
using test::NodeProcess;

namespace {

int runProgram(const QString& program, const QStringList& args, QString* output = nullptr,
               const QString& dir = {}, const QByteArray& input = {})
{
    QProcess p;
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(300'000))
        return -1;
    if (output != nullptr)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// A ZIP with exactly these raw entry names (and a symlink when `link` is set): the shapes
// evidence.md forbids, written without our writer's care.
void rawZip(const QString& path, const std::vector<std::pair<QByteArray, QByteArray>>& entries,
            const QByteArray& link = {})
{
    archive* a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_open_filename(a, QFile::encodeName(path).constData());
    archive_entry* e = archive_entry_new();
    for (const auto& [name, bytes] : entries) {
        archive_entry_clear(e);
        archive_entry_set_pathname(e, name.constData());
        archive_entry_set_size(e, bytes.size());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_write_header(a, e);
        archive_write_data(a, bytes.constData(), static_cast<size_t>(bytes.size()));
    }
    if (!link.isEmpty()) {
        archive_entry_clear(e);
        archive_entry_set_pathname(e, link.constData());
        archive_entry_set_filetype(e, AE_IFLNK);
        archive_entry_set_symlink(e, "/etc/passwd");
        archive_write_header(a, e);
    }
    archive_entry_free(e);
    archive_write_close(a);
    archive_write_free(a);
}

}  // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp_;
    QString devnet_, url_, db_, package_;
    Digest chainId_{};
    NodeProcess node_;
    std::vector<QByteArray> devices_;
    int files_ = 0;

    QString newFile(const char* ext)
    {
        return tmp_.filePath(QStringLiteral("f%1.%2").arg(++files_).arg(QLatin1String(ext)));
    }

    // Syncs the workspace at `db` from `url`.
    static lightnode::SyncOutcome syncInto(
        const QString& db, const QString& url, const Digest& chainId,
        lightnode::HeaderMode headers = lightnode::HeaderMode::Full,
        const QStringList& witnesses = {})
    {
        auto ws = store::Workspace::open(db);
        if (!ws)
            return lightnode::SyncOutcome::Failed;
        lightnode::SyncOptions o;
        o.node = url;
        o.chainId = chainId;
        o.headers = headers;
        o.witnesses = witnesses;
        return lightnode::sync(*ws, o).outcome;
    }

    evidence::Selection everything() const
    {
        evidence::Selection s;
        s.devices = devices_;
        s.tool = QStringLiteral("tst_evidence");
        s.note = QStringLiteral("claim 2025-118");
        s.nowMs = static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch());
        return s;
    }

    // The package again, with `change` applied to its files (bag and all), as a forger
    // with a text editor would.
    QString edited(const std::function<void(evidence::FileTree&)>& change)
    {
        auto zip = evidence::readZip(package_);
        [&] { QVERIFY(zip); }();
        change(zip->files);
        const QString path = newFile("zip");
        [&] { QVERIFY(evidence::writeZip(path, zip->root, zip->files)); }();
        return path;
    }

    // The package with `change` applied to its document, the bag made again around it, so
    // that only the chain's checks can catch it.
    QString forged(const std::function<void(evidence::Document&)>& change)
    {
        return rebagged([&](evidence::FileTree& payload) {
            auto document = evidence::Document::decode(payload.at(QStringLiteral("evidence.cbor")));
            [&] { QVERIFY(document); }();
            change(*document);
            payload[QStringLiteral("evidence.cbor")] = document->encode();
        });
    }

    // The package with `change` applied to its payload (paths under data/), the bag made
    // again around it: what a forger who knows BagIt does.
    QString rebagged(const std::function<void(evidence::FileTree&)>& change)
    {
        evidence::bag::Reader reader([](const QString&) { return true; });
        auto root = evidence::readZip(package_, reader);
        auto info = evidence::bag::check(reader.listing());
        [&] { QVERIFY(root && info); }();
        if (!root || !info)
            return {};
        const evidence::FileTree& all = reader.listing().kept;
        evidence::FileTree payload;
        for (const auto& [name, bytes] : all)
            if (name.startsWith(u"data/"))
                payload.emplace(name.mid(5), bytes);
        change(payload);
        evidence::bag::Info kept;
        for (const auto& line : *info)
            if (line.first != u"Payload-Oxum")
                kept.push_back(line);
        evidence::FileTree files = evidence::bag::make(payload, kept);
        // A signature or time-stamp, if any, stays: the forger cannot make them again.
        for (const auto& [name, bytes] : all)
            if (name.startsWith(u"signatures/") || name.startsWith(u"timestamps/"))
                files.emplace(name, bytes);
        const QString path = newFile("zip");
        [&] { QVERIFY(evidence::writeZip(path, *root, files)); }();
        return path;
    }

    // The package's files on disk, as a reader who unzipped it has them.
    QDir unpacked(const QString& path, const QString& where)
    {
        auto zip = evidence::readZip(path);
        [&] { QVERIFY(zip); }();
        const QDir root(tmp_.filePath(where + u'/' + zip->root));
        for (const auto& [name, bytes] : zip->files) {
            root.mkpath(QFileInfo(root.filePath(name)).path());
            QFile f(root.filePath(name));
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
        }
        return root;
    }

    static QString refusal(const QString& path)
    {
        auto v = evidence::verifyPackage(path, std::nullopt);
        return v ? QString() : v.error().message();
    }

private slots:
    void initTestCase()
    {
        devnet_ = tmp_.filePath(QStringLiteral("devnet"));
        chainId_ = *digestFromBytes(*fromHex(NodeProcess::initDevnet(
            devnet_, {QStringLiteral("--seed"), QStringLiteral("evidence")})));
        QCOMPARE(
            runProgram(QStringLiteral(POWERPROOF_NODE),
                       {QStringLiteral("simulate"), devnet_, QStringLiteral("--pv"),
                        QStringLiteral("1"), QStringLiteral("--batteries"), QStringLiteral("1"),
                        QStringLiteral("--vehicles"), QStringLiteral("1"), QStringLiteral("--days"),
                        QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("evidence")}),
            0);
        url_ = node_.start(devnet_, {QStringLiteral("--block-interval-ms"), QStringLiteral("100")});
        QVERIFY(!url_.isEmpty());
        // A validator change after the records: the package must carry the transition.
        QCOMPARE(
            runProgram(QStringLiteral(POWERPROOF_NODE),
                       {QStringLiteral("validators"), QStringLiteral("rotate"), devnet_,
                        QStringLiteral("--add"), QStringLiteral("1"), QStringLiteral("--alg"),
                        QStringLiteral("p256"), QStringLiteral("--remove"), QStringLiteral("0")}),
            0);
        db_ = tmp_.filePath(QStringLiteral("ws.db"));
        QTRY_VERIFY_WITH_TIMEOUT(syncInto(db_, url_, chainId_) == lightnode::SyncOutcome::Synced &&
                                     store::Workspace::open(db_)->chain().trustedSet()->first > 0,
                                 120'000);
        auto ws = store::Workspace::open(db_);
        QVERIFY(ws);
        const auto devices = ws->registrations().devices();
        QVERIFY(devices);
        for (const store::DeviceRow& d : *devices)
            devices_.push_back(d.deviceId);
        QCOMPARE(devices_.size(), std::size_t{3});
        package_ = newFile("zip");
        auto summary =
            evidence::exportPackage(*ws, everything(), package_, std::nullopt, std::nullopt);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message()));
        QCOMPARE(summary->records, static_cast<std::size_t>(*ws->records().count()));
        QVERIFY(summary->transitions >= 1);
    }

    // Signed and time-stamped by the devnet node's TSA, then checked by us and by
    // `openssl ts -verify`, as VERIFY.md tells a reader to.
    void aTimeStampFromTheNodeVerifiesWithOpenssl()
    {
        const QString path = newFile("zip");
        auto ws = store::Workspace::open(db_);
        QVERIFY(ws);
        const evidence::Signing signer = devnetExporter();
        const evidence::TimeStamping tsa{url_ + QStringLiteral("/v1/tsa"), signer.chainPem};
        auto summary = evidence::exportPackage(*ws, everything(), path, signer, tsa);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message()));
        QVERIFY(summary->timeStampMs.has_value());
        auto v = evidence::verifyPackage(path, chainId_);
        QVERIFY2(v, v ? "" : qPrintable(v.error().message()));
        QVERIFY(v->timeStamped && v->signedByExporter);
        QVERIFY2(v->tsa.contains(u"TSA"), qPrintable(v->tsa));
        QCOMPARE(v->timeStampMs, *summary->timeStampMs);

        const QDir root = unpacked(path, QStringLiteral("stamped"));
        QString output;
        QCOMPARE(
            runProgram(QStringLiteral("openssl"),
                       {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-data"),
                        QStringLiteral("tagmanifest-sha256.txt"), QStringLiteral("-in"),
                        QStringLiteral("timestamps/tagmanifest-sha256.txt.tsr"),
                        QStringLiteral("-CAfile"), QStringLiteral("data/trust/tsa-chain.pem")},
                       &output, root.path()),
            0);
        QVERIFY2(output.contains(u"Verification: OK"), qPrintable(output));

        // A time-stamp over other bytes (another package's) is refused by name.
        const QString other = newFile("zip");
        QVERIFY(evidence::exportPackage(*ws, everything(), other, signer, tsa));
        auto theirs = evidence::readZip(other);
        QVERIFY(theirs);
        const QString saved = package_;
        package_ = path;
        const QString swapped = edited([&](evidence::FileTree& f) {
            f[QStringLiteral("timestamps/tagmanifest-sha256.txt.tsr")] =
                theirs->files.at(QStringLiteral("timestamps/tagmanifest-sha256.txt.tsr"));
        });
        package_ = saved;
        QVERIFY2(refusal(swapped).contains(u"timestamps/tagmanifest-sha256.txt.tsr"),
                 qPrintable(refusal(swapped)));

        // The TSA's root swapped for another CA's: the time-stamp is from an untrusted TSA.
        auto otherKey = crypto::PrivateKey::generate(crypto::SigAlg::Es256);
        QVERIFY(otherKey);
        auto otherRoot = crypto::createRootCa(*otherKey, QStringLiteral("some other CA"),
                                              QDateTime::currentSecsSinceEpoch() - 86400, 5);
        QVERIFY(otherRoot);
        package_ = path;
        const QString untrusted = rebagged([&](evidence::FileTree& payload) {
            payload[QStringLiteral("trust/tsa-chain.pem")] = otherRoot->certificatePem;
        });
        package_ = saved;
        QVERIFY2(refusal(untrusted).contains(u"timestamps/tagmanifest-sha256.txt.tsr"),
                 qPrintable(refusal(untrusted)));
    }

    // An exporter whose certificate has expired: without a time-stamp nothing shows when it
    // signed, so the package verifies with a warning; with one, the time-stamp decides, and
    // a time-stamp after the expiry fails the signature.
    void anExpiredSignerIsWeighedByTheTimeStamp()
    {
        auto read = [this](const char* name) {
            QFile f(QDir(devnet_).filePath(QLatin1String(name)));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        auto rootKey = crypto::PrivateKey::fromPem(read("ca/root-key.pem"));
        auto key = crypto::PrivateKey::generate(crypto::SigAlg::Es256);
        QVERIFY(rootKey && key);
        const crypto::IssuedCertificate root{read("ca/root.pem"), *rootKey};
        const std::int64_t threeYearsAgo =
            QDateTime::currentSecsSinceEpoch() - std::int64_t{3} * 366 * 86400;
        auto expired = crypto::issueSigningCertificate(
            root, *key, QStringLiteral("expired exporter"), threeYearsAgo, 1, 77);
        QVERIFY(expired);
        const evidence::Signing signer{
            expired->certificatePem, *key->toPem(), root.certificatePem, {}};
        auto ws = store::Workspace::open(db_);
        QVERIFY(ws);
        const QString unstamped = newFile("zip");
        QVERIFY(evidence::exportPackage(*ws, everything(), unstamped, signer, std::nullopt));
        auto v = evidence::verifyPackage(unstamped, chainId_);
        QVERIFY2(v, v ? "" : qPrintable(v.error().message()));
        QVERIFY(v->signedByExporter);
        const bool warned =
            std::any_of(v->evidence.notices.begin(), v->evidence.notices.end(), [](const Text& t) {
                return t.english().startsWith(u"WARNING: the exporter's certificate");
            });
        QVERIFY(warned);

        const QString stamped = newFile("zip");
        const evidence::TimeStamping tsa{url_ + QStringLiteral("/v1/tsa"), root.certificatePem};
        QVERIFY(evidence::exportPackage(*ws, everything(), stamped, signer, tsa));
        QVERIFY2(refusal(stamped).contains(u"signatures/tagmanifest-sha256.txt.p7s"),
                 qPrintable(refusal(stamped)));
    }

    // A workspace synced tip-only lacks the headers the proofs are built from: without its
    // node the export says so; with it, the proofs are fetched, checked against the anchor,
    // and the package verifies as one from a full workspace does.
    void aTipOnlyWorkspaceFetchesItsProofs()
    {
        const QString db = tmp_.filePath(QStringLiteral("tip-only.db"));
        QCOMPARE(syncInto(db, url_, chainId_, lightnode::HeaderMode::TipOnly),
                 lightnode::SyncOutcome::Synced);
        auto ws = store::Workspace::open(db);
        QVERIFY(ws);
        const QString refused = newFile("zip");
        auto without =
            evidence::exportPackage(*ws, everything(), refused, std::nullopt, std::nullopt);
        QVERIFY(!without);
        QVERIFY2(without.error().message().contains(u"--node"),
                 qPrintable(without.error().message()));
        QVERIFY(!QFile::exists(refused));

        const QString path = newFile("zip");
        auto with = evidence::exportPackage(*ws, everything(), path, std::nullopt, std::nullopt, {},
                                            nullptr, evidence::NodeSource{url_, {}});
        QVERIFY2(with, with ? "" : qPrintable(with.error().message()));
        auto v = evidence::verifyPackage(path, chainId_);
        QVERIFY2(v, v ? "" : qPrintable(v.error().message()));
        QCOMPARE(v->evidence.records, static_cast<std::size_t>(*ws->records().count()));
        QVERIFY(v->evidence.transitions >= 1);
    }

    // A fork found by sync is an incident, and exports its evidence: both conflicting
    // headers with their commits, checked offline against the validators in force there.
    void aForkIsAnIncidentWithItsEvidence()
    {
        const QString copy = tmp_.filePath(QStringLiteral("equivocator"));
        QCOMPARE(runProgram(QStringLiteral("cp"), {QStringLiteral("-r"), devnet_, copy}), 0);
        QFile::remove(QDir(copy).filePath(QStringLiteral("node.lock")));
        const std::uint64_t from = (*store::Workspace::open(db_)->chain().tip())->header.height;
        NodeProcess witness;
        const QString witnessUrl =
            witness.start(copy, {QStringLiteral("--equivocate-from"), QString::number(from)});
        QVERIFY(!witnessUrl.isEmpty());
        const QString db = tmp_.filePath(QStringLiteral("fork.db"));
        QCOMPARE(syncInto(db, url_, chainId_, lightnode::HeaderMode::Full, {witnessUrl}),
                 lightnode::SyncOutcome::Fork);
        auto ws = store::Workspace::open(db);
        auto findings = ws->findings().list({}, {});
        QVERIFY(findings);
        const auto incidents = analytics::groupIncidents(*findings, analytics::kIncidentGapMs);
        QVERIFY(!incidents.empty());
        QCOMPARE(incidents.front().code, QStringLiteral("FORK"));  // the most severe first
        QCOMPARE(incidents.front().severity, analytics::Incident::Severity::Critical);

        const QString path = newFile("zip");
        QString output;
        QCOMPARE(runProgram(
                     QStringLiteral(POWERPROOF_CLI),
                     {QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--db"),
                      db, QStringLiteral("--incident"), incidents.front().id,
                      QStringLiteral("--node"), url_, QStringLiteral("--out"), path},
                     &output),
                 0);
        auto v = evidence::verifyPackage(path, chainId_);
        QVERIFY2(v, v ? "" : qPrintable(v.error().message()));
        QVERIFY(v->fork.has_value());
        QVERIFY(v->fork->height >= from);
        QVERIFY(v->fork->hashA != v->fork->hashB);
        QVERIFY(!v->fork->doubleSigners.isEmpty());
        QCOMPARE(runProgram(QStringLiteral(POWERPROOF_CLI),
                            {QStringLiteral("evidence"), QStringLiteral("verify"), path,
                             QStringLiteral("--chain-id"), toHex(chainId_)},
                            &output),
                 0);
        QVERIFY2(output.contains(u"proves a fork at height"), qPrintable(output));

        // Block B's commit swapped for block A's: no longer a fork, refused by name.
        const QString saved = package_;
        package_ = path;
        const QString swapped = edited([](evidence::FileTree& f) {
            f[QStringLiteral("data/fork/commit-b.cbor")] =
                f[QStringLiteral("data/fork/commit-a.cbor")];
        });
        package_ = saved;
        // The bag's checksums catch the edit first; rebuilt around it, the fork check would.
        QVERIFY(!refusal(swapped).isEmpty());
        auto zip = evidence::readZip(path);
        auto document =
            evidence::Document::decode(zip->files.at(QStringLiteral("data/evidence.cbor")));
        evidence::FileTree payload;
        for (const auto& [name, bytes] : zip->files)
            if (name.startsWith(u"data/fork/"))
                payload.emplace(name.mid(5), bytes);
        payload[QStringLiteral("fork/commit-b.cbor")] =
            payload[QStringLiteral("fork/commit-a.cbor")];
        auto broken = evidence::checkFork(payload, *document);
        QVERIFY(!broken);
        QVERIFY2(broken.error().message().contains(u"data/fork/commit-b.cbor"),
                 qPrintable(broken.error().message()));
        QCOMPARE(witness.terminate(), 0);
    }

    // The GM profile (SM3 hashes, SM2 validators and devices) round-trips too: the bag's
    // manifests stay SHA-256/512 for sha256sum, the exporter signs with P-256 (OpenSSL 3.0
    // makes no SM2 CMS), and the proofs inside are SM3.
    void theGmProfileRoundTrips()
    {
        const QString dir = tmp_.filePath(QStringLiteral("gm"));
        const auto id = fromHex(NodeProcess::initDevnet(
            dir, {QStringLiteral("--profile"), QStringLiteral("gm"), QStringLiteral("--seed"),
                  QStringLiteral("gm-evidence")}));
        QVERIFY(id);
        const Digest chainId = *digestFromBytes(*id);
        QCOMPARE(runProgram(QStringLiteral(POWERPROOF_NODE),
                            {QStringLiteral("simulate"), dir, QStringLiteral("--pv"),
                             QStringLiteral("1"), QStringLiteral("--batteries"),
                             QStringLiteral("1"), QStringLiteral("--vehicles"), QStringLiteral("0"),
                             QStringLiteral("--days"), QStringLiteral("2"),
                             QStringLiteral("--seed"), QStringLiteral("gm-evidence")}),
                 0);
        NodeProcess node;
        const QString url = node.start(dir);
        QVERIFY(!url.isEmpty());
        const QString db = tmp_.filePath(QStringLiteral("gm.db"));
        QCOMPARE(syncInto(db, url, chainId), lightnode::SyncOutcome::Synced);
        auto ws = store::Workspace::open(db);
        QVERIFY(ws);
        evidence::Selection selection = everything();
        selection.devices.clear();
        const auto devices = ws->registrations().devices();
        QVERIFY(devices);
        for (const store::DeviceRow& d : *devices)
            selection.devices.push_back(d.deviceId);
        const QString path = newFile("zip");
        const evidence::Signing signer{read(dir, "ca/exporter.pem"),
                                       read(dir, "ca/exporter-key.pem"),
                                       read(dir, "ca/root.pem"),
                                       {}};
        const evidence::TimeStamping tsa{url + QStringLiteral("/v1/tsa"), signer.chainPem};
        auto summary = evidence::exportPackage(*ws, selection, path, signer, tsa);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message()));
        QCOMPARE(node.terminate(), 0);
        auto v = evidence::verifyPackage(path, chainId);
        QVERIFY2(v, v ? "" : qPrintable(v.error().message()));
        QCOMPARE(v->evidence.records, static_cast<std::size_t>(*ws->records().count()));
        QVERIFY(v->signedByExporter && v->timeStamped);
        const QDir root = unpacked(path, QStringLiteral("gm-unzipped"));
        QString output;
        QCOMPARE(runProgram(QStringLiteral("sha256sum"),
                            {QStringLiteral("-c"), QStringLiteral("manifest-sha256.txt")}, &output,
                            root.path()),
                 0);
        // A record's byte changed: refused in the GM profile as in the other.
        const QString saved = package_;
        package_ = path;
        const QString forgedPackage = forged([](evidence::Document& d) {
            QByteArray& r = d.records[0].record;
            r[r.size() - 2] = static_cast<char>(r[r.size() - 2] ^ 1);
        });
        package_ = saved;
        QVERIFY2(refusal(forgedPackage).contains(u"key 6: entry 0"),
                 qPrintable(refusal(forgedPackage)));
    }

    static QByteArray read(const QString& dir, const char* name)
    {
        QFile f(QDir(dir).filePath(QLatin1String(name)));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    void aPackageVerifiesOffline()
    {
        auto v = evidence::verifyPackage(package_, chainId_);
        QVERIFY2(v, v ? "" : qPrintable(v.error().message()));
        QCOMPARE(v->evidence.chainId, chainId_);
        QCOMPARE(v->evidence.records,
                 static_cast<std::size_t>(*store::Workspace::open(db_)->records().count()));
        QCOMPARE(v->evidence.registrations, std::size_t{3});
        QVERIFY(v->evidence.transitions >= 1);
        QCOMPARE(v->evidence.statement.note,
                 std::optional<QString>(QStringLiteral("claim 2025-118")));
        QVERIFY(!v->signedByExporter && !v->timeStamped);
        // The node is not needed: it is gone, and the package still verifies.
        QCOMPARE(node_.terminate(), 0);
        QVERIFY(evidence::verifyPackage(package_, chainId_));
    }

    void standardToolsCheckTheBag()
    {
        auto zip = evidence::readZip(package_);
        QVERIFY(zip);
        const QDir root = unpacked(package_, QStringLiteral("unzipped"));
        for (const auto& [tool, manifest] : {std::pair{"sha256sum", "tagmanifest-sha256.txt"},
                                             std::pair{"sha256sum", "manifest-sha256.txt"},
                                             std::pair{"sha512sum", "manifest-sha512.txt"}}) {
            QString output;
            QCOMPARE(
                runProgram(QLatin1String(tool), {QStringLiteral("-c"), QLatin1String(manifest)},
                           &output, root.path()),
                0);
            QVERIFY2(!output.contains(u"FAILED"), qPrintable(output));
        }
        QVERIFY(zip->files.count(QStringLiteral("data/VERIFY.md")));
        QVERIFY(QString::fromUtf8(zip->files.at(QStringLiteral("data/验证说明.md")))
                    .contains(toHex(chainId_)));
    }

    // A verifier holds only the files its checks read; the rest of the payload is checked
    // by the sums taken as it inflated, which must be the files' own.
    void theBagIsCheckedWithoutHoldingThePayload()
    {
        auto whole = evidence::readZip(package_);
        QVERIFY(whole);
        QStringList handed;
        evidence::bag::Reader reader(
            [](const QString& name) { return name == u"data/evidence.cbor"; },
            [&](const QString& name, const QByteArray&) { handed << name; });
        QVERIFY(evidence::readZip(package_, reader));
        const evidence::bag::Listing& listing = reader.listing();
        QVERIFY(evidence::bag::check(listing));
        QCOMPARE(listing.sums.size(), whole->files.size());
        for (const auto& [name, bytes] : whole->files) {
            const evidence::bag::Sums& sums = listing.sums.at(name);
            QCOMPARE(sums.size, bytes.size());
            QCOMPARE(sums.sha256, crypto::fileChecksum("SHA256", bytes));
            QCOMPARE(sums.sha512, crypto::fileChecksum("SHA512", bytes));
            const bool kept = !name.startsWith(u"data/") || name == u"data/evidence.cbor";
            QCOMPARE(listing.kept.count(name), std::size_t{kept ? 1u : 0u});
            QCOMPARE(handed.contains(name), kept);
        }
        QVERIFY(whole->files.count(QStringLiteral("data/records.json")));
    }

    // A document's records and headers are read in place: they point into the bytes it was
    // decoded from, which it keeps, so they outlive every other owner of those bytes.
    void decodedEntriesLiveInTheDocumentsBytes()
    {
        std::optional<evidence::Document> document;
        {
            auto zip = evidence::readZip(package_);
            QVERIFY(zip);
            auto decoded =
                evidence::Document::decode(zip->files.at(QStringLiteral("data/evidence.cbor")));
            QVERIFY(decoded);
            document = std::move(*decoded);
        }
        const char* begin = document->source.constData();
        const char* end = begin + document->source.size();
        auto inside = [&](const QByteArray& part) {
            return !part.isEmpty() && part.constData() >= begin &&
                   part.constData() + part.size() <= end;
        };
        QVERIFY(!document->records.empty() && !document->blocks.empty());
        for (const evidence::Entry& e : document->records)
            QVERIFY(inside(e.record));
        for (const evidence::Entry& e : document->registrations)
            QVERIFY(inside(e.record));
        for (const evidence::Block& b : document->blocks)
            QVERIFY(inside(b.header));
        // Read again once the ZIP's copy is gone, they are still the document's own bytes.
        QCOMPARE(document->encode(), document->source);
    }

    // The buffer a large kept file inflates into asks for huge pages; where the kernel
    // offers them at all, the mapping that holds it is eligible for them.
    void largeBuffersAskForHugePages()
    {
        QFile thp(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
        QFile smaps(QStringLiteral("/proc/self/smaps"));
        if (!thp.open(QIODevice::ReadOnly) || thp.readAll().contains("[never]") ||
            !smaps.open(QIODevice::ReadOnly | QIODevice::Text))
            QSKIP("this kernel offers no transparent huge pages");
        constexpr qsizetype kSize = qsizetype{16} << 20;
        QByteArray buffer;
        reserveLarge(buffer, kSize);
        QVERIFY(buffer.capacity() >= kSize);
        const quintptr middle = reinterpret_cast<quintptr>(buffer.constData()) + kSize / 2;
        // smaps: a line "start-end perms ..." opens each mapping, its fields follow.
        bool inMapping = false;
        QByteArray eligible;
        for (QByteArray line; !(line = smaps.readLine()).isEmpty();) {
            const qsizetype dash = line.indexOf('-');
            const qsizetype space = line.indexOf(' ');
            bool isStart = false, isEnd = false;
            const quintptr start = line.left(dash).toULongLong(&isStart, 16);
            const quintptr stop = line.mid(dash + 1, space - dash - 1).toULongLong(&isEnd, 16);
            if (dash > 0 && dash < space && isStart && isEnd)
                inMapping = start <= middle && middle < stop;
            else if (inMapping && line.startsWith("THPeligible:"))
                eligible = line.mid(12).trimmed();
        }
        QCOMPARE(eligible, QByteArray("1"));
    }

    void anotherChainIsRefused()
    {
        Digest other = chainId_;
        other[0] ^= 1;
        auto v = evidence::verifyPackage(package_, other);
        QVERIFY(!v);
        QCOMPARE(QByteArray(v.error().code()), QByteArray("evidence.chain-id"));
    }

    void forgeriesAreRefusedByName_data()
    {
        QTest::addColumn<std::function<void(evidence::Document&)>>("change");
        QTest::addColumn<QString>("named");
        QTest::newRow("a record's signature byte")
            << std::function<void(evidence::Document&)>([](evidence::Document& d) {
                   QByteArray& r = d.records[3].record;
                   r[r.size() - 1] = static_cast<char>(r[r.size() - 1] ^ 1);
               })
            << QStringLiteral("key 6: entry 3");
        QTest::newRow("a block header's byte")
            << std::function<void(evidence::Document&)>([](evidence::Document& d) {
                   d.blocks[1].header[60] = static_cast<char>(d.blocks[1].header[60] ^ 1);
               })
            << QStringLiteral("key 5: entry 1");
        QTest::newRow("the new validator set")
            << std::function<void(evidence::Document&)>([](evidence::Document& d) {
                   d.transitions[0].set =
                       d.transitions.size() > 1 ? d.transitions[1].set : QByteArray("\x80", 1);
               })
            << QStringLiteral("key 3: entry 0");
        QTest::newRow("a registration dropped")
            << std::function<void(evidence::Document&)>(
                   [](evidence::Document& d) { d.registrations.erase(d.registrations.begin()); })
            << QStringLiteral("key 6: entry 0");
        QTest::newRow("records out of order")
            << std::function<void(evidence::Document&)>(
                   [](evidence::Document& d) { std::swap(d.records[0], d.records[1]); })
            << QStringLiteral("key 6: entry 1");
        QTest::newRow("a proof of the wrong length")
            << std::function<void(evidence::Document&)>(
                   [](evidence::Document& d) { d.records[2].proof.pop_back(); })
            << QStringLiteral("key 6: entry 2");
        QTest::newRow("an anchor commit without quorum")
            << std::function<void(evidence::Document&)>([](evidence::Document& d) {
                   auto commit = chain::Commit::decode(d.anchorCommit);
                   commit->votes.resize(1);  // one of four validators: under two thirds
                   d.anchorCommit = commit->encode();
               })
            << QStringLiteral("not more than two thirds");
        QTest::newRow("a transition omitted")
            << std::function<void(evidence::Document&)>(
                   [](evidence::Document& d) { d.transitions.erase(d.transitions.begin()); })
            << QStringLiteral("key 4");
        QTest::newRow("a record moved to another block")
            << std::function<void(evidence::Document&)>([](evidence::Document& d) {
                   // The last record, into a later block the package holds (its proof now
                   // leads nowhere), keeping the (height, index) order.
                   evidence::Entry& last = d.records.back();
                   for (const evidence::Block& b : d.blocks) {
                       const auto h = chain::Header::decode(b.header);
                       if (h && h->height > last.height) {
                           last.height = h->height;
                           last.index = 0;
                           return;
                       }
                   }
                   last.index += 1;
               })
            << QStringLiteral("key 6: entry");
        QTest::newRow("a block's history proof")
            << std::function<void(evidence::Document&)>(
                   [](evidence::Document& d) { d.blocks[0].historyProof[0][0] ^= 1; })
            << QStringLiteral("key 5: entry 0");
    }

    void forgeriesAreRefusedByName()
    {
        QFETCH(std::function<void(evidence::Document&)>, change);
        QFETCH(QString, named);
        const QString message = refusal(forged(change));
        QVERIFY2(message.contains(named), qPrintable(message));
    }

    // The package's document as the entries of its top-level map, to be changed and
    // encoded again.
    std::vector<std::pair<cbor::Value, cbor::Value>> documentEntries()
    {
        std::vector<std::pair<cbor::Value, cbor::Value>> entries;
        auto zip = evidence::readZip(package_);
        [&] { QVERIFY(zip); }();
        if (!zip)
            return entries;
        auto value = cbor::decode(zip->files.at(QStringLiteral("data/evidence.cbor")),
                                  {64, 1u << 26, qsizetype{1} << 30, {18}});
        [&] { QVERIFY(value); }();
        if (!value)
            return entries;
        for (std::size_t i = 0; i < value->size(); ++i)
            entries.emplace_back(value->keyAt(i), value->valueAt(i));
        return entries;
    }

    void anUnknownKeyIsRefused()
    {
        auto entries = documentEntries();
        entries.emplace_back(cbor::Value::unsignedInt(9), cbor::Value::null());
        auto d = evidence::Document::decode(cbor::encode(cbor::Value::map(std::move(entries))));
        QVERIFY(!d);
        QVERIFY2(d.error().message().contains(u"unknown key 9"), qPrintable(d.error().message()));
    }

    // Blocks and records are read from their bytes straight into typed values: each way an
    // entry can be misshapen is named with its key and entry, as a tree reader would.
    void misshapenEntriesAreNamed_data()
    {
        using Change = std::function<void(cbor::Value&)>;
        QTest::addColumn<std::int64_t>("key");
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("named");
        const auto proofElement = [](cbor::Value v) {
            return Change([v](cbor::Value& e) { e.items()[3].items()[0] = v; });
        };
        QTest::newRow("a record of 3 items")
            << std::int64_t{6} << Change([](cbor::Value& e) { e.items().pop_back(); })
            << QStringLiteral("key 6: entry 1: must be an array of 4 items");
        QTest::newRow("a record's height as text") << std::int64_t{6} << Change([](cbor::Value& e) {
            e.items()[0] = cbor::Value::text(QStringLiteral("2"));
        }) << QStringLiteral("key 6: entry 1: must be [height, index, record bytes, proof]");
        QTest::newRow("a proof hash of 31 bytes")
            << std::int64_t{6} << proofElement(cbor::Value::bytes(QByteArray(31, 'x')))
            << QStringLiteral("key 6: entry 1: proof element 0 is not a 32-byte hash");
        QTest::newRow("a proof hash as a number")
            << std::int64_t{6} << proofElement(cbor::Value::unsignedInt(7))
            << QStringLiteral("key 6: entry 1: proof element 0 is not a 32-byte hash");
        QTest::newRow("a proof of 65 hashes") << std::int64_t{6} << Change([](cbor::Value& e) {
            e.items()[3] = cbor::Value::array(
                std::vector<cbor::Value>(65, cbor::Value::bytes(QByteArray(32, 'x'))));
        }) << QStringLiteral("key 6: entry 1: a proof of 65 hashes is longer");
        QTest::newRow("a proof as bytes") << std::int64_t{6} << Change([](cbor::Value& e) {
            e.items()[3] = cbor::Value::bytes(QByteArray(32, 0));
        }) << QStringLiteral("key 6: entry 1: a proof must be an array of hashes");
        QTest::newRow("a block of 3 items") << std::int64_t{5} << Change([](cbor::Value& e) {
            e.items().push_back(cbor::Value::null());
        }) << QStringLiteral("key 5: entry 1: must be an array of 2 items");
        QTest::newRow("a block header as a number")
            << std::int64_t{5}
            << Change([](cbor::Value& e) { e.items()[0] = cbor::Value::unsignedInt(1); })
            << QStringLiteral("key 5: entry 1: the header must be a byte string");
        QTest::newRow("a registration's proof as a map")
            << std::int64_t{7}
            << Change([](cbor::Value& e) { e.items()[3] = cbor::Value::map({}); })
            << QStringLiteral("key 7: entry 0: a proof must be an array of hashes");
    }

    void misshapenEntriesAreNamed()
    {
        QFETCH(std::int64_t, key);
        QFETCH(std::function<void(cbor::Value&)>, change);
        QFETCH(QString, named);
        auto entries = documentEntries();
        QCOMPARE(entries.size(), std::size_t{8});
        std::vector<cbor::Value>& list =
            entries.at(static_cast<std::size_t>(key - 1)).second.items();
        const std::size_t entry = key == 7 ? 0 : 1;  // the package registers one device
        QVERIFY(list.size() > entry);
        change(list[entry]);
        auto d = evidence::Document::decode(cbor::encode(cbor::Value::map(std::move(entries))));
        QVERIFY(!d);
        QVERIFY2(d.error().message().contains(named), qPrintable(d.error().message()));
    }

    // The same document with its top-level map's length in a longer form than needed: the
    // bytes differ, the meaning not, and a deterministic-CBOR reader refuses it.
    void nonCanonicalCborIsRefused()
    {
        const QString path = rebagged([](evidence::FileTree& payload) {
            QByteArray& cbor = payload[QStringLiteral("evidence.cbor")];
            const auto head = static_cast<unsigned char>(cbor[0]);
            QVERIFY((head & 0xe0) == 0xa0 && (head & 0x1f) < 24);  // a small map
            QByteArray longer("\xb8", 1);
            longer.append(static_cast<char>(head & 0x1f));
            cbor.replace(0, 1, longer);
        });
        const QString message = refusal(path);
        QVERIFY2(message.contains(u"shortest form"), qPrintable(message));
    }

    void bagFaultsAreRefusedByFile()
    {
        QVERIFY(refusal(edited([](evidence::FileTree& f) {
                    f[QStringLiteral("data/VERIFY.md")] += "\nAll good, trust me.\n";
                })).contains(u"data/VERIFY.md does not match its checksum"));
        QVERIFY(refusal(edited([](evidence::FileTree& f) {
                    f[QStringLiteral("data/extra.csv")] = "planted";
                })).contains(u"does not list data/extra.csv"));
        QVERIFY(refusal(edited([](evidence::FileTree& f) {
                    f.erase(QStringLiteral("manifest-sha512.txt"));
                })).contains(u"manifest-sha512.txt: is missing"));
        QVERIFY(refusal(edited([](evidence::FileTree& f) {
                    f[QStringLiteral("bag-info.txt")].replace("PowerProof-Anchor: ",
                                                              "PowerProof-Anchor: 1");
                })).contains(u"bag-info.txt does not match"));
    }

    void unsafeZipsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QByteArray>("link");
        QTest::addColumn<QString>("named");
        QTest::newRow("..") << QByteArray("bag/../../evil") << QByteArray()
                            << QStringLiteral("not a safe relative path");
        QTest::newRow("absolute") << QByteArray("/tmp/evil") << QByteArray()
                                  << QStringLiteral("not a safe relative path");
        QTest::newRow("drive") << QByteArray("C:/evil") << QByteArray()
                               << QStringLiteral("not a safe relative path");
        QTest::newRow("backslash") << QByteArray("bag\\..\\evil") << QByteArray()
                                   << QStringLiteral("not a safe relative path");
        QTest::newRow("two roots") << QByteArray("other/bagit.txt") << QByteArray()
                                   << QStringLiteral("one top-level folder");
        QTest::newRow("loose file") << QByteArray("bagit.txt") << QByteArray()
                                    << QStringLiteral("not inside the bag's folder");
        QTest::newRow("duplicate name")
            << QByteArray("bag/bagit.txt") << QByteArray() << QStringLiteral("appears twice");
        QTest::newRow("link") << QByteArray() << QByteArray("bag/data/link")
                              << QStringLiteral("link or a special file");
    }

    void unsafeZipsAreRefused()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QByteArray, link);
        QFETCH(QString, named);
        std::vector<std::pair<QByteArray, QByteArray>> entries = {{"bag/bagit.txt", "x"}};
        if (!entry.isEmpty())
            entries.emplace_back(entry, "x");
        const QString path = newFile("zip");
        rawZip(path, entries, link);
        auto zip = evidence::readZip(path);
        QVERIFY(!zip);
        QVERIFY2(zip.error().message().contains(named), qPrintable(zip.error().message()));
    }

    // 256 MiB of zeros deflate to a quarter of a MiB: refused as a bomb once it has
    // expanded past the floor, never inflated whole; and, where the entry declares more
    // than the cap (as a 10 GB entry would the default 4 GiB), refused before a byte is.
    void zipBombsStopEarly()
    {
        const QString path = newFile("zip");
        {
            archive* a = archive_write_new();
            archive_write_set_format_zip(a);
            QVERIFY(archive_write_open_filename(a, QFile::encodeName(path).constData()) ==
                    ARCHIVE_OK);
            archive_entry* e = archive_entry_new();
            archive_entry_set_pathname(e, "bag/data/zeros");
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_perm(e, 0644);
            archive_entry_set_size(e, qint64{256} << 20);
            archive_write_header(a, e);
            const QByteArray chunk(1 << 20, '\0');
            for (int i = 0; i < 256; ++i)
                archive_write_data(a, chunk.constData(), static_cast<size_t>(chunk.size()));
            archive_entry_free(e);
            archive_write_close(a);
            archive_write_free(a);
        }
        QVERIFY(QFileInfo(path).size() < (qint64{4} << 20));
        auto bomb = evidence::readZip(path);
        QVERIFY(!bomb);
        QVERIFY2(bomb.error().message().contains(u"ZIP bomb"), qPrintable(bomb.error().message()));
        auto capped = evidence::readZip(path, qint64{1} << 20);
        QVERIFY(!capped);
        QVERIFY2(capped.error().message().contains(u"declares 268435456 bytes"),
                 qPrintable(capped.error().message()));
    }

    // The verifier reads a package on several threads: the document on one, the files for
    // people on others. What they unpack counts against the limits together: two files of
    // 40 MB of zeros, each under the 64 MB a small package may unpack to but not together,
    // make a ZIP bomb whichever threads read them. The bag has no bagit.txt, which would
    // be the error if either limit were counted apart.
    void aBombSpreadOverReadersIsStillABomb()
    {
        const QString path = newFile("zip");
        const QByteArray zeros(40 << 20, '\0');
        rawZip(path, {{"bag/data/evidence.cbor", zeros}, {"bag/data/records.json", zeros}});
        QVERIFY(QFileInfo(path).size() < (qint64{1} << 20));
        const QString refused = refusal(path);
        QVERIFY2(refused.contains(u"ZIP bomb"), qPrintable(refused));
    }

    evidence::Signing devnetExporter() const
    {
        auto read = [this](const char* name) {
            QFile f(QDir(devnet_).filePath(QLatin1String(name)));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        return {read("ca/exporter.pem"), read("ca/exporter-key.pem"), read("ca/root.pem"), {}};
    }

    // Signed by the devnet's exporter certificate: checked by us and by `openssl cms`, as
    // VERIFY.md tells a reader to.
    void aSignedPackageVerifiesWithOpenssl()
    {
        const QString path = newFile("zip");
        auto ws = store::Workspace::open(db_);
        QVERIFY(ws);
        auto summary =
            evidence::exportPackage(*ws, everything(), path, devnetExporter(), std::nullopt);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message()));
        QVERIFY(summary->signedByExporter);
        auto v = evidence::verifyPackage(path, chainId_);
        QVERIFY2(v, v ? "" : qPrintable(v.error().message()));
        QVERIFY(v->signedByExporter);
        QVERIFY2(v->signer.contains(u"evidence exporter"), qPrintable(v->signer));
        QCOMPARE(v->trustRootSha256.size(), 32 * 3 - 1);

        const QDir root = unpacked(path, QStringLiteral("signed"));
        QString output;
        QCOMPARE(
            runProgram(QStringLiteral("openssl"),
                       {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                        QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                        QStringLiteral("signatures/tagmanifest-sha256.txt.p7s"),
                        QStringLiteral("-content"), QStringLiteral("tagmanifest-sha256.txt"),
                        QStringLiteral("-CAfile"), QStringLiteral("data/trust/chain.pem"),
                        QStringLiteral("-purpose"), QStringLiteral("any"), QStringLiteral("-out"),
                        QStringLiteral("/dev/null")},
                       &output, root.path()),
            0);
        QVERIFY2(output.contains(u"Verification successful"), qPrintable(output));

        // A byte of the signature changed, or of the manifest it signs (bag rebuilt around
        // it by a forger who has no key): refused, naming the signature file.
        const QString unsignedPackage = package_;
        package_ = path;
        const QString flipped = edited([](evidence::FileTree& f) {
            QByteArray& p7s = f[QStringLiteral("signatures/tagmanifest-sha256.txt.p7s")];
            p7s[p7s.size() - 5] = static_cast<char>(p7s[p7s.size() - 5] ^ 1);
        });
        QVERIFY2(refusal(flipped).contains(u"signatures/tagmanifest-sha256.txt.p7s"),
                 qPrintable(refusal(flipped)));
        const QString renoted =
            forged([](evidence::Document& d) { d.statement.note = QStringLiteral("changed"); });
        QVERIFY2(refusal(renoted).contains(u"does not verify"), qPrintable(refusal(renoted)));
        package_ = unsignedPackage;
    }

    void onlyP256AndLargeRsaKeysSign()
    {
        evidence::Signing s = devnetExporter();
        QFile ed25519(QDir(devnet_).filePath(QStringLiteral("keys/validator-0.pem")));
        QVERIFY(ed25519.open(QIODevice::ReadOnly));
        s.keyPem = ed25519.readAll();
        auto ws = store::Workspace::open(db_);
        QVERIFY(ws);
        const QString path = newFile("zip");
        auto summary = evidence::exportPackage(*ws, everything(), path, s, std::nullopt);
        QVERIFY(!summary);
        QVERIFY2(summary.error().message().contains(u"ECDSA P-256 or RSA"),
                 qPrintable(summary.error().message()));
        QVERIFY(!QFile::exists(path));  // no half package
    }

    // The copy for people matches what the proofs cover: a CSV row and a JSON row for every
    // sample the records hold (decoded here from evidence.cbor on its own), the workspace's
    // findings of the devices, and a PDF report.
    void theReadableCopyMatchesTheProofs()
    {
        auto zip = evidence::readZip(package_);
        QVERIFY(zip);
        auto document =
            evidence::Document::decode(zip->files.at(QStringLiteral("data/evidence.cbor")));
        QVERIFY(document);
        std::map<QByteArray, std::size_t> samples;
        for (const evidence::Entry& e : document->records) {
            auto record = records::Record::parse(e.record, crypto::HashAlg::Sha256);
            QVERIFY(record);
            samples[record->body.deviceId] += records::decodeSamples(record->body).size();
        }
        QCOMPARE(samples.size(), devices_.size());
        const auto json =
            QJsonDocument::fromJson(zip->files.at(QStringLiteral("data/records.json")));
        QVERIFY(json.isArray());
        QCOMPARE(json.array().size(), static_cast<qsizetype>(devices_.size()));
        for (const QJsonValue& device : json.array()) {
            const QByteArray id =
                QByteArray::fromHex(device[QStringLiteral("device")].toString().toLatin1());
            const QJsonArray rows = device[QStringLiteral("rows")].toArray();
            QCOMPARE(static_cast<std::size_t>(rows.size()), samples.at(id));
            const qsizetype columns = device[QStringLiteral("columns")].toArray().size();
            QVERIFY(columns >= 10);
            QCOMPARE(rows.first()[4].toArray().size(), columns);

            const QByteArray csv =
                zip->files.at(QStringLiteral("data/") + evidence::recordsCsvName(id));
            const QList<QByteArray> lines = csv.trimmed().split('\n');
            QCOMPARE(static_cast<std::size_t>(lines.size()) - 1, samples.at(id));  // header
            QCOMPARE(lines.at(1).count(','), 4 + columns - 1);
            // The first row's time is the JSON's first row's time.
            QCOMPARE(QString::fromLatin1(lines.at(1).split(',').at(3)), rows.first()[3].toString());
        }
        auto ws = store::Workspace::open(db_);
        auto findings = ws->findings().list({}, {});
        QVERIFY(findings);
        const std::size_t ofDevices = static_cast<std::size_t>(
            std::count_if(findings->begin(), findings->end(),
                          [](const store::FindingRow& f) { return !f.deviceId.isEmpty(); }));
        const QByteArray findingsCsv = zip->files.at(QStringLiteral("data/findings.csv"));
        QCOMPARE(static_cast<std::size_t>(findingsCsv.trimmed().split('\n').size()) - 1, ofDevices);
        const QByteArray pdf = zip->files.at(QStringLiteral("data/report.pdf"));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") +
                    pdf.count("/Type /Page ") + pdf.count("/Type /Page>") +
                    pdf.count("/Type/Page") >=
                1);
    }

    // An incident's package holds that device over the incident's first to last record, and
    // nothing else; an unknown incident is a usage error.
    void anIncidentExportsItsWindow()
    {
        auto ws = store::Workspace::open(db_);
        QVERIFY(ws);
        auto rows = ws->records().ofDevice(devices_.front(), 0, UINT64_MAX, UINT64_MAX);
        QVERIFY(rows && rows->size() > 20);
        // Two findings some records and under half a day apart, as an analysis would raise
        // them: one incident.
        std::size_t last = 5;
        while (last + 1 < rows->size() &&
               (*rows)[last + 1].timeMs - (*rows)[5].timeMs < analytics::kIncidentGapMs / 2)
            ++last;
        QVERIFY(last > 6);
        std::vector<store::FindingRow> raised;
        for (std::size_t i : {std::size_t{5}, last}) {
            store::FindingRow f;
            f.deviceId = devices_.front();
            f.code = QStringLiteral("IMPLAUSIBLE");
            f.height = (*rows)[i].height;
            f.index = (*rows)[i].index;
            f.seq = (*rows)[i].seq;
            f.timeMs = (*rows)[i].timeMs;
            f.message = Text("Finding", "AC power %1 kW exceeds the %2 kW AC rating",
                             {QStringLiteral("9"), QStringLiteral("8")});
            raised.push_back(f);
        }
        QVERIFY(ws->findings().add(raised));
        auto all = ws->findings().list({}, {});
        QVERIFY(all);
        const auto incidents = analytics::groupIncidents(*all, analytics::kIncidentGapMs);
        const auto it =
            std::find_if(incidents.begin(), incidents.end(), [&](const analytics::Incident& i) {
                return i.deviceId == devices_.front() && i.code == u"IMPLAUSIBLE";
            });
        QVERIFY(it != incidents.end());
        QCOMPARE(it->findings.size(), std::size_t{2});
        const QString out = newFile("zip");
        QString output;
        QCOMPARE(runProgram(
                     QStringLiteral(POWERPROOF_CLI),
                     {QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--db"),
                      db_, QStringLiteral("--incident"), it->id, QStringLiteral("--out"), out},
                     &output),
                 0);
        auto v = evidence::verifyPackage(out, chainId_);
        QVERIFY2(v, v ? "" : qPrintable(v.error().message()));
        const std::size_t inWindow = static_cast<std::size_t>(
            std::count_if(rows->begin(), rows->end(), [&](const store::RecordRow& r) {
                return r.timeMs >= (*rows)[5].timeMs && r.timeMs <= (*rows)[last].timeMs;
            }));
        QCOMPARE(v->evidence.records, inWindow);
        QCOMPARE(v->evidence.statement.devices, std::vector<QByteArray>{devices_.front()});
        QVERIFY(
            QString::fromUtf8(evidence::readZip(out)->files.at(QStringLiteral("data/findings.csv")))
                .contains(u"exceeds the 8 kW AC rating"));

        QCOMPARE(runProgram(QStringLiteral(POWERPROOF_CLI),
                            {QStringLiteral("evidence"), QStringLiteral("export"),
                             QStringLiteral("--db"), db_, QStringLiteral("--incident"),
                             QStringLiteral("NOPE-1"), QStringLiteral("--out"), newFile("zip")},
                            &output),
                 1);
        QVERIFY2(output.contains(u"no incident NOPE-1"), qPrintable(output));
    }

    // The exporter's key and chain as one PKCS#12 file, encrypted: the CLI asks for its
    // passphrase and signs; a wrong passphrase is a usage error and leaves no file.
    void aPkcs12BundleSigns()
    {
        const QString ca = QDir(devnet_).filePath(QStringLiteral("ca"));
        const QString p12 = newFile("p12");
        QCOMPARE(runProgram(
                     QStringLiteral("openssl"),
                     {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                      ca + QStringLiteral("/exporter-key.pem"), QStringLiteral("-in"),
                      ca + QStringLiteral("/exporter.pem"), QStringLiteral("-certfile"),
                      ca + QStringLiteral("/root.pem"), QStringLiteral("-passout"),
                      QStringLiteral("pass:s3cret"), QStringLiteral("-out"), p12}),
                 0);
        const QStringList args = {QStringLiteral("evidence"),
                                  QStringLiteral("export"),
                                  QStringLiteral("--db"),
                                  db_,
                                  QStringLiteral("--device"),
                                  QString::fromLatin1(devices_.back().toHex()),
                                  QStringLiteral("--sign-key"),
                                  p12,
                                  QStringLiteral("--sign-key-encrypted"),
                                  QStringLiteral("--out")};
        const QString out = newFile("zip");
        QString output;
        QCOMPARE(runProgram(QStringLiteral(POWERPROOF_CLI), args + QStringList{out}, &output, {},
                            "s3cret\n"),
                 0);
        QVERIFY2(output.contains(u"; signed"), qPrintable(output));
        auto v = evidence::verifyPackage(out, chainId_);
        QVERIFY2(v, v ? "" : qPrintable(v.error().message()));
        QVERIFY2(v->signer.contains(u"evidence exporter"), qPrintable(v->signer));

        const QString refused = newFile("zip");
        QCOMPARE(runProgram(QStringLiteral(POWERPROOF_CLI), args + QStringList{refused}, &output,
                            {}, "wrong\n"),
                 1);
        QVERIFY2(output.contains(u"PKCS#12 passphrase is wrong"), qPrintable(output));
        QVERIFY(!QFile::exists(refused));
    }

    void theCommandLineExitsAsDocumented()
    {
        const QString cli = QStringLiteral(POWERPROOF_CLI);
        QString output;
        QCOMPARE(runProgram(cli,
                            {QStringLiteral("evidence"), QStringLiteral("verify"), package_,
                             QStringLiteral("--chain-id"), toHex(chainId_)},
                            &output),
                 0);
        QVERIFY2(output.startsWith(u"VALID:"), qPrintable(output));
        const QString forgedPackage = forged([](evidence::Document& d) {
            QByteArray& r = d.records[0].record;
            r[r.size() - 1] = static_cast<char>(r[r.size() - 1] ^ 1);
        });
        QCOMPARE(
            runProgram(cli, {QStringLiteral("evidence"), QStringLiteral("verify"), forgedPackage},
                       &output),
            2);
        QVERIFY2(output.contains(u"INVALID:"), qPrintable(output));
        QFile notZip(newFile("zip"));
        QVERIFY(notZip.open(QIODevice::WriteOnly));
        notZip.write("not a zip");
        notZip.close();
        QCOMPARE(runProgram(cli, {QStringLiteral("evidence"), QStringLiteral("verify"),
                                  notZip.fileName()}),
                 1);
        QCOMPARE(
            runProgram(cli, {QStringLiteral("evidence"), QStringLiteral("export"),
                             QStringLiteral("--db"), db_, QStringLiteral("--out"), newFile("zip")}),
            1);  // neither --device nor --incident
        const QString out = newFile("zip");
        QCOMPARE(runProgram(cli,
                            {QStringLiteral("evidence"), QStringLiteral("export"),
                             QStringLiteral("--db"), db_, QStringLiteral("--device"),
                             QString::fromLatin1(devices_.front().toHex()), QStringLiteral("--out"),
                             out, QStringLiteral("--json")},
                            &output),
                 0);
        QVERIFY2(output.contains(u"\"signed\":false"), qPrintable(output));
        QVERIFY(evidence::verifyPackage(out, chainId_));
    }
};

QTEST_MAIN(TestEvidence)
#include "tst_evidence.moc"
