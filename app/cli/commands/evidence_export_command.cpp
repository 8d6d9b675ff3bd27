#include "evidence_export_command.h"

#include "analytics/incidents.h"
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

namespace {

Error usage(const char* text, QStringList args = {})
{
    return Error(ErrorKind::Malformed, "cli.argument", text, std::move(args));
}

Result<QByteArray> readFile(const QString& option, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return usage(QT_TRANSLATE_NOOP("Error", "cannot read --%1 %2: %3"),
                     {option, path, f.errorString()});
    return f.readAll();
}

// --sign-cert/--sign-key/--sign-chain (PEM), or --sign-key naming a PKCS#12 file that holds
// all three; none of them: an unsigned package.
Result<std::optional<evidence::Signing>> readSigning(const QCommandLineParser& parser)
{
    const QString keyFile = parser.value(QStringLiteral("sign-key"));
    if (keyFile.isEmpty()) {
        if (parser.isSet(QStringLiteral("sign-cert")))
            return usage(QT_TRANSLATE_NOOP("Error", "--sign-key is required to sign"));
        return std::optional<evidence::Signing>();
    }
    evidence::Signing signing;
    auto key = readFile(QStringLiteral("sign-key"), keyFile);
    if (!key)
        return std::move(key).error();
    signing.keyPem = *key;
    if (parser.isSet(QStringLiteral("sign-key-encrypted"))) {
        auto passphrase = readPassphrase(
            QCoreApplication::translate("EvidenceExportCommand", "Passphrase of the signing key: "),
            false);
        if (!passphrase)
            return usage(QT_TRANSLATE_NOOP("Error", "no passphrase was given"));
        signing.passphrase = *passphrase;
    }
    // PEM is text; anything else is taken for a PKCS#12 bundle (DER).
    if (!signing.keyPem.trimmed().startsWith("-----BEGIN")) {
        auto bundle = evidence::signingFromPkcs12(signing.keyPem, signing.passphrase);
        if (!bundle)
            return std::move(bundle).error().within(QT_TRANSLATE_NOOP("Error", "--sign-key %1"),
                                                    {keyFile});
        return std::optional(std::move(*bundle));
    }
    if (!parser.isSet(QStringLiteral("sign-cert")))
        return usage(QT_TRANSLATE_NOOP(
            "Error", "--sign-cert is required with a PEM key (a PKCS#12 file carries its own)"));
    for (const auto& [option, into] : {std::pair{"sign-cert", &signing.certificatePem},
                                       std::pair{"sign-chain", &signing.chainPem}}) {
        const QString file = parser.value(QLatin1String(option));
        if (file.isEmpty())
            continue;
        auto bytes = readFile(QLatin1String(option), file);
        if (!bytes)
            return std::move(bytes).error();
        *into = *bytes;
    }
    return std::optional(std::move(signing));
}

// --incident ID: the device and window of that incident among the workspace's findings.
Status selectIncident(store::Workspace& ws, const QString& id, evidence::Selection& selection)
{
    auto findings = ws.findings().list({}, {});
    if (!findings)
        return std::move(findings).error();
    for (const auto& incident : analytics::groupIncidents(*findings, analytics::kIncidentGapMs)) {
        if (incident.id != id)
            continue;
        auto window = evidence::incidentWindow(incident);
        if (!window)
            return usage(QT_TRANSLATE_NOOP("Error",
                                           "incident %1 concerns a witness, not the chain or a "
                                           "device: it has nothing to export"),
                         {id});
        selection.devices = window->devices;
        selection.fromMs = window->fromMs;
        selection.toMs = window->toMs;
        selection.fork = window->fork;
        return okStatus();
    }
    return usage(QT_TRANSLATE_NOOP("Error",
                                   "no incident %1 in this workspace ('powerproof-cli incidents' "
                                   "lists them)"),
                 {id});
}

}  // namespace

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
        {QStringLiteral("incident"),
         tr("Export an incident: its device over its first to last record (an id from "
            "'powerproof-cli incidents')."),
         QStringLiteral("ID")},
        {QStringLiteral("out"), tr("The package to write (.zip)."), QStringLiteral("FILE")},
        {QStringLiteral("note"), tr("A note for the exporter's statement."),
         QStringLiteral("TEXT")},
        {QStringLiteral("sign-cert"), tr("Sign the package with this certificate (PEM)."),
         QStringLiteral("PEM")},
        {QStringLiteral("sign-key"),
         tr("Its private key (PEM; ECDSA P-256 or RSA of 3072 bits or more), or a PKCS#12 "
            "file holding key, certificate and chain (then --sign-cert is not needed)."),
         QStringLiteral("FILE")},
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
         tr("The key (or PKCS#12 file) is encrypted: read its passphrase (from the terminal, "
            "or the first line of standard input).")},
        {QStringLiteral("node"),
         tr("The node a tip-only workspace was synced from: the history proofs it lacks are "
            "fetched there and checked against the anchor."),
         QStringLiteral("URL")},
        {QStringLiteral("json"), tr("Print one JSON object.")},
    });
}

int EvidenceExportCommand::execute(const QCommandLineParser& parser)
{
    if (const QString missing = missingOption(parser, {"out"}); !missing.isEmpty())
        return usageError(tr("--%1 is required").arg(missing));
    const bool incident = parser.isSet(QStringLiteral("incident"));
    if (incident == parser.isSet(QStringLiteral("device")))
        return usageError(tr("give either --device or --incident"));
    if (incident && (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"))))
        return usageError(tr("--incident sets the window: leave out --from and --to"));
    evidence::Selection selection;
    for (const QString& hex : parser.values(QStringLiteral("device"))) {
        auto device = parseDeviceOption(QStringLiteral("device"), hex);
        if (!device)
            return usageError(device.error().localizedMessage());
        selection.devices.push_back(*device);
    }
    auto window = parseWindowOptions(parser);
    if (!window)
        return usageError(window.error().localizedMessage());
    selection.fromMs = window->first;
    selection.toMs = window->second;
    selection.tool = QStringLiteral("powerproof-cli ") + QCoreApplication::applicationVersion();
    if (parser.isSet(QStringLiteral("note")))
        selection.note = parser.value(QStringLiteral("note"));
    selection.nowMs = static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch());
    auto signing = readSigning(parser);
    if (!signing)
        return usageError(signing.error().localizedMessage());
    std::optional<evidence::TimeStamping> timeStamping;
    if (parser.isSet(QStringLiteral("tsa"))) {
        timeStamping = evidence::TimeStamping{parser.value(QStringLiteral("tsa")), {}};
        if (parser.isSet(QStringLiteral("tsa-ca"))) {
            QFile f(parser.value(QStringLiteral("tsa-ca")));
            if (!f.open(QIODevice::ReadOnly))
                return usageError(
                    tr("cannot read --tsa-ca %1: %2").arg(f.fileName(), f.errorString()));
            timeStamping->caPem = f.readAll();
        } else if (*signing && !(*signing)->chainPem.isEmpty()) {
            timeStamping->caPem = (*signing)->chainPem;
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
    if (incident) {
        if (auto st = selectIncident(*ws, parser.value(QStringLiteral("incident")), selection); !st)
            return usageError(st.error().localizedMessage());
    }
    std::optional<evidence::NodeSource> node;
    if (parser.isSet(QStringLiteral("node")))
        node = evidence::NodeSource{parser.value(QStringLiteral("node")), {}};
    auto summary =
        evidence::exportPackage(*ws, selection, path, *signing, timeStamping, {}, nullptr, node);
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
            {QStringLiteral("document_bytes"), static_cast<double>(summary->documentBytes)},
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
