// powerproof-battery-bench WORKSPACE: how long a battery history takes for the pack with the
// most records (cold: its file's pages dropped from the page cache first; warm: the median
// of five more), and the fleet's ranking cold, each against SQLite's own scan of the same
// rows in the same run. Targets from issue 22: a pack-year <= 200 ms warm, <= 1 s cold; the
// default demo's fleet <= 3 s cold.
#include "analytics/battery/battery_fleet.h"
#include "analytics/battery/battery_history.h"
#include "raw_sqlite.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <vector>

using namespace pp;
using pp::bench::rawScan;

namespace {

constexpr int kWarmRuns = 5;

// Drops the workspace's pages from the page cache, as after a reboot: the next read comes
// from the disk. Clean pages only, which is all a workspace at rest has.
void dropFromCache(const QString& path)
{
    for (const QString& file : {path, QString(path + QStringLiteral("-wal"))}) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

double ms(const std::function<bool()>& work)
{
    QElapsedTimer clock;
    clock.start();
    const bool ok = work();
    return ok ? static_cast<double>(clock.nsecsElapsed()) / 1e6 : -1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void line(const QString& what, double ours, double raw, double targetMs, const QString& rawWhat)
{
    QTextStream(stdout) << QStringLiteral("%1 %2 %3 %4 %5  %6  %7\n")
                               .arg(what, -34)
                               .arg(ours, 9, 'f', 1)
                               .arg(raw, 9, 'f', 1)
                               .arg(ours / raw, 7, 'f', 2)
                               .arg(targetMs, 7, 'f', 0)
                               .arg(ours <= targetMs ? QStringLiteral("ok  ")
                                                     : QStringLiteral("MISS"))
                               .arg(rawWhat);
}

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
    QTextStream(stdout) << QStringLiteral("%1 %2 %3 %4 %5\n")
                               .arg(QStringLiteral("(ms)"), -34)
                               .arg(QStringLiteral("ours"), 9)
                               .arg(QStringLiteral("SQLite"), 9)
                               .arg(QStringLiteral("ratio"), 7)
                               .arg(QStringLiteral("target"), 7);
    dropFromCache(path);
    const double cold = ms(history);
    dropFromCache(path);
    const double rawCold = ms([&] { return rawScan(path, packRows, id) > 0; });
    std::vector<double> warm, rawWarm;
    for (int i = 0; i < kWarmRuns; ++i) {
        warm.push_back(ms(history));
        rawWarm.push_back(ms([&] { return rawScan(path, packRows, id) > 0; }));
    }
    const QString rows = QStringLiteral("its %1 record blobs").arg(pack->records);
    line(QStringLiteral("pack-year history, cold"), cold, rawCold, 1000, rows);
    line(QStringLiteral("pack-year history, warm"), median(warm), median(rawWarm), 200, rows);

    dropFromCache(path);
    const double fleet =
        ms([&] { return static_cast<bool>(analytics::rankBatteryFleet(path, 0, UINT64_MAX)); });
    dropFromCache(path);
    const char* allBatteries =
        "SELECT record FROM records WHERE device IN "
        "(SELECT device FROM registrations WHERE type = 1 AND asset_class IN (2, 3))";
    const double rawFleet = ms([&] { return rawScan(path, allBatteries) > 0; });
    line(QStringLiteral("fleet ranking, cold"), fleet, rawFleet, 3000,
         QStringLiteral("every pack's and van's record blobs"));
    return 0;
}
