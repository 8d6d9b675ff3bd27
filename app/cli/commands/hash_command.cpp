#include "hash_command.h"

#include "arguments.h"
#include "crypto/hash.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace pp::cli {

QString HashCommand::summary() const
{
    return tr("Hash a file with SHA-256 or SM3.");
}

void HashCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("alg"), tr("Hash: sha-256 or sm3."), QStringLiteral("ALG"),
                      QStringLiteral("sha-256")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The file to hash; - for standard input."));
}

int HashCommand::execute(const QCommandLineParser& parser)
{
    const auto alg = parseHashAlg(QStringLiteral("alg"), parser.value(QStringLiteral("alg")));
    if (!alg)
        return usageError(alg.error().localizedMessage());
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(tr("give exactly one FILE"));

    QFile file;
    const QString& path = files.first();
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err() << tr("error: cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return kExitFailure;
    }
    crypto::Hasher hasher(*alg);
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = file.read(chunk.data(), chunk.size())) > 0)
        hasher.update(QByteArrayView(chunk.constData(), n));
    if (n < 0) {
        err() << tr("error: reading %1 failed: %2").arg(path, file.errorString()) << '\n';
        return kExitFailure;
    }
    const QString digest = toHex(hasher.finish());
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("alg"), crypto::hashAlgName(*alg)},
                            {QStringLiteral("file"), path},
                            {QStringLiteral("digest"), digest}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out() << digest << "  " << path << '\n';  // the sha256sum layout
    }
    return kExitOk;
}

}  // namespace pp::cli
