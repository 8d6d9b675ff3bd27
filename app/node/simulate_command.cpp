#include "simulate_command.h"
#include "command_line.h"
#include "record_poster.h"

#include "node/devnet.h"
#include "node/ledger.h"
#include "node/sim/calendar.h"
#include "node/sim/simulation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <csignal>

namespace pp::nodeapp {

namespace {

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true);  // lock-free: safe in a signal handler
}

QString tr(const char* text)
{
    return QCoreApplication::translate("node", text);
}

// 00:00 Beijing time of the day holding `ms`, or of the next day when that is earlier.
std::int64_t firstMidnightFrom(std::int64_t ms)
{
    const std::int64_t midnight = node::sim::beijingDayStart(ms);
    return midnight >= ms ? midnight : midnight + node::sim::kDayMs;
}

// Posts each hour of live data once that hour is over; `speed` compresses time for
// demonstrations and tests (3600: an hour a second).
int runLive(node::sim::Simulation& simulation, const QUrl& nodeUrl, double speed, int hours,
            QTextStream& out, QTextStream& err)
{
    RecordPoster poster(nodeUrl);
    const auto wallNow = [] { return QDateTime::currentMSecsSinceEpoch(); };
    const std::int64_t realStart = wallNow();
    std::int64_t hour = std::max(simulation.endMs(), realStart - realStart % node::sim::kHourMs);
    const std::int64_t simulatedStart = hour;
    out << tr("live: posting to %1 from %2, %3x real time")
               .arg(nodeUrl.toString(),
                    QDateTime::fromMSecsSinceEpoch(hour, QTimeZone(8 * 3600)).toString(Qt::ISODate))
               .arg(speed)
        << Qt::endl;
    for (int done = 0; hours == 0 || done < hours; ++done) {
        // Simulated time runs `speed` times faster than the clock from the first hour on.
        const std::int64_t due = static_cast<std::int64_t>(
            static_cast<double>(hour + node::sim::kHourMs - simulatedStart) / speed);
        while (wallNow() - realStart < due && !interrupted.load())
            QThread::msleep(static_cast<unsigned long>(
                std::clamp<std::int64_t>(due - (wallNow() - realStart), 1, 200)));
        if (interrupted.load())
            return 0;
        auto records = simulation.liveHour(hour);
        if (!records) {
            err << tr("error: %1").arg(records.error().localizedMessage()) << Qt::endl;
            return 1;
        }
        // A node that is down or restarting gets the hour again a little later.
        RecordPoster::Outcome o;
        for (int attempt = 0; attempt < 30 && !interrupted.load(); ++attempt) {
            o = poster.post(*records);
            if (o.error.isEmpty())
                break;
            err << tr("live: %1; retrying").arg(o.error) << Qt::endl;
            QThread::sleep(2);
        }
        if (!o.error.isEmpty())
            return 1;
        out << tr("live: %1 accepted, %2 refused%3")
                   .arg(o.accepted)
                   .arg(o.refused)
                   .arg(o.firstRefusal.isEmpty() ? QString()
                                                 : QStringLiteral(" (") + o.firstRefusal + u')')
            << Qt::endl;
        hour += node::sim::kHourMs;
    }
    return 0;
}

}  // namespace

