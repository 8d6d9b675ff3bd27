#pragma once

#include "common/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace pp::store {
class Workspace;
}

namespace pp::ui {

class BackgroundJob;

// A job as its work sees it, on a JobQueue's worker thread: whether it was cancelled, a
// way to report progress, and the queue's workspace. The UI holds the same job as a
// BackgroundJob, which may be deleted at any time; nothing here touches it from the worker
// thread.
class JobContext : public std::enable_shared_from_this<JobContext>
{
public:
    bool cancelled() const { return cancelled_.load(); }
    const std::atomic<bool>* cancelFlag() const { return &cancelled_; }
    // Thread-safe: delivered as BackgroundJob::progress on the UI thread, if it still exists.
    void reportProgress(const QString& stage, qint64 done, qint64 total);
    // The queue's workspace, opened (schema and migrations applied) by the first job that
    // asks and kept for the next ones; an error when the queue has none or it cannot open.
    Result<store::Workspace*> workspace();

private:
    friend class BackgroundJob;
    friend class JobQueue;

    std::atomic<bool> cancelled_{false};
    QPointer<BackgroundJob> ticket_;  // read on the UI thread only
    QObject* courier_ = nullptr;      // on the UI thread; outlives the worker thread
    std::function<Result<store::Workspace*>()> workspace_;
};

// Long work (sync, loading an asset, inspecting a record, an export) as the UI holds it: its
// progress and its end arrive as signals on the UI thread, and cancel() asks the work to
// stop. The work itself runs on a JobQueue's long-lived thread. Deleting the job cancels it
// and waits for nothing: a view or a session that goes mid-job never freezes the window.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    // `work` runs on the worker thread and returns what to do with its result on the UI
    // thread (called only if the job still exists then, cancelled or not).
    using Work = std::function<std::function<void()>(JobContext& job)>;

    ~BackgroundJob() override { cancel(); }

    void cancel() { context_->cancelled_ = true; }
    bool cancelled() const { return context_->cancelled(); }

signals:
    void progress(const QString& stage, qint64 done, qint64 total);
    void finished();

private:
    friend class JobQueue;
    BackgroundJob(QObject* parent, std::shared_ptr<JobContext> context);

    std::shared_ptr<JobContext> context_;
};

}  // namespace pp::ui
