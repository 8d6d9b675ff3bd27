#include "event_loop_probe.h"

#include <algorithm>
#include <ctime>

namespace pp::test {

namespace {

// CPU time of the calling thread: the timer fires on the UI thread, so this is the UI
// thread's.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

}  // namespace

EventLoopProbe::EventLoopProbe(std::function<bool()> measuring) : measuring_(std::move(measuring))
{
    tick_.setTimerType(Qt::PreciseTimer);
    tick_.callOnTimeout(this, [this] {
        const bool now = !measuring_ || measuring_();
        const qint64 cpu = threadCpuNs();
        const qint64 wall = clock_.restart();
        if (now && wasMeasuring_) {
            worstWallMs_ = std::max(worstWallMs_, wall);
            worstCpuNs_ = std::max(worstCpuNs_, cpu - cpuAtLastTickNs_);
            ++samples_;
        }
        cpuAtLastTickNs_ = cpu;
        wasMeasuring_ = now;
    });
}

void EventLoopProbe::start()
{
    clock_.start();
    cpuAtLastTickNs_ = threadCpuNs();
    tick_.start(5);
}

}  // namespace pp::test
