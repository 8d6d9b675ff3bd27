#include "node/server_tls.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace pp::node {

namespace {

Error tlsError(const QString& file, const char* what)
{
    return Error(ErrorKind::Invalid, "node.tls", QT_TRANSLATE_NOOP("Error", "%1: %2"),
                 {file, QString::fromLatin1(what)});
}

Result<QByteArray> readPem(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, "node.tls-file", QT_TRANSLATE_NOOP("Error", "%1: %2"),
                     {file, f.errorString()});
    return f.readAll();
}

Result<QList<QSslCertificate>> certificates(const QString& file)
{
    auto pem = readPem(file);
    if (!pem)
        return std::move(pem).error();
    QList<QSslCertificate> chain = QSslCertificate::fromData(*pem, QSsl::Pem);
    if (chain.isEmpty())
        return tlsError(file, "holds no PEM certificate");
    return chain;
}

}  // namespace

Result<QSslConfiguration> serverTls(const QString& certificateFile, const QString& keyFile,
                                    const QString& clientCaFile)
{
    auto chain = certificates(certificateFile);
    if (!chain)
        return std::move(chain).error();
    auto keyPem = readPem(keyFile);
    if (!keyPem)
        return std::move(keyPem).error();
    QSslKey key(*keyPem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(*keyPem, QSsl::Rsa);
    if (key.isNull())
        return tlsError(keyFile, "holds no PEM EC or RSA private key");

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setLocalCertificateChain(*chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!clientCaFile.isEmpty()) {
        auto clientCas = certificates(clientCaFile);
        if (!clientCas)
            return std::move(clientCas).error();
        tls.setCaCertificates(*clientCas);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    return tls;
}

}  // namespace pp::node
