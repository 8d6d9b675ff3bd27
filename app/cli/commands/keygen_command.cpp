#include "keygen_command.h"

#include "crypto/private_key.h"
#include "passphrase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace pp::cli {

QString KeygenCommand::summary() const
{
    return tr("Generate an Ed25519, P-256 or SM2 signing key.");
}

void KeygenCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("alg"), tr("Algorithm: ed25519, p256 or sm2."), QStringLiteral("ALG")});
    parser.addOption({QStringLiteral("out"), tr("Where to write the private key (PKCS#8 PEM)."),
                      QStringLiteral("KEY.pem")});
    parser.addOption({QStringLiteral("encrypt"),
                      tr("Encrypt the key with a passphrase (asked on the terminal, or the first "
                         "line of standard input).")});
    parser.addOption({QStringLiteral("force"), tr("Overwrite an existing file.")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
}

int KeygenCommand::execute(const QCommandLineParser& parser)
{
    const QString algName = parser.value(QStringLiteral("alg"));
    const auto alg = crypto::sigAlgFromName(algName);
    if (!alg)
        return usageError(tr("--alg must be ed25519, p256 or sm2"));
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return usageError(tr("--out is required"));
    if (QFile::exists(path) && !parser.isSet(QStringLiteral("force"))) {
        err() << tr("error: %1 exists; pass --force to overwrite it").arg(path) << '\n';
        return kExitFailure;
    }

    QByteArray passphrase;
    if (parser.isSet(QStringLiteral("encrypt"))) {
        const auto p = readPassphrase(tr("Passphrase for the new key: "), true);
        if (!p || p->isEmpty()) {
            err() << tr("error: no passphrase, or the two entries differ") << '\n';
            return kExitFailure;
        }
        passphrase = *p;
    }

    const auto key = crypto::PrivateKey::generate(*alg);
    if (!key) {
        err() << tr("error: %1").arg(key.error().localizedMessage()) << '\n';
        return kExitFailure;
    }
    const auto pem = key->toPem(passphrase);
    if (!pem) {
        err() << tr("error: %1").arg(pem.error().localizedMessage()) << '\n';
        return kExitFailure;
    }
    QFile file(path);
    // Owner-only from the moment it exists: the file holds a private key.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(*pem) != pem->size() || !file.flush()) {
        err() << tr("error: cannot write %1: %2").arg(path, file.errorString()) << '\n';
        return kExitFailure;
    }

    const crypto::PublicKey& pub = key->publicKey();
    const QString cborKey = toHex(pub.cborBytes());
    const QString kidSha = toHex(pub.keyId(crypto::HashAlg::Sha256));
    const QString kidSm3 = toHex(pub.keyId(crypto::HashAlg::Sm3));
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("alg"), algName},
                            {QStringLiteral("cose_alg"), static_cast<qint64>(crypto::coseId(*alg))},
                            {QStringLiteral("public_key_cbor"), cborKey},
                            {QStringLiteral("key_id_sha256"), kidSha},
                            {QStringLiteral("key_id_sm3"), kidSm3},
                            {QStringLiteral("file"), path},
                            {QStringLiteral("encrypted"), !passphrase.isEmpty()}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return kExitOk;
    }
    out() << tr("Algorithm:         %1 (COSE %2)").arg(algName).arg(crypto::coseId(*alg)) << '\n'
          << tr("Public key (CBOR): %1").arg(cborKey) << '\n'
          << tr("Key id, sha-256:   %1  (chains of the intl profile)").arg(kidSha) << '\n'
          << tr("Key id, sm3:       %1  (chains of the gm profile)").arg(kidSm3) << '\n'
          << (passphrase.isEmpty() ? tr("Wrote %1 (not encrypted).").arg(path)
                                   : tr("Wrote %1 (encrypted).").arg(path))
          << '\n';
    return kExitOk;
}

}  // namespace pp::cli
