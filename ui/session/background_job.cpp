#include "background_job.h"

namespace pp::ui {

BackgroundJob::BackgroundJob(QObject* parent, Work work) : QObject(parent), work_(std::move(work))
{
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    if (thread_)
        thread_->wait();
}

void BackgroundJob::start()
{
    thread_.reset(QThread::create([this] {
        std::function<void()> deliver = work_(*this);
        // Queued to this object: dropped by Qt if the job is deleted before it runs.
        QMetaObject::invokeMethod(
            this,
            [this, deliver = std::move(deliver)] {
                if (deliver)
                    deliver();
                emit finished();
            },
            Qt::QueuedConnection);
    }));
    thread_->start(QThread::LowPriority);
}

void BackgroundJob::reportProgress(const QString& stage, qint64 done, qint64 total)
{
    QMetaObject::invokeMethod(
        this, [this, stage, done, total] { emit progress(stage, done, total); },
        Qt::QueuedConnection);
}

}  // namespace pp::ui
