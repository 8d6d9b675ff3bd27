// powerproof-console-bench WORKSPACE: how long the console (offscreen) takes to show a
// workspace's dashboard and one asset's page, each against the raw SQLite reads of the same
// rows in the same run. Targets from the console issue: dashboard <= 1 s; a PV station with
// a year of 15-minute data <= 200 ms.
#include "main_window.h"
#include "raw_sqlite.h"
#include "session/workspace_session.h"
#include "views/assets_view.h"
#include "widgets/message_box.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <vector>

using namespace pp;
using pp::bench::rawScan;

namespace {

constexpr int kRuns = 5;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Milliseconds from `start()` until `done` is emitted and the window has been painted once
// more (grab() renders every visible widget, charts included).
template <typename Sender, typename Signal>
double timeUntil(ui::MainWindow& window, const Sender* sender, Signal done,
                 const std::function<void()>& start)
{
    QEventLoop loop;
    const auto c = QObject::connect(sender, done, &loop, [&loop] { loop.quit(); });
    QTimer::singleShot(600'000, &loop, [&loop] { loop.exit(1); });
    QElapsedTimer clock;
    clock.start();
    start();
    const bool ok = loop.exec() == 0;
    QObject::disconnect(c);
    window.grab();
    return ok ? static_cast<double>(clock.nsecsElapsed()) / 1e6 : -1;
}

// Milliseconds SQLite takes to step through every row of `queries`; -1 when one fails.
double rawMs(const QString& path, std::initializer_list<const char*> queries,
             const QByteArray& blob = {})
{
    QElapsedTimer clock;
    clock.start();
    for (const char* sql : queries) {
        if (rawScan(path, sql, blob) < 0)
            return -1;
    }
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

struct Line
{
    QString what;
    std::vector<double> ours, raw;  // milliseconds, one per run
    QString rawWhat;
    double targetMs;
};

void print(const Line& l)
{
    const double ours = median(l.ours), raw = median(l.raw);
    QTextStream(stdout) << QStringLiteral("%1 %2 %3 %4 %5 %6  %7  %8\n")
                               .arg(l.what, -36)
                               .arg(l.ours.front(), 9, 'f', 1)
                               .arg(ours, 9, 'f', 1)
                               .arg(raw, 9, 'f', 1)
                               .arg(ours / raw, 7, 'f', 2)
                               .arg(l.targetMs, 7, 'f', 0)
                               .arg(ours <= l.targetMs ? QStringLiteral("ok  ")
                                                       : QStringLiteral("MISS"))
                               .arg(l.rawWhat);
}

}  // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // leaves the user's recent list alone
    ui::MessageBox::setAnswerForTests(true);
    const QString path = QApplication::arguments().value(1);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        QTextStream(stderr) << "usage: powerproof-console-bench WORKSPACE (a synced .db file)\n";
        return 2;
    }

    Line dashboard{QStringLiteral("open workspace to dashboard"),
                   {},
                   {},
                   QStringLiteral("SQLite: every daily row, count(records), findings by code"),
                   1000};
    Line asset{QStringLiteral("open the largest PV station"),
               {},
               {},
               QStringLiteral("SQLite: every record blob of that station"),
               200};
    QByteArray station;
    std::uint64_t days = 0;
    for (int run = 0; run < kRuns; ++run) {
        ui::MainWindow window;
        window.show();
        window.resize(1400, 900);
        const double shown = timeUntil(window, &window, &ui::MainWindow::portfolioShown,
                                       [&] { window.openWorkspace(path); });
        if (shown < 0 || window.portfolio() == nullptr) {
            QTextStream(stderr) << "the dashboard did not open\n";
            return 1;
        }
        dashboard.ours.push_back(shown);
        dashboard.raw.push_back(rawMs(path, {"SELECT * FROM daily", "SELECT count(*) FROM records",
                                             "SELECT code, count(*) FROM findings GROUP BY code"}));

        if (station.isEmpty()) {
            for (const analytics::AssetOverview& a : window.portfolio()->assets) {
                if (a.info.assetClass == records::AssetClass::Pv && a.daysWithData > days) {
                    days = a.daysWithData;
                    station = a.info.deviceId;
                }
            }
        }
        window.showView(ui::MainWindow::View::Assets);
        asset.ours.push_back(timeUntil(window, window.session(), &ui::WorkspaceSession::assetLoaded,
                                       [&] { window.assets()->openAsset(station); }));
        asset.raw.push_back(rawMs(
            path, {"SELECT record FROM records WHERE device = ?1 ORDER BY time_ms"}, station));
        window.close();
        if (asset.ours.back() < 0 || dashboard.raw.back() < 0 || asset.raw.back() < 0) {
            QTextStream(stderr) << "the asset page did not open, or SQLite failed on " << path
                                << '\n';
            return 1;
        }
    }

    QTextStream(stdout) << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                               .arg(QStringLiteral("measurement (ms)"), -36)
                               .arg(QStringLiteral("first"), 9)
                               .arg(QStringLiteral("median"), 9)
                               .arg(QStringLiteral("raw"), 9)
                               .arg(QStringLiteral("ratio"), 7)
                               .arg(QStringLiteral("target"), 7);
    print(dashboard);
    print(asset);
    QTextStream(stdout)
        << QStringLiteral("(%1 runs; the station has %2 days of data)\n").arg(kRuns).arg(days);
    return 0;
}
