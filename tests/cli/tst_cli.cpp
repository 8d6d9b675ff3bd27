// powerproof-cli as a user runs it: the real executable in a child process, its exit codes
// (0 valid, 1 malformed or usage, 2 invalid), its output and the files it writes.

#include "crypto/private_key.h"
#include "merkle/memory_tree.h"
#include "support/test_data.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run cli(const QStringList& args, const QByteArray& stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(POWERPROOF_CLI), args);
    if (!p.waitForStarted())
        qFatal("cannot start %s", POWERPROOF_CLI);
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("powerproof-cli %s did not finish", qPrintable(args.join(u' ')));
    if (p.exitStatus() != QProcess::NormalExit)
        qFatal("powerproof-cli %s crashed", qPrintable(args.join(u' ')));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString hexOf(const Digest& d)
{
    return toHex(d);
}

// A tree of 11 leaves "leaf-0" ... "leaf-10", as an auditor would have from a node.
merkle::MemoryTree sampleTree()
{
    merkle::MemoryTree t(crypto::HashAlg::Sha256);
    for (int i = 0; i < 11; ++i)
        t.appendLeaf(QByteArray(QByteArray("leaf-") + QByteArray::number(i)));
    return t;
}

QString proofArg(const merkle::Proof& proof)
{
    QStringList parts;
    for (const Digest& d : proof)
        parts << hexOf(d);
    return parts.join(u',');
}

}  // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void usage()
    {
        const Run none = cli({});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.out.contains(u"merkle inclusion"));
        QCOMPARE(cli({QStringLiteral("--help")}).exitCode, 0);
        const Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(u"unknown command 'frobnicate'"));
        const Run badOption =
            cli({QStringLiteral("hash"), QStringLiteral("--nope"), QStringLiteral("x")});
        QCOMPARE(badOption.exitCode, 1);
        QVERIFY(badOption.err.contains(u"nope"));
        const Run help = cli({QStringLiteral("keygen"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(u"Usage: powerproof-cli keygen"));
    }

    void version()
    {
        const Run r = cli({QStringLiteral("version"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"protocol").toString(), u"powerproof/1");
        QVERIFY(r.json().value(u"openssl").toString().startsWith(u"OpenSSL 3"));
    }

    void hash()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("abc.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("abc");
        f.close();
        const Run sm3 =
            cli({QStringLiteral("hash"), QStringLiteral("--alg"), QStringLiteral("sm3"), file});
        QCOMPARE(sm3.exitCode, 0);
        QCOMPARE(
            sm3.out,
            QStringLiteral("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0  ") +
                file + u'\n');
        const Run sha =
            cli({QStringLiteral("hash"), QStringLiteral("--json"), QStringLiteral("-")}, "abc");
        QCOMPARE(sha.exitCode, 0);
        QCOMPARE(sha.json().value(u"digest").toString(),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        const Run missing = cli({QStringLiteral("hash"), dir.filePath(QStringLiteral("missing"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"cannot read"));
        QCOMPARE(cli({QStringLiteral("hash"), QStringLiteral("--alg"), QStringLiteral("md5"), file})
                     .exitCode,
                 1);
    }

    void keygen()
    {
        QTemporaryDir dir;
        for (const char* alg : {"ed25519", "p256", "sm2"}) {
            const QString path = dir.filePath(QString::fromLatin1(alg) + u".pem");
            const Run r =
                cli({QStringLiteral("keygen"), QStringLiteral("--alg"), QString::fromLatin1(alg),
                     QStringLiteral("--out"), path, QStringLiteral("--json")});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
            const auto key = crypto::PrivateKey::fromPem(pp::test::readFile(path));
            QVERIFY(key.ok());
            const QJsonObject o = r.json();
            QCOMPARE(o.value(u"public_key_cbor").toString(), toHex(key->publicKey().cborBytes()));
            QCOMPARE(o.value(u"key_id_sha256").toString(),
                     toHex(key->publicKey().keyId(crypto::HashAlg::Sha256)));
            QCOMPARE(o.value(u"key_id_sm3").toString(),
                     toHex(key->publicKey().keyId(crypto::HashAlg::Sm3)));
            QCOMPARE(o.value(u"encrypted").toBool(), false);
            // An existing file is not overwritten without --force.
            const Run again = cli({QStringLiteral("keygen"), QStringLiteral("--alg"),
                                   QString::fromLatin1(alg), QStringLiteral("--out"), path});
            QCOMPARE(again.exitCode, 1);
            QVERIFY(again.err.contains(u"--force"));
        }
        QCOMPARE(cli({QStringLiteral("keygen"), QStringLiteral("--alg"), QStringLiteral("rsa"),
                      QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pem"))})
                     .exitCode,
                 1);
    }

    void keygenEncrypted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("enc.pem"));
        const Run r = cli({QStringLiteral("keygen"), QStringLiteral("--alg"), QStringLiteral("sm2"),
                           QStringLiteral("--out"), path, QStringLiteral("--encrypt")},
                          "open sesame\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"(encrypted)"));
        const QByteArray pem = pp::test::readFile(path);
        QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(crypto::PrivateKey::fromPem(pem, "open sesame").ok());
        QVERIFY(!crypto::PrivateKey::fromPem(pem, "open sesamE").ok());
    }

    void merkleInclusion()
    {
        const merkle::MemoryTree t = sampleTree();
        const QString root = hexOf(t.root());
        const QString proof = proofArg(*t.proofs().inclusion(7, 11));
        const auto args = [&](const QString& index, const QString& size, const QString& p) {
            return QStringList{
                QStringLiteral("merkle"),  QStringLiteral("inclusion"),
                QStringLiteral("--leaf"),  QString::fromLatin1(QByteArray("leaf-7").toHex()),
                QStringLiteral("--index"), index,
                QStringLiteral("--size"),  size,
                QStringLiteral("--root"),  root,
                QStringLiteral("--proof"), p};
        };
        const Run valid = cli(args(QStringLiteral("7"), QStringLiteral("11"), proof));
        QCOMPARE(valid.exitCode, 0);
        QVERIFY(valid.out.startsWith(u"VALID"));

        // --leaf-hash instead of --leaf.
        const Run byHash = cli({QStringLiteral("merkle"), QStringLiteral("inclusion"),
                                QStringLiteral("--leaf-hash"), hexOf(t.hasher().leafHash("leaf-7")),
                                QStringLiteral("--index"), QStringLiteral("7"),
                                QStringLiteral("--size"), QStringLiteral("11"),
                                QStringLiteral("--root"), root, QStringLiteral("--proof"), proof});
        QCOMPARE(byHash.exitCode, 0);

        const Run wrongIndex = cli(args(QStringLiteral("6"), QStringLiteral("11"), proof));
        QCOMPARE(wrongIndex.exitCode, 2);
        QVERIFY(wrongIndex.out.startsWith(u"INVALID"));
        const Run outside = cli(args(QStringLiteral("11"), QStringLiteral("11"), proof)
                                << QStringLiteral("--json"));
        QCOMPARE(outside.exitCode, 2);
        QCOMPARE(outside.json().value(u"code").toString(), u"merkle.index-out-of-range");
        QCOMPARE(outside.json().value(u"valid").toBool(), false);
        const Run shortProof =
            cli(args(QStringLiteral("7"), QStringLiteral("11"), proof.section(u',', 0, 1)));
        QCOMPARE(shortProof.exitCode, 2);
        QVERIFY(shortProof.out.contains(u"proof has 2 hashes where 4 are needed"));

        // Malformed input: exit 1 and the option named.
        const Run tooBig =
            cli(args(QStringLiteral("7"), QStringLiteral("18446744073709551616"), proof));
        QCOMPARE(tooBig.exitCode, 1);
        QVERIFY(tooBig.err.contains(u"--size"));
        QCOMPARE(cli(args(QStringLiteral("-1"), QStringLiteral("11"), proof)).exitCode, 1);
        QCOMPARE(cli(args(QStringLiteral("7"), QStringLiteral("11"), proof + u"zz")).exitCode, 1);
        const Run shortHash = cli(args(QStringLiteral("7"), QStringLiteral("11"), proof.left(62)));
        QCOMPARE(shortHash.exitCode, 1);
        QVERIFY(shortHash.err.contains(u"32 bytes"));
        QCOMPARE(cli({QStringLiteral("merkle"), QStringLiteral("inclusion"),
                      QStringLiteral("--index"), QStringLiteral("0")})
                     .exitCode,
                 1);
        // The largest index is parsed, and refused as outside the tree.
        QCOMPARE(
            cli(args(QStringLiteral("18446744073709551615"), QStringLiteral("11"), proof)).exitCode,
            2);
    }

    void merkleConsistency()
    {
        const merkle::MemoryTree t = sampleTree();
        const auto root5 = *t.proofs().root(5);
        const QString proof = proofArg(*t.proofs().consistency(5, 11));
        const auto args = [&](const QString& root1, const QString& p) {
            return QStringList{QStringLiteral("merkle"),  QStringLiteral("consistency"),
                               QStringLiteral("--size1"), QStringLiteral("5"),
                               QStringLiteral("--size2"), QStringLiteral("11"),
                               QStringLiteral("--root1"), root1,
                               QStringLiteral("--root2"), hexOf(t.root()),
                               QStringLiteral("--proof"), p};
        };
        QCOMPARE(cli(args(hexOf(root5), proof)).exitCode, 0);
        const Run forged = cli(args(hexOf(*t.proofs().root(6)), proof) << QStringLiteral("--json"));
        QCOMPARE(forged.exitCode, 2);
        QCOMPARE(forged.json().value(u"code").toString(), u"merkle.root-mismatch");
        QCOMPARE(cli(args(QStringLiteral("12"), proof)).exitCode, 1);
        // sm3 trees are different trees: the sha-256 proof does not hold there.
        QCOMPARE(cli(args(hexOf(root5), proof) << QStringLiteral("--hash") << QStringLiteral("sm3"))
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
