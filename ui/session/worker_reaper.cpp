#include "worker_reaper.h"

#include <QCoreApplication>

#include <algorithm>

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

void WorkerReaper::adopt(std::unique_ptr<QThread> thread, QObject* courier)
{
    workers_.push_back({std::move(thread), courier});
}

void WorkerReaper::ended(QObject* courier)
{
    const auto it = std::find_if(workers_.begin(), workers_.end(),
                                 [courier](const Retired& r) { return r.courier == courier; });
    if (it == workers_.end())
        return;
    it->thread->wait();  // it has returned, or is returning, from its last statement
    delete it->courier;
    workers_.erase(it);
    if (workers_.empty())
        emit allEnded();
}

void WorkerReaper::joinAll()
{
    for (Retired& r : workers_) {
        r.thread->wait();
        delete r.courier;
    }
    workers_.clear();
}

}  // namespace pp::ui
