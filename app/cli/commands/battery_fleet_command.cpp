#include "battery_fleet_command.h"

#include "analytics/battery/battery_fleet.h"
#include "arguments.h"
#include "common/bytes.h"
#include "workspace_access.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pp::cli {

namespace {

QJsonValue number(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString orDash(const std::optional<double>& v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("-");
}

QJsonObject batteryJson(const analytics::FleetBattery& b, int rank)
{
    QJsonObject parts;
    for (const analytics::RiskPart& p : b.parts)
        parts.insert(QLatin1String(p.key), QJsonObject{{QStringLiteral("figure"), p.figure},
                                                       {QStringLiteral("score"), p.score},
                                                       {QStringLiteral("weight"), p.weight}});
    QJsonObject o{{QStringLiteral("rank"), rank},
                  {QStringLiteral("device"), toHex(b.info.deviceId)},
                  {QStringLiteral("name"), b.info.name},
                  {QStringLiteral("class"), b.info.assetClass == records::AssetClass::Vehicle
                                                ? QStringLiteral("vehicle")
                                                : QStringLiteral("battery")},
                  {QStringLiteral("samples"), static_cast<double>(b.samples)},
                  {QStringLiteral("risk"), b.risk},
                  {QStringLiteral("parts"), parts},
                  {QStringLiteral("efc"), number(b.efc)},
                  {QStringLiteral("soh_reported_pct"), number(b.sohReported)},
                  {QStringLiteral("soh_estimated_pct"), number(b.sohEstimated)},
                  {QStringLiteral("soh_over_reported"), b.sohOverReported},
                  {QStringLiteral("negative_events"), static_cast<double>(b.negativeEvents)},
                  {QStringLiteral("coverage"), b.coverage}};
    if (!b.noData.isEmpty())
        o.insert(QStringLiteral("message"), b.noData.english());
    return o;
}

}  // namespace

QString BatteryFleetCommand::summary() const
{
    return tr("Rank every battery pack and van by its risk score, with the score's parts.");
}

void BatteryFleetCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOptions({
        {QStringLiteral("from"), tr("From this time (ISO 8601)."), QStringLiteral("ISO")},
        {QStringLiteral("to"), tr("Before this time (ISO 8601)."), QStringLiteral("ISO")},
        {QStringLiteral("json"), tr("Print one JSON array, riskiest first.")},
    });
}

int BatteryFleetCommand::execute(const QCommandLineParser& parser)
{
    auto window = parseWindowOptions(parser);
    if (!window)
        return usageError(window.error().localizedMessage());
    // Opened here for the checks every read command makes (it exists, it is a workspace);
    // the ranking reads it on a connection per core.
    auto ws = openExistingWorkspace(parser);
    if (!ws)
        return usageError(ws.error().localizedMessage());
    auto fleet = analytics::rankBatteryFleet(ws->path(), window->first, window->second);
    if (!fleet) {
        err() << tr("error: %1").arg(fleet.error().localizedMessage()) << '\n';
        return kExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray all;
        for (std::size_t i = 0; i < fleet->size(); ++i)
            all.append(batteryJson((*fleet)[i], static_cast<int>(i + 1)));
        out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    out() << tr("rank  risk  device                            EFC     SoH rep/est  events  "
                "name")
          << '\n';
    for (std::size_t i = 0; i < fleet->size(); ++i) {
        const analytics::FleetBattery& b = (*fleet)[i];
        out() << QStringLiteral("%1  %2  %3  %4  %5/%6%7  %8  %9")
                     .arg(i + 1, 4)
                     .arg(b.risk, 4, 'f', 0)
                     .arg(toHex(b.info.deviceId))
                     .arg(orDash(b.efc, 0), 6)
                     .arg(orDash(b.sohReported, 1), 5)
                     .arg(orDash(b.sohEstimated, 1), -5)
                     .arg(b.sohOverReported ? QStringLiteral("!") : QStringLiteral(" "))
                     .arg(b.negativeEvents, 6)
                     .arg(b.info.name)
              << '\n';
        QStringList parts;
        for (const analytics::RiskPart& p : b.parts) {
            if (p.score > 0)
                parts << QStringLiteral("%1 %2")
                             .arg(QLatin1String(p.key))
                             .arg(p.weight * p.score, 0, 'f', 1);
        }
        if (!b.noData.isEmpty())
            parts << b.noData.localized();
        if (!parts.isEmpty())
            out() << QStringLiteral("            ") << parts.join(QStringLiteral(", ")) << '\n';
    }
    return kExitOk;
}

}  // namespace pp::cli
