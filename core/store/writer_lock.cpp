#include "store/writer_lock.h"

#include <QLockFile>

namespace pp::store {

Result<WriterLock> WriterLock::acquire(const QString& workspacePath)
{
    auto lock = std::make_unique<QLockFile>(workspacePath + QStringLiteral(".lock"));
    // A sync may write for hours without touching the lock file: only a holder that no
    // longer runs makes it stale, never its age.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return WriterLock(std::move(lock));
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return Error(ErrorKind::Io, "workspace.in-use",
                     QT_TRANSLATE_NOOP("Error",
                                       "the workspace %1 is in use by another writer: %2 "
                                       "(process %3 on %4); wait for it to finish"),
                     {workspacePath, app, QString::number(pid), host});
    }
    return Error(ErrorKind::Io, "workspace.lock",
                 QT_TRANSLATE_NOOP("Error", "cannot create the lock file %1 beside the workspace"),
                 {lock->fileName()});
}

WriterLock::WriterLock(std::unique_ptr<QLockFile> lock) : lock_(std::move(lock)) {}
WriterLock::WriterLock(WriterLock&&) noexcept = default;
WriterLock& WriterLock::operator=(WriterLock&&) noexcept = default;
WriterLock::~WriterLock() = default;

}  // namespace pp::store
