#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace pp::ui {

// Long work (sync, loading an asset, re-verifying, exporting) on a thread of its own, so
// that the UI thread never waits for it. The work reports progress and checks cancel();
// what it returns runs back on the UI thread. Deleting the job cancels it and waits for
// its thread: a window closed mid-sync leaves no thread behind.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    // `work` runs on the job's thread and returns what to do with its result on the UI
    // thread (called only if the job still exists then).
    using Work = std::function<std::function<void()>(BackgroundJob& job)>;

    BackgroundJob(QObject* parent, Work work);
    ~BackgroundJob() override;

    void start();
    void cancel() { cancelled_ = true; }
    bool cancelled() const { return cancelled_.load(); }
    const std::atomic<bool>* cancelFlag() const { return &cancelled_; }

    // Thread-safe: the progress signal is delivered on the UI thread.
    void reportProgress(const QString& stage, qint64 done, qint64 total);

signals:
    void progress(const QString& stage, qint64 done, qint64 total);
    void finished();

private:
    Work work_;
    std::atomic<bool> cancelled_{false};
    std::unique_ptr<QThread> thread_;
};

}  // namespace pp::ui
