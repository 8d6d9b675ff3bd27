#include "battery_command.h"

#include "analytics/battery/battery_history.h"
#include "analytics/battery/battery_history_json.h"
#include "analytics/battery/battery_passport.h"
#include "arguments.h"
#include "common/bytes.h"
#include "report/battery_report.h"
#include "workspace_access.h"

#include <QJsonDocument>
#include <QSaveFile>

#include <functional>

namespace pp::cli {

namespace {

// --passport and --pdf: each written whole or not at all (a file that failed midway is
// removed by QSaveFile).
bool writeExports(const QCommandLineParser& parser, const analytics::BatteryHistory& h)
{
    const std::pair<QString, std::function<QByteArray()>> exports[] = {
        {parser.value(QStringLiteral("passport")),
         [&h] { return QJsonDocument(analytics::batteryPassport(h)).toJson(); }},
        {parser.value(QStringLiteral("pdf")),
         [&h] {
             return report::renderBatteryReport(
                 h,
                 QStringLiteral("powerproof-cli %1").arg(QCoreApplication::applicationVersion()));
         }},
    };
    for (const auto& [path, render] : exports) {
        if (path.isEmpty())
            continue;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(render()) < 0 || !file.commit()) {
            err() << QCoreApplication::translate("BatteryCommand", "error: cannot write %1: %2")
                         .arg(path, file.errorString())
                  << '\n';
            return false;
        }
    }
    return true;
}

QString fixed(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

}  // namespace

QString BatteryCommand::summary() const
{
    return tr("Show what a battery pack or van battery went through, from verified data.");
}

void BatteryCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOptions({
        {QStringLiteral("device"), tr("The battery pack or vehicle (32 hex digits)."),
         QStringLiteral("HEX")},
        {QStringLiteral("from"), tr("From this time (ISO 8601); default: its first sample."),
         QStringLiteral("ISO")},
        {QStringLiteral("to"), tr("Before this time (ISO 8601); default: after its last."),
         QStringLiteral("ISO")},
        {QStringLiteral("json"), tr("Print one JSON object.")},
        {QStringLiteral("passport"),
         tr("Write its battery passport data (BatteryPass names) to this JSON file."),
         QStringLiteral("FILE")},
        {QStringLiteral("pdf"), tr("Write the battery history report to this PDF file."),
         QStringLiteral("FILE")},
    });
}

int BatteryCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("device")))
        return usageError(tr("--device is required"));
    auto device =
        parseDeviceOption(QStringLiteral("device"), parser.value(QStringLiteral("device")));
    auto window = parseWindowOptions(parser);
    if (const Error* e = firstError(device, window))
        return usageError(e->localizedMessage());
    auto ws = openExistingWorkspace(parser);
    if (!ws)
        return usageError(ws.error().localizedMessage());
    auto history = analytics::loadBatteryHistory(*ws, *device, window->first, window->second);
    if (!history) {
        err() << tr("error: %1").arg(history.error().localizedMessage()) << '\n';
        return kExitFailure;
    }
    const analytics::BatteryHistory& h = *history;
    if (!writeExports(parser, h))
        return kExitFailure;
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(analytics::batteryHistoryJson(h)).toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    out() << tr("Battery history of %1 (%2)").arg(h.info.name, toHex(h.info.deviceId)) << '\n';
    if (h.anchor)
        out() << tr("Anchored to chain %1 at height %2 (%3)")
                     .arg(toHex(h.chainId))
                     .arg(h.anchor->header.height)
                     .arg(toHex(h.anchor->hash))
              << '\n';
    if (h.empty()) {
        out() << tr("No verified samples between %1 and %2: nothing to report.")
                     .arg(isoTime(h.coverage.fromMs),
                          h.coverage.toMs == UINT64_MAX ? tr("now") : isoTime(h.coverage.toMs))
              << '\n';
        return kExitOk;
    }
    out() << tr("Window %1 to %2: %3 % held by %4 verified samples from %5 records")
                 .arg(isoTime(h.coverage.fromMs), isoTime(h.coverage.toMs),
                      fixed(h.coverage.share * 100))
                 .arg(h.samples)
                 .arg(h.recordsUsed)
          << '\n';
    out() << tr("Left out: %1 rejected records, %2 implausible records")
                 .arg(h.recordsRejected)
                 .arg(h.recordsImplausible);
    for (const auto& [reason, n] : h.samplesLeftOut)
        out() << ", " << tr("%1 samples (%2)").arg(n).arg(reason);
    out() << '\n';
    out() << tr("Throughput: %1 Ah, %2 kWh").arg(fixed(h.throughputAh), fixed(h.throughputKwh));
    if (h.efc)
        out() << "; " << tr("%1 equivalent full cycles").arg(fixed(*h.efc));
    else
        out() << "; " << tr("no equivalent full cycles: %1").arg(h.nominalBasis.localized());
    out() << '\n' << tr("Depth of discharge (rainflow cycles):");
    for (const analytics::DodBin& b : h.dodHistogram)
        out() << QStringLiteral(" %1–%2 %: %3").arg(b.fromPct).arg(b.toPct).arg(fixed(b.cycles));
    out() << '\n';
    if (h.cRate.maxCharge)
        out() << tr("C-rate: charge up to %1 C, discharge up to %2 C; %3 % of the charge above 1 C")
                     .arg(fixed(*h.cRate.maxCharge, 2), fixed(*h.cRate.maxDischarge, 2),
                          fixed(h.cRate.fastChargeShare.value_or(0) * 100))
              << '\n';
    else
        out() << tr("C-rate: none: %1").arg(h.cRate.absent.localized()) << '\n';
    out() << tr("Temperature: %1 min above 45 °C, %2 min below 0 °C (%3 min charging)")
                 .arg(fixed(h.temperature.minutesAbove45C, 0),
                      fixed(h.temperature.minutesBelow0C, 0),
                      fixed(h.temperature.minutesChargingBelow0C, 0))
          << '\n';
    const analytics::SohFigures& soh = h.soh;
    out() << tr("State of health: reported %1, estimated %2 from %3 charge/discharge segments")
                 .arg(soh.reportedLatest ? fixed(*soh.reportedLatest) + u" %" : tr("none"),
                      soh.estimatedLatest ? fixed(*soh.estimatedLatest) + u" %" : tr("none"))
                 .arg(soh.estimates.size())
          << '\n';
    if (!soh.absent.isEmpty())
        out() << "  " << soh.absent.localized() << '\n';
    if (soh.overReported)
        out() << "  "
              << tr("The BMS reports a better state of health than its currents show, since %1")
                     .arg(isoTime(soh.overReportedSince->timeMs))
              << '\n';
    const analytics::DegradationProjection& p = h.projection;
    if (!p.supported) {
        out() << tr("Projection: none: %1").arg(p.reason.localized()) << '\n';
    } else {
        auto life = [](const std::optional<analytics::RemainingLife>& l) {
            return l ? tr("%1 days (%2–%3)")
                           .arg(fixed(l->days, 0), fixed(l->earliestDays, 0),
                                fixed(l->latestDays, 0))
                     : tr("beyond 50 years");
        };
        out() << tr("Projection (%1 SoH): 80 % in %2, 70 % in %3")
                     .arg(p.basis, life(p.to80), life(p.to70))
              << '\n';
    }
    out() << tr("Negative events: %1").arg(h.negativeEvents.size()) << '\n';
    for (const analytics::NegativeEvent& e : h.negativeEvents)
        out() << "  " << isoTime(e.startMs) << "  " << e.describe().localized() << "  "
              << tr("(block %1, record %2)").arg(e.record.height).arg(e.record.index) << '\n';
    return kExitOk;
}

}  // namespace pp::cli
