#pragma once

#include "common/result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace pp::store {

// One writer per workspace. Two syncs into one file each pass the checks on their own and
// together count every page twice (findings, daily rows); SQLite's locks keep each commit
// whole but not two writers apart. A writer holds this lock, a file beside the workspace
// (QLockFile: it names the process holding it, and a lock left by a killed process is taken
// over), for as long as it writes. Readers take no lock and keep working.
class WriterLock
{
public:
    // The lock, or an error naming the process that holds it.
    static Result<WriterLock> acquire(const QString& workspacePath);

    WriterLock(WriterLock&&) noexcept;
    WriterLock& operator=(WriterLock&&) noexcept;
    ~WriterLock();

private:
    explicit WriterLock(std::unique_ptr<QLockFile> lock);
    std::unique_ptr<QLockFile> lock_;
};

}  // namespace pp::store
