#include "harness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace pp::bench {

double opsPerSecond(const std::function<void()>& op, double seconds)
{
    using Clock = std::chrono::steady_clock;
    long long done = 0;
    long long batch = 1;
    const auto start = Clock::now();
    double elapsed = 0;
    while (elapsed < seconds) {
        for (long long i = 0; i < batch; ++i)
            op();
        done += batch;
        elapsed = std::chrono::duration<double>(Clock::now() - start).count();
        if (elapsed < seconds / 10)
            batch *= 2;
    }
    return static_cast<double>(done) / elapsed;
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
    };
    return seconds(u.ru_utime) + seconds(u.ru_stime);
}

double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // The command name is in parentheses and may hold spaces. After it come the fields
    // from state (3rd) on: utime and stime, the 14th and 15th, are its 12th and 13th.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return (fields[11].toDouble() + fields[12].toDouble()) /
           static_cast<double>(sysconf(_SC_CLK_TCK));
}

Pair measurePair(const std::function<void()>& ours, const std::function<void()>& raw, int rounds,
                 double secondsEach)
{
    std::vector<double> o, r;
    opsPerSecond(raw, secondsEach / 4);  // warm caches and lazy initialisation
    opsPerSecond(ours, secondsEach / 4);
    for (int i = 0; i < rounds; ++i) {
        r.push_back(opsPerSecond(raw, secondsEach));
        o.push_back(opsPerSecond(ours, secondsEach));
    }
    return {median(o), median(r)};
}

void printTable(const std::vector<Row>& rows)
{
    QTextStream out(stdout);
    const auto num = [](double v) { return QString::number(v, 'f', 0); };
    out << QStringLiteral("%1 %2 %3 %4  %5\n")
               .arg(QStringLiteral("measurement"), -44)
               .arg(QStringLiteral("ours/s"), 12)
               .arg(QStringLiteral("baseline/s"), 12)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("target  baseline"));
    for (const Row& row : rows) {
        if (row.baseline <= 0) {  // a figure to report, with nothing to compare it with
            out << QStringLiteral("%1 %2\n").arg(row.what, -44).arg(num(row.ours), 12);
            continue;
        }
        const double ratio = row.ours / row.baseline;
        const bool atLeast = row.aim == Row::Aim::AtLeast;
        const bool met = atLeast ? ratio >= row.target : ratio <= row.target;
        const QString target = row.target > 0
                                   ? QStringLiteral("%1%2 %3")
                                         .arg(atLeast ? QStringLiteral(">=") : QStringLiteral("<="))
                                         .arg(row.target, 0, 'f', 2)
                                         .arg(met ? QStringLiteral("ok  ") : QStringLiteral("MISS"))
                                   : QStringLiteral("          ");
        out << QStringLiteral("%1 %2 %3 %4  %5 %6\n")
                   .arg(row.what, -44)
                   .arg(num(row.ours), 12)
                   .arg(num(row.baseline), 12)
                   .arg(ratio, 7, 'f', 3)
                   .arg(target)
                   .arg(row.baselineWhat);
    }
}

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

double elapsedMs(const std::function<bool()>& work)
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

void printMsHeader()
{
    QTextStream(stdout) << QStringLiteral("%1 %2 %3 %4 %5\n")
                               .arg(QStringLiteral("(ms)"), -34)
                               .arg(QStringLiteral("ours"), 9)
                               .arg(QStringLiteral("SQLite"), 9)
                               .arg(QStringLiteral("ratio"), 7)
                               .arg(QStringLiteral("target"), 7);
}

void printMsLine(const QString& what, double ours, double raw, double targetMs,
                 const QString& rawWhat)
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

}  // namespace pp::bench
