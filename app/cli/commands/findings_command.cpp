#include "findings_command.h"

#include "arguments.h"
#include "findings/finding_codes.h"
#include "workspace_access.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pp::cli {

QString FindingsCommand::summary() const
{
    return tr("List findings: verification failures and implausible data.");
}

void FindingsCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOptions(
        {{QStringLiteral("device"), tr("Only this device (32 hex digits)."), QStringLiteral("HEX")},
         {QStringLiteral("code"), tr("Only this code (IMPLAUSIBLE, SEQ_GAP, ...)."),
          QStringLiteral("CODE")},
         {QStringLiteral("json"), tr("Print one JSON array.")}});
}

int FindingsCommand::execute(const QCommandLineParser& parser)
{
    QByteArray device;
    if (parser.isSet(QStringLiteral("device"))) {
        auto id =
            parseDeviceOption(QStringLiteral("device"), parser.value(QStringLiteral("device")));
        if (!id)
            return usageError(id.error().localizedMessage());
        device = *id;
    }
    const QString code = parser.value(QStringLiteral("code"));
    if (!code.isEmpty() && findings::findingCode(code) == nullptr)
        return usageError(tr("--code: '%1' is not a finding code of protocol §9 (SEQ_GAP, "
                             "IMPLAUSIBLE, FORK, ...; see docs/protocol.md)")
                              .arg(code));
    auto ws = openExistingWorkspace(parser);
    if (!ws)
        return usageError(ws.error().localizedMessage());
    auto findings = ws->findings().list(device, code);
    if (!findings) {
        err() << tr("error: %1").arg(findings.error().localizedMessage()) << '\n';
        return kExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray all;
        for (const store::FindingRow& f : *findings)
            all.append(findingJson(f));
        out() << QJsonDocument(all).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (const store::FindingRow& f : *findings)
            out() << findingLine(f) << '\n';
    }
    return kExitOk;
}

}  // namespace pp::cli
