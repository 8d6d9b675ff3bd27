#include "worker_reaper.h"

#include <QCoreApplication>

#include <algorithm>

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#endif

namespace pp::ui {

WorkerReaper& WorkerReaper::instance()
{
    static WorkerReaper* reaper = [] {
        auto* r = new WorkerReaper;
        // The application's last act: threads still running are told to stop already, and
        // nothing is on screen any more.
        qAddPostRoutine([] { instance().joinAll(); });
        return r;
    }();
    return *reaper;
}

WorkerReaper::WorkerReaper() = default;

void WorkerReaper::leaving()
{
#if defined(__SANITIZE_THREAD__)
    __tsan_release(QThread::currentThread());
#endif
}

void WorkerReaper::join(QThread& thread)
{
    thread.wait();
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(&thread);
#endif
}

void WorkerReaper::adopt(std::unique_ptr<QThread> thread, QObject* courier,
                         std::shared_ptr<void> state)
{
    workers_.push_back({std::move(thread), courier, std::move(state)});
}

void WorkerReaper::ended(QObject* courier)
{
    const auto it = std::find_if(workers_.begin(), workers_.end(),
                                 [courier](const Retired& r) { return r.courier == courier; });
    if (it == workers_.end())
        return;
    join(*it->thread);  // it has returned, or is returning, from its last statement
    delete it->courier;
    workers_.erase(it);
    if (workers_.empty())
        emit allEnded();
}

void WorkerReaper::joinAll()
{
    for (Retired& r : workers_) {
        join(*r.thread);
        delete r.courier;
    }
    workers_.clear();
}

}  // namespace pp::ui
