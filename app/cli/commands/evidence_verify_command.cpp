#include "evidence_verify_command.h"

#include "arguments.h"
#include "evidence/evidence_package.h"
#include "workspace_access.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pp::cli {

QString EvidenceVerifyCommand::summary() const
{
    return tr("Check an evidence package offline: files, checksums, chain, proofs, signatures.");
}

void EvidenceVerifyCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("package"), tr("The package (.zip)."));
    parser.addOptions({
        {QStringLiteral("chain-id"),
         tr("The chain you trust (64 hex digits); without it, the package's own is shown."),
         QStringLiteral("HEX")},
        {QStringLiteral("json"), tr("Print one JSON object.")},
    });
}

int EvidenceVerifyCommand::execute(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("name one package"));
    std::optional<Digest> trusted;
    if (parser.isSet(QStringLiteral("chain-id"))) {
        auto id =
            parseDigestOption(QStringLiteral("chain-id"), parser.value(QStringLiteral("chain-id")));
        if (!id)
            return usageError(id.error().localizedMessage());
        trusted = *id;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    auto verdict = evidence::verifyPackage(parser.positionalArguments().first(), trusted);
    if (!verdict)
        return reportVerdict(verdict.error(), json, {});
    const evidence::Verdict& v = verdict->evidence;
    if (json) {
        QJsonArray notices;
        for (const Text& n : v.notices)
            notices.append(n.english());
        QJsonArray devices;
        for (const QByteArray& d : v.statement.devices)
            devices.append(QString::fromLatin1(d.toHex()));
        const QJsonObject o{
            {QStringLiteral("valid"), true},
            {QStringLiteral("chain_id"), toHex(v.chainId)},
            {QStringLiteral("chain_id_trusted"), trusted.has_value()},
            {QStringLiteral("chain"), v.chainName},
            {QStringLiteral("anchor_height"), static_cast<double>(v.anchorHeight)},
            {QStringLiteral("anchor_hash"), toHex(v.anchorHash)},
            {QStringLiteral("anchor_time"), isoTime(v.anchorTimeMs)},
            {QStringLiteral("records"), static_cast<double>(v.records)},
            {QStringLiteral("registrations"), static_cast<double>(v.registrations)},
            {QStringLiteral("transitions"), static_cast<double>(v.transitions)},
            {QStringLiteral("devices"), devices},
            {QStringLiteral("exported"), isoTime(v.statement.timeMs)},
            {QStringLiteral("tool"), v.statement.tool},
            {QStringLiteral("signed"), verdict->signedByExporter},
            {QStringLiteral("signer"), verdict->signer},
            {QStringLiteral("signer_issuer"), verdict->signerIssuer},
            {QStringLiteral("trust_root_sha256"), verdict->trustRootSha256},
            {QStringLiteral("time_stamped"), verdict->timeStamped},
            {QStringLiteral("time_stamp"),
             verdict->timeStamped ? isoTime(verdict->timeStampMs) : QString()},
            {QStringLiteral("tsa"), verdict->tsa},
            {QStringLiteral("fork_height"),
             verdict->fork ? QJsonValue(static_cast<double>(verdict->fork->height)) : QJsonValue()},
            {QStringLiteral("notices"), notices}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return kExitOk;
    }
    out() << tr("VALID: %1 records of %2 device(s), each signed by its registered key and "
                "included in chain %3 (%4)")
                 .arg(v.records)
                 .arg(v.statement.devices.size())
                 .arg(v.chainName, toHex(v.chainId))
          << '\n'
          << tr("anchor: block %1 (%2), %3")
                 .arg(v.anchorHeight)
                 .arg(toHex(v.anchorHash), isoTime(v.anchorTimeMs))
          << '\n'
          << tr("exported %1 by %2").arg(isoTime(v.statement.timeMs), v.statement.tool) << '\n';
    if (!trusted)
        out() << tr("WARNING: NO --chain-id GIVEN. THIS IS THE CHAIN THE PACKAGE NAMES: "
                    "COMPARE %1 WITH A CHAIN ID YOU TRUST.")
                     .arg(toHex(v.chainId))
              << '\n';
    if (verdict->signedByExporter)
        out() << tr("signed by %1 (issued by %2); its root's SHA-256 fingerprint is %3: compare "
                    "it with the one the exporter publishes")
                     .arg(verdict->signer, verdict->signerIssuer, verdict->trustRootSha256)
              << '\n';
    else
        out() << tr("note: the package is not signed: who exported it is not proven") << '\n';
    if (verdict->timeStamped)
        out() << tr("time-stamped %1 by %2").arg(isoTime(verdict->timeStampMs), verdict->tsa)
              << '\n';
    else
        out() << tr("note: the package is not time-stamped: when it was made is not proven")
              << '\n';
    for (const Text& n : v.notices)
        out() << tr("note: %1").arg(n.localized()) << '\n';
    return kExitOk;
}

}  // namespace pp::cli
