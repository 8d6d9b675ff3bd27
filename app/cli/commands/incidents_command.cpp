#include "incidents_command.h"

#include "analytics/asset_info.h"
#include "analytics/incidents.h"
#include "workspace_access.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pp::cli {

namespace {

const char* severityName(analytics::Incident::Severity s)
{
    switch (s) {
        case analytics::Incident::Severity::Critical:
            return "critical";
        case analytics::Incident::Severity::High:
            return "high";
        case analytics::Incident::Severity::Medium:
            break;
    }
    return "medium";
}

}  // namespace

QString IncidentsCommand::summary() const
{
    return tr("List incidents: findings grouped by device, kind and time, most severe first.");
}

void IncidentsCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print one JSON array.")});
}

int IncidentsCommand::execute(const QCommandLineParser& parser)
{
    auto ws = openExistingWorkspace(parser);
    if (!ws)
        return usageError(ws.error().localizedMessage());
    auto findings = ws->findings().list({}, {});
    auto devices = ws->registrations().devices();
    if (const Error* e = firstError(findings, devices)) {
        err() << tr("error: %1").arg(e->localizedMessage()) << '\n';
        return kExitFailure;
    }
    QHash<QByteArray, QString> names;
    for (const store::DeviceRow& d : *devices)
        names.insert(d.deviceId, analytics::AssetInfo::fromDevice(d).name);
    const auto incidents = analytics::groupIncidents(*findings, analytics::kIncidentGapMs);
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray all;
    for (const analytics::Incident& i : incidents) {
        const QString device = QString::fromLatin1(i.deviceId.toHex());
        const QString who =
            i.deviceId.isEmpty() ? tr("the chain") : names.value(i.deviceId, device);
        if (json) {
            all.append(
                QJsonObject{{QStringLiteral("id"), i.id},
                            {QStringLiteral("severity"), QLatin1String(severityName(i.severity))},
                            {QStringLiteral("code"), i.code},
                            {QStringLiteral("device"), device},
                            {QStringLiteral("name"), who},
                            {QStringLiteral("what"), i.what.english()},
                            {QStringLiteral("first"), i.firstMs ? isoTime(i.firstMs) : QString()},
                            {QStringLiteral("last"), i.lastMs ? isoTime(i.lastMs) : QString()},
                            {QStringLiteral("findings"), static_cast<double>(i.findings.size())},
                            {QStringLiteral("days"), static_cast<double>(i.days)}});
            continue;
        }
        out() << tr("%1  %2  %3: %4")
                     .arg(QLatin1String(severityName(i.severity)), i.code, who, i.what.localized())
              << '\n';
        if (i.firstMs)
            out() << tr("    %n finding(s) on %1 day(s), %2 to %3", nullptr,
                        static_cast<int>(i.findings.size()))
                         .arg(i.days)
                         .arg(isoTime(i.firstMs), isoTime(i.lastMs))
                  << tr("  [%1]").arg(i.id) << '\n';
        else
            out() << tr("    %n finding(s)", nullptr, static_cast<int>(i.findings.size()))
                  << tr("  [%1]").arg(i.id) << '\n';
    }
    if (json)
        out() << QJsonDocument(all).toJson(QJsonDocument::Compact) << '\n';
    else
        out() << tr("%1 incident(s) from %2 finding(s)").arg(incidents.size()).arg(findings->size())
              << '\n';
    return kExitOk;
}

}  // namespace pp::cli
