// HTTPS between the light node and a real powerproof-node run with the devnet's TLS
// certificates: trust through a custom CA, SPKI pins that match and that do not, mutual
// TLS, and a whole `powerproof-cli sync` over HTTPS.

#include "net/http_client.h"
#include "net/node_client.h"
#include "support/node_process.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;
using pp::test::NodeProcess;

namespace {

// curl's --pinnedpubkey form of a certificate's key: sha256// and the base64 SHA-256 of
// its DER SubjectPublicKeyInfo.
QString pinOf(const QString& certificateFile)
{
    QFile f(certificateFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QSslCertificate cert(f.readAll(), QSsl::Pem);
    return QStringLiteral("sha256//") +
           QString::fromLatin1(
               QCryptographicHash::hash(cert.publicKey().toDer(), QCryptographicHash::Sha256)
                   .toBase64());
}

}  // namespace

class TestTls : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp_;
    QString dir_;
    QString chainId_;
    NodeProcess https_;
    NodeProcess mutual_;
    QString httpsUrl_;
    QString mutualUrl_;

    QString ca(const QString& file) const { return QDir(dir_).filePath(u"ca/" + file); }

    net::TlsOptions trustingTheDevnet() const
    {
        net::TlsOptions tls;
        tls.caFile = ca(QStringLiteral("root.pem"));
        return tls;
    }

    // With `attempts` > 1 transient failures would be retried after 500 ms.
    Result<net::NodeStatus> statusOf(const QString& url, const net::TlsOptions& tls,
                                     int attempts = 1)
    {
        net::HttpOptions o;
        o.tls = tls;
        o.attempts = attempts;
        o.backoffMs = 500;
        auto node = net::NodeClient::connect(url, o);
        if (!node)
            return std::move(node).error();
        return (*node)->status();
    }

private slots:
    void initTestCase()
    {
        dir_ = tmp_.filePath(QStringLiteral("devnet"));
        chainId_ = NodeProcess::initDevnet(dir_);
        const QStringList serve = {
            QStringLiteral("--block-interval-ms"), QStringLiteral("50"),
            QStringLiteral("--tls-cert"),          ca(QStringLiteral("tls-server.pem")),
            QStringLiteral("--tls-key"),           ca(QStringLiteral("tls-server-key.pem"))};
        httpsUrl_ = https_.start(dir_, serve);
        QVERIFY(httpsUrl_.startsWith(u"https://127.0.0.1:"));

        // A second node needs its own copy of the directory: the first holds its lock.
        const QString copy = tmp_.filePath(QStringLiteral("copy"));
        QProcess cp;
        cp.start(QStringLiteral("cp"), {QStringLiteral("-r"), dir_, copy});
        QVERIFY(cp.waitForFinished(60000));
        QFile::remove(QDir(copy).filePath(QStringLiteral("node.lock")));
        mutualUrl_ = mutual_.start(copy, serve + QStringList{QStringLiteral("--tls-client-ca"),
                                                             ca(QStringLiteral("root.pem"))});
        QVERIFY(mutualUrl_.startsWith(u"https://"));
    }

    void aCustomCaIsTrusted()
    {
        const auto status = statusOf(httpsUrl_, trustingTheDevnet());
        QVERIFY2(status.ok(), status ? "" : qPrintable(status.error().message()));
        QCOMPARE(toHex(status->chainId), chainId_);
    }

    void anUnknownCaIsRefusedWithAHint()
    {
        const auto status = statusOf(httpsUrl_, {});  // the system's CAs only
        QVERIFY(!status.ok());
        QCOMPARE(QByteArray(status.error().code()), QByteArray("net.tls"));
        QVERIFY2(status.error().message().contains(u"--ca-file"),
                 qPrintable(status.error().message()));
        // Plain HTTP to an HTTPS node does not get an answer either.
        QString plain = httpsUrl_;
        plain.replace(u"https://"_qs, u"http://"_qs);
        QVERIFY(!statusOf(plain, {}).ok());
    }

    void aMatchingPinIsAccepted()
    {
        net::TlsOptions tls = trustingTheDevnet();
        tls.pinnedPublicKey = pinOf(ca(QStringLiteral("tls-server.pem")));
        QVERIFY(tls.pinnedPublicKey.size() == 52);  // sha256// + 44 base64 characters
        const auto status = statusOf(httpsUrl_, tls);
        QVERIFY2(status.ok(), status ? "" : qPrintable(status.error().message()));
    }

    void aPinThatDoesNotMatchIsRefused()
    {
        // A certificate from the right CA, but not the key the operator pinned.
        net::TlsOptions tls = trustingTheDevnet();
        tls.pinnedPublicKey = pinOf(ca(QStringLiteral("tls-client.pem")));
        QElapsedTimer t;
        t.start();
        const auto status = statusOf(httpsUrl_, tls, 3);
        QVERIFY(!status.ok());
        QCOMPARE(QByteArray(status.error().code()), QByteArray("net.pin-mismatch"));
        QVERIFY(t.elapsed() < 400);  // final at once: a wrong key is no transient failure
    }

    void mutualTlsNeedsTheClientCertificate()
    {
        net::TlsOptions tls = trustingTheDevnet();
        QVERIFY(!statusOf(mutualUrl_, tls).ok());
        tls.clientCert = ca(QStringLiteral("tls-client.pem"));
        tls.clientKey = ca(QStringLiteral("tls-client-key.pem"));
        const auto status = statusOf(mutualUrl_, tls);
        QVERIFY2(status.ok(), status ? "" : qPrintable(status.error().message()));
        QCOMPARE(toHex(status->chainId), chainId_);
    }

    void theCliSyncsOverHttps()
    {
        QProcess cli;
        cli.start(
            QStringLiteral(POWERPROOF_CLI),
            {QStringLiteral("sync"), QStringLiteral("--db"), tmp_.filePath(QStringLiteral("w.db")),
             QStringLiteral("--node"), mutualUrl_, QStringLiteral("--chain-id"), chainId_,
             QStringLiteral("--ca-file"), ca(QStringLiteral("root.pem")), QStringLiteral("--pin"),
             pinOf(ca(QStringLiteral("tls-server.pem"))), QStringLiteral("--client-cert"),
             ca(QStringLiteral("tls-client.pem")), QStringLiteral("--client-key"),
             ca(QStringLiteral("tls-client-key.pem")), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(o.value(u"chain_id").toString(), chainId_);
        QVERIFY(o.value(u"headers_verified").toInteger() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
