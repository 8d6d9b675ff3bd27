#include "background_job.h"

namespace pp::ui {

void JobContext::reportProgress(const QString& stage, qint64 done, qint64 total)
{
    // The courier lives until the worker thread is joined, so it is there to post to; the
    // job may be gone by the time the call runs, which the QPointer tells.
    QMetaObject::invokeMethod(
        courier_,
        [self = shared_from_this(), stage, done, total] {
            if (self->ticket_)
                emit self->ticket_->progress(stage, done, total);
        },
        Qt::QueuedConnection);
}

Result<store::Workspace*> JobContext::workspace()
{
    return workspace_();
}

BackgroundJob::BackgroundJob(QObject* parent, std::shared_ptr<JobContext> context)
    : QObject(parent), context_(std::move(context))
{
    context_->ticket_ = this;
}

}  // namespace pp::ui
