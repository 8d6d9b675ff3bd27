#pragma once

#include "session/background_job.h"

#include <QObject>
#include <QString>

#include <memory>

namespace pp::ui {

// A long-lived worker thread that runs jobs one after another, in the order they were
// posted, each with its own cancellation (qBittorrent's resume-data storage is the model).
// Given a workspace path it owns that workspace's SQLite connection: opened, with its
// schema and migrations, by the first job that asks, and kept for the jobs after it, so a
// job costs neither a thread nor a connection.
//
// Deleting the queue cancels every job, drops the ones not started, and hands the thread
// to WorkerReaper, which joins it once its current job has returned: the UI thread never
// waits for work to notice that it was cancelled.
class JobQueue : public QObject
{
    Q_OBJECT

public:
    explicit JobQueue(QString workspacePath = {}, QObject* parent = nullptr);
    ~JobQueue() override;

    // Queues `work`; the job returned is a child of `owner` and deletes itself once its
    // result has been delivered.
    BackgroundJob* post(QObject* owner, BackgroundJob::Work work);

private:
    struct Worker;
    std::shared_ptr<Worker> worker_;
};

}  // namespace pp::ui
