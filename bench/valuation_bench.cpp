// powerproof-valuation-bench WORKSPACE: how long valuations take (warm, the median of five),
// each against SQLite's own scan of the rows it reads in the same run. Targets from issue
// 24: the whole default-demo portfolio <= 1 s, one station <= 100 ms, the sensitivity's
// eleven projections <= 300 ms.
#include "harness.h"
#include "raw_sqlite.h"
#include "store/workspace.h"
#include "valuation/sensitivity.h"
#include "valuation/valuate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <vector>

using namespace pp;
using namespace pp::bench;

namespace {

constexpr int kRuns = 5;

// The median of kRuns of each, alternated so that a burst of load hits both alike.
std::pair<double, double> warm(const std::function<bool()>& ours, const std::function<bool()>& raw)
{
    std::vector<double> a, b;
    for (int i = 0; i < kRuns; ++i) {
        a.push_back(elapsedMs(ours));
        b.push_back(elapsedMs(raw));
    }
    return {median(a), median(b)};
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString path = QCoreApplication::arguments().value(1);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        QTextStream(stderr) << "usage: powerproof-valuation-bench WORKSPACE (a synced .db file)\n";
        return 2;
    }
    auto ws = store::Workspace::openForReading(path);
    auto devices =
        ws ? ws->registrations().devices() : Result<std::vector<store::DeviceRow>>(ws.error());
    if (!devices) {
        QTextStream(stderr) << devices.error().message() << '\n';
        return 1;
    }
    std::vector<QByteArray> pv;
    const store::DeviceRow* largest = nullptr;
    for (const store::DeviceRow& d : *devices) {
        if (d.assetClass != static_cast<int>(records::AssetClass::Pv))
            continue;
        pv.push_back(d.deviceId);
        if (largest == nullptr || d.records > largest->records)
            largest = &d;
    }
    if (largest == nullptr) {
        QTextStream(stderr) << "no PV station in the workspace\n";
        return 1;
    }
    const valuation::ValuationSettings settings;
    printMsHeader();

    // Batteries are valued on the summaries of their histories that the sync kept.
    const char* everything =
        "SELECT * FROM daily UNION ALL SELECT device, 0, 0, 0, summary, 0, 0, 0, 0, 0, 0, 0, 0, "
        "0, 0, 0 FROM battery_summary";
    auto [all, rawAll] =
        warm([&] { return static_cast<bool>(valuation::valuatePortfolio(path, settings)); },
             [&] { return rawScan(path, everything) > 0; });
    printMsLine(QStringLiteral("whole portfolio"), all, rawAll, 1000,
                QStringLiteral("every daily row and kept battery summary"));

    auto [stations, rawDaily] =
        warm([&] { return static_cast<bool>(valuation::valuatePortfolio(path, settings, pv)); },
             [&] { return rawScan(path, "SELECT * FROM daily") > 0; });
    printMsLine(QStringLiteral("every PV station"), stations, rawDaily, 1000,
                QStringLiteral("every daily row"));

    const QByteArray id = largest->deviceId;
    const char* itsDays = "SELECT * FROM daily WHERE device = ?1";
    auto [one, rawOne] =
        warm([&] { return static_cast<bool>(valuation::valuatePortfolio(path, settings, {id})); },
             [&] { return rawScan(path, itsDays, id) > 0; });
    printMsLine(QStringLiteral("one station"), one, rawOne, 100, QStringLiteral("its daily rows"));

    auto valued = valuation::valuatePortfolio(path, settings, {id});
    if (!valued || !valued->assets.front().pv)
        return 1;
    const valuation::CashFlowInputs inputs = valued->assets.front().pv->inputs;
    auto [sensitivity, rawSensitivity] =
        warm([&] { return !valuation::npvSensitivity(inputs).bars.empty(); },
             [&] { return rawScan(path, itsDays, id) > 0; });
    printMsLine(QStringLiteral("sensitivity (11 projections)"), sensitivity, rawSensitivity, 300,
                QStringLiteral("its daily rows"));
    return 0;
}
