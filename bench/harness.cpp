#include "harness.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstdio>

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

static double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
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

}  // namespace pp::bench
