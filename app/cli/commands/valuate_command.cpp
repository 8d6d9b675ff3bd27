#include "valuate_command.h"

#include "arguments.h"
#include "common/bytes.h"
#include "report/valuation_report.h"
#include "valuation/valuate.h"
#include "valuation/valuation_json.h"
#include "workspace_access.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace pp::cli {

namespace {

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString orDash(const std::optional<double>& v, int decimals)
{
    return v ? fixed(*v, decimals) : QStringLiteral("-");
}

Result<valuation::ValuationSettings> settingsFor(const QCommandLineParser& parser,
                                                 const QString& workspace)
{
    auto settings = valuation::loadValuationSettings(workspace);
    if (!settings || !parser.isSet(QStringLiteral("params")))
        return settings;
    const QString path = parser.value(QStringLiteral("params"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, "file.read", QT_TRANSLATE_NOOP("Error", "cannot read %1: %2"),
                     {path, file.errorString()});
    auto fromFile = valuation::ValuationSettings::fromJson(file.readAll());
    if (!fromFile)
        return std::move(fromFile).error().within(QT_TRANSLATE_NOOP("Error", "%1"), {path});
    settings->overlay(*fromFile);
    return settings;
}

void printTable(const valuation::PortfolioValuation& v)
{
    out() << QCoreApplication::translate("ValuateCommand",
                                         "Anchored to chain %1 at height %2; %3 verified records")
                 .arg(toHex(v.chainId))
                 .arg(v.anchor ? v.anchor->header.height : 0)
                 .arg(v.recordsVerified)
          << '\n';
    out() << QCoreApplication::translate(
                 "ValuateCommand",
                 "device                            class     value CNY   P50 MWh  P90 MWh  "
                 "DSCR P90  cover  haircut  name")
          << '\n';
    for (const valuation::AssetValuation& a : v.assets) {
        const valuation::PvValuation* pv = a.pv ? &*a.pv : nullptr;
        const double haircut = pv ? pv->haircutShare : a.storage ? a.storage->haircutShare : 0;
        QString note;
        if (a.insufficientData())
            note = QCoreApplication::translate("ValuateCommand", " (insufficient data)");
        else if (!a.absent.isEmpty())
            note = QStringLiteral(" (%1)").arg(a.absent.localized());
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9%10")
                     .arg(toHex(a.info.deviceId))
                     .arg(pv ? QStringLiteral("pv")
                          : a.info.assetClass == records::AssetClass::Vehicle
                              ? QStringLiteral("vehicle")
                              : QStringLiteral("battery"),
                          -7)
                     .arg(orDash(a.valueCny(), 0), 10)
                     .arg(pv ? fixed(pv->performance.annual.p50Kwh / 1000, 1) : QStringLiteral("-"),
                          8)
                     .arg(pv ? fixed(pv->performance.annual.p90Kwh / 1000, 1) : QStringLiteral("-"),
                          7)
                     .arg(pv ? orDash(pv->cashFlows.p90.dscrMin, 2) : QStringLiteral("-"), 8)
                     .arg(fixed(a.coverage * 100, 0) + u'%', 5)
                     .arg(fixed(haircut * 100, 1) + u'%', 7)
                     .arg(a.info.name, note)
              << '\n';
    }
    out() << QCoreApplication::translate("ValuateCommand",
                                         "Total %1 CNY; PV energy a year P50 %2 MWh, P90 %3 MWh")
                 .arg(fixed(v.totalValueCny, 0), fixed(v.totalP50Kwh / 1000, 1),
                      fixed(v.totalP90Kwh / 1000, 1))
          << '\n';
}

}  // namespace

QString ValuateCommand::summary() const
{
    return tr("Value PV stations, battery packs and vans on their verified data.");
}

void ValuateCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOptions({
        {QStringLiteral("device"),
         tr("An asset to value (32 hex digits); repeat for several. Default: all."),
         QStringLiteral("HEX")},
        {QStringLiteral("params"),
         tr("Valuation parameters (JSON, docs/valuation.md) over the workspace's."),
         QStringLiteral("FILE")},
        {QStringLiteral("json"), tr("Print JSON: one object for one device, else an array.")},
        {QStringLiteral("pdf"), tr("Write the valuation report to this PDF file."),
         QStringLiteral("FILE")},
    });
}

int ValuateCommand::execute(const QCommandLineParser& parser)
{
    std::vector<QByteArray> devices;
    for (const QString& hex : parser.values(QStringLiteral("device"))) {
        auto id = parseDeviceOption(QStringLiteral("device"), hex);
        if (!id)
            return usageError(id.error().localizedMessage());
        devices.push_back(*id);
    }
    auto ws = openExistingWorkspace(parser);
    if (!ws)
        return usageError(ws.error().localizedMessage());
    auto settings = settingsFor(parser, ws->path());
    if (!settings)
        return usageError(settings.error().localizedMessage());
    auto valued = valuation::valuatePortfolio(ws->path(), *settings, devices);
    if (!valued) {
        err() << tr("error: %1").arg(valued.error().localizedMessage()) << '\n';
        return kExitFailure;
    }
    if (const QString pdf = parser.value(QStringLiteral("pdf")); !pdf.isEmpty()) {
        QSaveFile file(pdf);
        const QByteArray bytes = report::renderValuationReport(
            *valued,
            QStringLiteral("powerproof-cli %1").arg(QCoreApplication::applicationVersion()));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
            err() << tr("error: cannot write %1: %2").arg(pdf, file.errorString()) << '\n';
            return kExitFailure;
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        if (devices.size() == 1)
            out() << QJsonDocument(valuation::assetValuationJson(valued->assets.front(), *valued))
                         .toJson(QJsonDocument::Indented);
        else
            out() << QJsonDocument(valuation::portfolioValuationJson(*valued))
                         .toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    printTable(*valued);
    return kExitOk;
}

}  // namespace pp::cli
