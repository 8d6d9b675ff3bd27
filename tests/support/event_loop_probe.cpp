#include "event_loop_probe.h"

#include <algorithm>

namespace pp::test {

EventLoopProbe::EventLoopProbe(std::function<bool()> measuring) : measuring_(std::move(measuring))
{
    tick_.setTimerType(Qt::PreciseTimer);
    tick_.callOnTimeout(this, [this] {
        const bool now = !measuring_ || measuring_();
        if (now && wasMeasuring_) {
            worst_ = std::max(worst_, clock_.restart());
            ++samples_;
        } else {
            clock_.restart();
        }
        wasMeasuring_ = now;
    });
}

void EventLoopProbe::start()
{
    clock_.start();
    tick_.start(5);
}

}  // namespace pp::test
