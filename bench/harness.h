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

}  // namespace pp::bench
