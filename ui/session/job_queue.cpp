#include "job_queue.h"

#include "session/worker_reaper.h"
#include "store/workspace.h"

#include <QThread>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>

namespace pp::ui {

struct JobQueue::Worker
{
    struct Job
    {
        std::shared_ptr<JobContext> context;
        BackgroundJob::Work work;
    };

    QString path;
    QObject* courier = nullptr;  // on the UI thread: deliveries go through it
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Job> jobs;
    std::shared_ptr<JobContext> running;
    bool stopping = false;
    std::optional<store::Workspace> workspace;  // the worker thread's alone
    // A QThread, not a std::thread: jobs draw charts and PDFs, and Qt's painting starts
    // timers, which need the event dispatcher only a QThread gives its thread.
    std::unique_ptr<QThread> thread;

    Result<store::Workspace*> openWorkspace()
    {
        if (!workspace) {
            if (path.isEmpty())
                return Error(ErrorKind::Internal, "ui.no-workspace",
                             QT_TRANSLATE_NOOP("Error", "this worker has no workspace"));
            auto opened = store::Workspace::open(path);
            if (!opened)
                return std::move(opened).error();
            workspace.emplace(std::move(*opened));
        }
        return &*workspace;
    }

    void run()
    {
        while (true) {
            Job job;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [this] { return stopping || !jobs.empty(); });
                if (stopping)
                    break;
                job = std::move(jobs.front());
                jobs.pop_front();
                running = job.context;
            }
            job.context->workspace_ = [this] { return openWorkspace(); };
            std::function<void()> deliver = job.work(*job.context);
            QMetaObject::invokeMethod(
                courier,
                [context = job.context, deliver = std::move(deliver)] {
                    if (BackgroundJob* ticket = context->ticket_) {
                        if (deliver)
                            deliver();
                        emit ticket->finished();
                    }
                },
                Qt::QueuedConnection);
            std::lock_guard lock(mutex);
            running.reset();
        }
        workspace.reset();  // the connection and its checkpointer close on this thread
        QMetaObject::invokeMethod(
            courier, [courier = courier] { WorkerReaper::instance().ended(courier); },
            Qt::QueuedConnection);
    }
};

JobQueue::JobQueue(QString workspacePath, QObject* parent)
    : QObject(parent), worker_(std::make_shared<Worker>())
{
    worker_->path = std::move(workspacePath);
    worker_->courier = new QObject;  // no parent: the reaper deletes it after the join
    // The thread borrows the worker: the queue owns it, then the reaper, which lets go of
    // it on the UI thread once the thread is joined, never the thread as it ends.
    worker_->thread.reset(QThread::create([worker = worker_.get()] {
        worker->run();
        WorkerReaper::leaving();
    }));
    worker_->thread->start();
}

JobQueue::~JobQueue()
{
    std::unique_ptr<QThread> thread;
    {
        std::lock_guard lock(worker_->mutex);
        for (const Worker::Job& job : worker_->jobs)
            job.context->cancelled_ = true;
        worker_->jobs.clear();
        if (worker_->running)
            worker_->running->cancelled_ = true;
        thread = std::move(worker_->thread);
    }
    // Adopted before it is told to stop, so that its last word finds the reaper ready.
    WorkerReaper::instance().adopt(std::move(thread), worker_->courier, worker_);
    {
        std::lock_guard lock(worker_->mutex);
        worker_->stopping = true;
    }
    worker_->wake.notify_one();
}

BackgroundJob* JobQueue::post(QObject* owner, BackgroundJob::Work work)
{
    auto context = std::make_shared<JobContext>();
    context->courier_ = worker_->courier;
    auto* job = new BackgroundJob(owner, context);
    connect(job, &BackgroundJob::finished, job, &QObject::deleteLater);
    {
        std::lock_guard lock(worker_->mutex);
        worker_->jobs.push_back({std::move(context), std::move(work)});
    }
    worker_->wake.notify_one();
    return job;
}

}  // namespace pp::ui
