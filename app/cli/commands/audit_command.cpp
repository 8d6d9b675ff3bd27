#include "audit_command.h"

#include "lightnode/workspace_audit.h"
#include "workspace_access.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pp::cli {

QString AuditCommand::summary() const
{
    return tr("Re-verify a workspace from its stored bytes and list what they no longer support.");
}

void AuditCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOptions({
        {QStringLiteral("quick"),
         tr("Headers, commits, registrations and each device's records whose seq is a "
            "multiple of 100 only.")},
        {QStringLiteral("json"), tr("Print one JSON object.")},
    });
}

int AuditCommand::execute(const QCommandLineParser& parser)
{
    auto ws = openExistingWorkspace(parser);
    if (!ws)
        return usageError(ws.error().localizedMessage());
    const auto depth = parser.isSet(QStringLiteral("quick")) ? lightnode::AuditDepth::Quick
                                                             : lightnode::AuditDepth::Full;
    auto report = lightnode::auditWorkspace(*ws, depth);
    if (!report) {
        err() << tr("error: %1").arg(report.error().localizedMessage()) << '\n';
        return kExitFailure;
    }
    const lightnode::AuditReport& r = *report;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray differences;
        for (const lightnode::AuditDifference& d : r.differences)
            differences.append(QJsonObject{{QStringLiteral("item"), d.item},
                                           {QStringLiteral("message"), d.what.english()}});
        out() << QJsonDocument(
                     QJsonObject{
                         {QStringLiteral("clean"), r.clean()},
                         {QStringLiteral("depth"), depth == lightnode::AuditDepth::Full
                                                       ? QStringLiteral("full")
                                                       : QStringLiteral("quick")},
                         {QStringLiteral("headers"), static_cast<double>(r.headers)},
                         {QStringLiteral("commits"), static_cast<double>(r.commits)},
                         {QStringLiteral("registrations"), static_cast<double>(r.registrations)},
                         {QStringLiteral("records"), static_cast<double>(r.records)},
                         {QStringLiteral("findings"), static_cast<double>(r.findings)},
                         {QStringLiteral("daily_rows"), static_cast<double>(r.dailyRows)},
                         {QStringLiteral("battery_summaries"),
                          static_cast<double>(r.batterySummaries)},
                         {QStringLiteral("differences"), differences}})
                     .toJson(QJsonDocument::Indented);
    } else {
        out() << tr("Audited %1 headers, %2 commits, %3 registrations, %4 records, %5 findings, "
                    "%6 daily summaries and %7 battery summaries")
                     .arg(r.headers)
                     .arg(r.commits)
                     .arg(r.registrations)
                     .arg(r.records)
                     .arg(r.findings)
                     .arg(r.dailyRows)
                     .arg(r.batterySummaries)
              << '\n';
        for (const lightnode::AuditDifference& d : r.differences)
            out() << d.item << ": " << d.what.localized() << '\n';
        out() << (r.clean() ? tr("Every stored item is what its bytes prove.")
                            : tr("%1 differences: the workspace was changed after it was "
                                 "verified. Sync it again into a new workspace.")
                                  .arg(r.differences.size()))
              << '\n';
    }
    return r.clean() ? kExitOk : kExitInvalid;
}

}  // namespace pp::cli
