#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace pp::test {

// How long the UI thread stays busy: a 5 ms timer whose gaps between firings are the event
// loop's latency. Gaps count only while `measuring()` holds (always, without one), so a
// test can watch one phase of a longer flow.
class EventLoopProbe : public QObject
{
public:
    explicit EventLoopProbe(std::function<bool()> measuring = {});

    void start();
    void stop() { tick_.stop(); }
    qint64 worstGapMs() const { return worst_; }
    // Firings seen while measuring: a probe that never ran would report no gap at all.
    qint64 samples() const { return samples_; }

private:
    std::function<bool()> measuring_;
    QTimer tick_;
    QElapsedTimer clock_;
    bool wasMeasuring_ = false;
    qint64 worst_ = 0;
    qint64 samples_ = 0;
};

}  // namespace pp::test