int simulate(const QStringList& args)
{
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Simulate PV stations, battery packs and delivery vans: register them, write their "
           "signed records into the devnet's chain hour by hour (resuming an interrupted run), "
           "and with --live keep posting to a running node. Writes ground-truth.json into DIR "
           "(for tests, never read by the console)."));
    parser.addOptions({
        {QStringLiteral("pv"), tr("PV stations (default 20)."), QStringLiteral("N"),
         QStringLiteral("20")},
        {QStringLiteral("batteries"), tr("Battery packs (default 60)."), QStringLiteral("N"),
         QStringLiteral("60")},
        {QStringLiteral("vehicles"), tr("Delivery vans (default 10)."), QStringLiteral("N"),
         QStringLiteral("10")},
        {QStringLiteral("vans-2025"),
         tr("Vans, from the fourth on, whose terminals send GB/T 32960.3-2025 packets, each "
            "signed with a frame key their registration carries (default 1)."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("days"), tr("Days of history (default 365)."), QStringLiteral("D"),
         QStringLiteral("365")},
        {QStringLiteral("start"),
         tr("First day, YYYY-MM-DD, Beijing time (default: the chain's tip day)."),
         QStringLiteral("DATE")},
        {QStringLiteral("seed"), tr("Seed: the same seed gives the same data."),
         QStringLiteral("S"), QStringLiteral("powerproof")},
        {QStringLiteral("live"), tr("After the history, keep posting records to a running node.")},
        {QStringLiteral("node"),
         tr("The node --live posts to (default: the listen address in DIR/devnet.json)."),
         QStringLiteral("URL")},
        {QStringLiteral("speed"), tr("--live: simulated seconds per real second (default 1)."),
         QStringLiteral("X"), QStringLiteral("1")},
        {QStringLiteral("live-hours"),
         tr("--live: stop after this many hours (default: run until stopped)."),
         QStringLiteral("N"), QStringLiteral("0")},
    });
    if (auto stop = parseCommandLine(parser, QStringLiteral("simulate"), args))
        return *stop;
    const QString dir = parser.positionalArguments().first();
    node::sim::SimulationOptions options;
    bool ok[7] = {};
    options.pv = parser.value(QStringLiteral("pv")).toInt(&ok[0]);
    options.batteries = parser.value(QStringLiteral("batteries")).toInt(&ok[1]);
    options.vehicles = parser.value(QStringLiteral("vehicles")).toInt(&ok[2]);
    options.days = parser.value(QStringLiteral("days")).toInt(&ok[3]);
    const double speed = parser.value(QStringLiteral("speed")).toDouble(&ok[4]);
    const int liveHours = parser.value(QStringLiteral("live-hours")).toInt(&ok[5]);
    options.vans2025 = parser.value(QStringLiteral("vans-2025")).toInt(&ok[6]);
    const QDate startDate = QDate::fromString(parser.value(QStringLiteral("start")), Qt::ISODate);
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) || options.pv < 0 ||
        options.batteries < 0 || options.vehicles < 0 || options.vans2025 < 0 || options.days < 0 ||
        speed <= 0 || liveHours < 0 ||
        (parser.isSet(QStringLiteral("start")) && !startDate.isValid())) {
        err << tr("error: --pv, --batteries, --vehicles, --vans-2025, --days and --live-hours "
                  "take whole numbers, --speed a positive number, --start a date (YYYY-MM-DD)")
            << '\n';
        return 1;
    }
    options.seed = parser.value(QStringLiteral("seed")).toUtf8();

    auto devnet = node::loadDevnet(dir);
    if (!devnet) {
        err << tr("error: %1").arg(devnet.error().localizedMessage()) << '\n';
        return 1;
    }
    // One writer: the node's lock keeps a running node and the simulation apart.
    QLockFile lock(QDir(dir).filePath(QStringLiteral("node.lock")));
    const bool locked = lock.tryLock(0);
    auto store = node::NodeStore::open(QDir(dir).filePath(QStringLiteral("node.db")));
    auto ledger =
        store ? node::Ledger::open(std::move(*store), devnet->genesis, devnet->validatorKeys)
              : Result<node::Ledger>(store.error());
    if (!ledger) {
        err << tr("error: %1").arg(ledger.error().localizedMessage()) << '\n';
        return 1;
    }
    auto tip = ledger->store().header(ledger->tipHeight());
    if (!tip) {
        err << tr("error: %1").arg(tip.error().localizedMessage()) << '\n';
        return 1;
    }
    // By default the first day is the one the chain's simulation started on, or for a
    // chain without one, the tip's day.
    auto recorded = ledger->store().meta("simulation");
    const double recordedStart =
        recorded && *recorded
            ? QJsonDocument::fromJson(**recorded).object().value(u"start_ms").toDouble(-1)
            : -1;
    options.startMs =
        startDate.isValid()
            ? node::sim::beijingMidnight(startDate.year(), startDate.month(), startDate.day())
        : recordedStart >= 0 ? static_cast<std::int64_t>(recordedStart)
                             : firstMidnightFrom(static_cast<std::int64_t>(tip->timeMs));
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    options.cancel = &interrupted;
    QElapsedTimer clock;
    clock.start();
    options.progress = [&](int day, int days) {
        if (day % 30 == 0 || day == days)
            err << tr("simulated %1 of %2 days (%3 s)")
                       .arg(day)
                       .arg(days)
                       .arg(clock.elapsed() / 1000)
                << Qt::endl;
    };
    auto simulation = node::sim::Simulation::create(options, *devnet);
    if (!simulation) {
        err << tr("error: %1").arg(simulation.error().localizedMessage()) << '\n';
        return 1;
    }
    // The history needs the chain to itself; a running node only allows catching up
    // with what is already written (as --live after an earlier run does).
    const auto endHeight = [&] { return ledger->tipHeight(); };
    const std::uint64_t before = endHeight();
    auto summary = simulation->writeHistory(*ledger, !locked);
    if (!summary) {
        err << tr("error: %1").arg(summary.error().localizedMessage()) << '\n';
        return interrupted.load() ? 130 : 1;
    }
    QFile truth(QDir(dir).filePath(QStringLiteral("ground-truth.json")));
    if (!truth.open(QIODevice::WriteOnly) || truth.write(simulation->groundTruth().toJson()) < 0) {
        err << tr("error: cannot write %1").arg(truth.fileName()) << '\n';
        return 1;
    }
    truth.close();
    out << tr("history: %1 records submitted (%2 refused as staged) in %3 blocks (%4 hours "
              "already in the chain), tip %5, %6 s")
               .arg(summary->recordsWritten)
               .arg(summary->refusedAsExpected)
               .arg(endHeight() - before)
               .arg(summary->hoursResumed)
               .arg(endHeight())
               .arg(static_cast<double>(clock.elapsed()) / 1000, 0, 'f', 1)
        << Qt::endl;
    if (!parser.isSet(QStringLiteral("live")))
        return 0;
    lock.unlock();  // the node can start now and take the posts
    auto config = node::loadDevnetConfig(dir);
    if (!config) {
        err << tr("error: %1").arg(config.error().localizedMessage()) << '\n';
        return 1;
    }
    const QUrl nodeUrl = parser.isSet(QStringLiteral("node"))
                             ? QUrl(parser.value(QStringLiteral("node")))
                             : QUrl(QStringLiteral("http://") + config->listen);
    return runLive(*simulation, nodeUrl, speed, liveHours, out, err);
}

}  // namespace pp::nodeapp
