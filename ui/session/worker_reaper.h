#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace pp::ui {

// Where the threads of deleted JobQueues end. A queue's thread says, as its last act, that
// its last job has returned; the reaper then joins it, which cannot block since the thread
// is already on its way out. Threads still running when the application quits are joined
// then, after the windows are gone. The main window closes only once the reaper is idle, so
// no job outlives the workspace file it was reading.
class WorkerReaper : public QObject
{
    Q_OBJECT

public:
    static WorkerReaper& instance();

    // Takes a thread that will end soon, the courier (a QObject on the UI thread) it posts
    // to until then, and what it works on (`state`): all are dropped once it has ended, on
    // the UI thread.
    void adopt(std::unique_ptr<QThread> thread, QObject* courier, std::shared_ptr<void> state);
    // Called on the UI thread, through the courier, by the thread's last act.
    void ended(QObject* courier);
    // What an adopted thread calls as it returns. The reaper's QThread::wait() orders all
    // the thread did before what follows the join, through locks inside Qt Core that
    // ThreadSanitizer cannot see; under TSan, this and the join tell it so.
    static void leaving();
    bool idle() const { return workers_.empty(); }

signals:
    void allEnded();

private:
    WorkerReaper();
    void joinAll();
    static void join(QThread& thread);

    struct Retired
    {
        std::unique_ptr<QThread> thread;
        QObject* courier;
        std::shared_ptr<void> state;
    };
    std::vector<Retired> workers_;
};

}  // namespace pp::ui
