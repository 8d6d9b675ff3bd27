// powerproof-battery-bench WORKSPACE: how long a battery history takes for the pack with the
// most records (cold: its file's pages dropped from the page cache first; warm: the median
// of five more), and the fleet's ranking cold, each against SQLite's own scan of the same
// rows in the same run. Targets from issue 22: a pack-year <= 200 ms warm, <= 1 s cold; the
// default demo's fleet <= 3 s cold.
#include "analytics/battery/battery_fleet.h"
#include "analytics/battery/battery_history.h"
#include "harness.h"
#include "raw_sqlite.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <vector>

using namespace pp;
using namespace pp::bench;

namespace {

constexpr int kWarmRuns = 5;

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString path = QCoreApplication::arguments().value(1);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        QTextStream(stderr) << "usage: powerproof-battery-bench WORKSPACE (a synced .db file)\n";
        return 2;
    }
    auto ws = store::Workspace::openForReading(path);
    if (!ws) {
        QTextStream(stderr) << ws.error().message() << '\n';
        return 1;
    }
    auto devices = ws->registrations().devices();
    if (!devices)
        return 1;
    const store::DeviceRow* pack = nullptr;
    for (const store::DeviceRow& d : *devices) {
        if (d.assetClass == static_cast<int>(records::AssetClass::Battery) &&
            (pack == nullptr || d.records > pack->records))
            pack = &d;
    }
    if (pack == nullptr) {
        QTextStream(stderr) << "no battery pack in the workspace\n";
        return 1;
    }
    const QByteArray id = pack->deviceId;
    const char* packRows = "SELECT record FROM records WHERE device = ?1 ORDER BY time_ms, seq";
    auto history = [&] {
        auto own = store::Workspace::openForReading(path);
        return own && static_cast<bool>(analytics::loadBatteryHistory(*own, id, 0, UINT64_MAX));
    };
    printMsHeader();
    dropFromCache(path);
    const double cold = elapsedMs(history);
    dropFromCache(path);
    const double rawCold = elapsedMs([&] { return rawScan(path, packRows, id) > 0; });
    std::vector<double> warm, rawWarm;
    for (int i = 0; i < kWarmRuns; ++i) {
        warm.push_back(elapsedMs(history));
        rawWarm.push_back(elapsedMs([&] { return rawScan(path, packRows, id) > 0; }));
    }
    const QString rows = QStringLiteral("its %1 record blobs").arg(pack->records);
    printMsLine(QStringLiteral("pack-year history, cold"), cold, rawCold, 1000, rows);
    printMsLine(QStringLiteral("pack-year history, warm"), median(warm), median(rawWarm), 200,
                rows);

    // The whole history's ranking reads the summaries a sync kept; a window's is computed
    // from every record in it (here, all but the first millisecond: every record).
    dropFromCache(path);
    const double fleet = elapsedMs(
        [&] { return static_cast<bool>(analytics::rankBatteryFleet(path, 0, UINT64_MAX)); });
    dropFromCache(path);
    const double rawSummaries =
        elapsedMs([&] { return rawScan(path, "SELECT * FROM battery_summary") > 0; });
    printMsLine(QStringLiteral("fleet ranking, cold"), fleet, rawSummaries, 3000,
                QStringLiteral("every kept battery summary"));
    dropFromCache(path);
    const double window = elapsedMs(
        [&] { return static_cast<bool>(analytics::rankBatteryFleet(path, 1, UINT64_MAX)); });
    dropFromCache(path);
    const char* allBatteries =
        "SELECT record FROM records WHERE device IN "
        "(SELECT device FROM registrations WHERE type = 1 AND asset_class IN (2, 3))";
    const double rawFleet = elapsedMs([&] { return rawScan(path, allBatteries) > 0; });
    printMsLine(QStringLiteral("fleet ranking of a window, cold"), window, rawFleet, 3000,
                QStringLiteral("every pack's and van's record blobs"));
    return 0;
}
