#include "evidence_export_command.h"

#include "arguments.h"
#include "evidence/evidence_package.h"
#include "passphrase.h"
#include "workspace_access.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pp::cli {

QString EvidenceExportCommand::summary() const
{
    return tr("Export devices' verified records as an evidence package (BagIt in a ZIP).");
}

void EvidenceExportCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOptions({
        {QStringLiteral("device"), tr("A device to include (32 hex digits); repeat for more."),
         QStringLiteral("HEX")},
        {QStringLiteral("from"), tr("Records from this time (ISO 8601)."), QStringLiteral("ISO")},
        {QStringLiteral("to"), tr("Records before this time (ISO 8601)."), QStringLiteral("ISO")},
        {QStringLiteral("out"), tr("The package to write (.zip)."), QStringLiteral("FILE")},
        {QStringLiteral("note"), tr("A note for the exporter's statement."),
         QStringLiteral("TEXT")},
        {QStringLiteral("sign-cert"), tr("Sign the package with this certificate (PEM)."),
         QStringLiteral("PEM")},
        {QStringLiteral("sign-key"),
         tr("Its private key (PEM; ECDSA P-256 or RSA of 3072 bits or more)."),
         QStringLiteral("PEM")},
        {QStringLiteral("sign-chain"),
         tr("The certificates from the signer's issuer up to the root (PEM)."),
         QStringLiteral("PEM")},
        {QStringLiteral("tsa"),
         tr("Time-stamp the package at this RFC 3161 authority (the demo node's /v1/tsa)."),
         QStringLiteral("URL")},
        {QStringLiteral("tsa-ca"),
         tr("The root certificate of the time-stamping authority (PEM); without it, the root "
            "of --sign-chain."),
         QStringLiteral("PEM")},
        {QStringLiteral("sign-key-encrypted"),
         tr("The key is encrypted: read its passphrase (from the terminal, or the first line "
            "of standard input).")},
        {QStringLiteral("json"), tr("Print one JSON object.")},
    });
}

int EvidenceExportCommand::execute(const QCommandLineParser& parser)
{
    if (const QString missing = missingOption(parser, {"device", "out"}); !missing.isEmpty())
        return usageError(tr("--%1 is required").arg(missing));
    evidence::Selection selection;
    for (const QString& hex : parser.values(QStringLiteral("device"))) {
        auto device = parseHexOption(QStringLiteral("device"), hex);
        if (!device)
            return usageError(device.error().localizedMessage());
        if (device->size() != 16)
            return usageError(tr("--device must be 32 hex digits, not %1").arg(hex));
        selection.devices.push_back(*device);
    }
    auto from = parseTimeOption(parser, QStringLiteral("from"), 0);
    auto to = parseTimeOption(parser, QStringLiteral("to"), UINT64_MAX);
    if (const Error* e = firstError(from, to))
        return usageError(e->localizedMessage());
    if (*from >= *to)
        return usageError(tr("--from must be before --to"));
    selection.fromMs = *from;
    selection.toMs = *to;
    selection.tool = QStringLiteral("powerproof-cli ") + QCoreApplication::applicationVersion();
    if (parser.isSet(QStringLiteral("note")))
        selection.note = parser.value(QStringLiteral("note"));
    selection.nowMs = static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch());
    std::optional<evidence::Signing> signing;
    if (parser.isSet(QStringLiteral("sign-cert")) || parser.isSet(QStringLiteral("sign-key"))) {
        if (const QString missing = missingOption(parser, {"sign-cert", "sign-key"});
            !missing.isEmpty())
            return usageError(tr("--%1 is required to sign").arg(missing));
        signing.emplace();
        for (const auto& [option, into] : {std::pair{"sign-cert", &signing->certificatePem},
                                           std::pair{"sign-key", &signing->keyPem},
                                           std::pair{"sign-chain", &signing->chainPem}}) {
            const QString file = parser.value(QLatin1String(option));
            if (file.isEmpty())
                continue;
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return usageError(tr("cannot read --%1 %2: %3")
                                      .arg(QLatin1String(option), file, f.errorString()));
            *into = f.readAll();
        }
        if (parser.isSet(QStringLiteral("sign-key-encrypted"))) {
            auto passphrase = readPassphrase(tr("Passphrase of the signing key: "), false);
            if (!passphrase)
                return usageError(tr("no passphrase was given"));
            signing->passphrase = *passphrase;
        }
    }
    std::optional<evidence::TimeStamping> timeStamping;
    if (parser.isSet(QStringLiteral("tsa"))) {
        timeStamping = evidence::TimeStamping{parser.value(QStringLiteral("tsa")), {}};
        if (parser.isSet(QStringLiteral("tsa-ca"))) {
            QFile f(parser.value(QStringLiteral("tsa-ca")));
            if (!f.open(QIODevice::ReadOnly))
                return usageError(
                    tr("cannot read --tsa-ca %1: %2").arg(f.fileName(), f.errorString()));
            timeStamping->caPem = f.readAll();
        } else if (signing && !signing->chainPem.isEmpty()) {
            timeStamping->caPem = signing->chainPem;
        } else {
            return usageError(tr("--tsa needs --tsa-ca (or --sign-chain) to check the answer"));
        }
    }
    auto ws = openExistingWorkspace(parser);
    if (!ws)
        return usageError(ws.error().localizedMessage());
    auto devices = ws->registrations().devices();
    if (!devices) {
        err() << tr("error: %1").arg(devices.error().localizedMessage()) << '\n';
        return kExitFailure;
    }
    for (const QByteArray& d : selection.devices) {
        if (std::none_of(devices->begin(), devices->end(),
                         [&](const store::DeviceRow& r) { return r.deviceId == d; }))
            return usageError(tr("device %1 is not registered in this workspace")
                                  .arg(QString::fromLatin1(d.toHex())));
    }
    const QString path = parser.value(QStringLiteral("out"));
    auto summary = evidence::exportPackage(*ws, selection, path, signing, timeStamping);
    if (!summary) {
        err() << tr("error: %1").arg(summary.error().localizedMessage()) << '\n';
        return kExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o{
            {QStringLiteral("path"), summary->path},
            {QStringLiteral("bag"), summary->bagRoot},
            {QStringLiteral("records"), static_cast<double>(summary->records)},
            {QStringLiteral("registrations"), static_cast<double>(summary->registrations)},
            {QStringLiteral("blocks"), static_cast<double>(summary->blocks)},
            {QStringLiteral("transitions"), static_cast<double>(summary->transitions)},
            {QStringLiteral("anchor_height"), static_cast<double>(summary->anchorHeight)},
            {QStringLiteral("bytes"), static_cast<double>(summary->bytes)},
            {QStringLiteral("signed"), summary->signedByExporter},
            {QStringLiteral("time_stamped"), summary->timeStampMs.has_value()}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out() << (summary->signedByExporter
                      ? tr("wrote %1: %2 records, %3 registrations, %4 blocks proven against "
                           "block %5 (%6 bytes); signed")
                      : tr("wrote %1: %2 records, %3 registrations, %4 blocks proven against "
                           "block %5 (%6 bytes); unsigned"))
                     .arg(summary->path)
                     .arg(summary->records)
                     .arg(summary->registrations)
                     .arg(summary->blocks)
                     .arg(summary->anchorHeight)
                     .arg(summary->bytes)
              << '\n';
    }
    return kExitOk;
}

}  // namespace pp::cli
