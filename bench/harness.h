#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>
#include <vector>

namespace pp::bench {

// Operations per second of `op`, run in batches for about `seconds`.
double opsPerSecond(const std::function<void()>& op, double seconds);

// CPU time this process has used, all threads, user and system.
double cpuSeconds();
// The same for another process, from /proc (Linux); -1 where it cannot be read.
double cpuSeconds(qint64 pid);

// Measures `ours` and `raw` alternately for `rounds` rounds and keeps each one's median, so
// that a burst of load on the shared machine hits both sides alike.
struct Pair
{
    double ours = 0;
    double raw = 0;
};
Pair measurePair(const std::function<void()>& ours, const std::function<void()>& raw,
                 int rounds = 5, double secondsEach = 0.4);

// One line of the report table.
struct Row
{
    QString what;
    double ours = 0;      // our API, operations per second
    double baseline = 0;  // the raw reference it is compared with, per second
    QString baselineWhat;
    double target = 0;  // the ratio ours/baseline we aim for; 0 for none
    // Speeds aim at or above their target ratio; sizes and latencies at or below it.
    enum class Aim { AtLeast, AtMost } aim = Aim::AtLeast;
};
void printTable(const std::vector<Row>& rows);

// For the benches of one workspace's analyses (battery histories, valuation), timed in ms
// against a raw SQLite scan of the same rows.

// Drops a workspace's pages from the page cache, as after a reboot: the next read comes
// from the disk. Clean pages only, which is all a workspace at rest has.
void dropFromCache(const QString& path);
// Milliseconds `work` took, or -1 when it failed.
double elapsedMs(const std::function<bool()>& work);
double median(std::vector<double> v);
// A line of the ms table: ours, the raw scan's, their ratio, the target and whether ours
// meets it, and what the raw scan read; printMsHeader() heads it.
void printMsHeader();
void printMsLine(const QString& what, double ours, double raw, double targetMs,
                 const QString& rawWhat);

}  // namespace pp::bench
