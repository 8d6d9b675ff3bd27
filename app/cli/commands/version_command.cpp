#include "version_command.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/crypto.h>

namespace pp::cli {

QString VersionCommand::summary() const
{
    return tr("Print the versions of PowerProof and the libraries it verifies with.");
}

void VersionCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
}

int VersionCommand::execute(const QCommandLineParser& parser)
{
    const QString openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    const QString qt = QString::fromLatin1(qVersion());
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("powerproof"), QCoreApplication::applicationVersion()},
                            {QStringLiteral("protocol"), QStringLiteral("powerproof/1")},
                            {QStringLiteral("qt"), qt},
                            {QStringLiteral("openssl"), openssl}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return kExitOk;
    }
    out() << tr("PowerProof %1 (protocol powerproof/1)").arg(QCoreApplication::applicationVersion())
          << '\n'
          << tr("Qt %1, %2").arg(qt, openssl) << '\n';
    return kExitOk;
}

}  // namespace pp::cli
