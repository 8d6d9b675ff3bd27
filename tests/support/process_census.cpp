#include "process_census.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <chrono>

namespace pp::test {

int ProcessCensus::threads()
{
    return static_cast<int>(QDir(QStringLiteral("/proc/self/task"))
                                .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                                .size());
}

int ProcessCensus::descriptors(const QString& databasePath)
{
    const QString target = QFileInfo(databasePath).canonicalFilePath();
    const QDir fds(QStringLiteral("/proc/self/fd"));
    int n = 0;
    for (const QString& fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot))
        n += QFileInfo(fds.filePath(fd)).symLinkTarget() == target ? 1 : 0;
    return n;
}

ProcessCensus::ProcessCensus(QString databasePath) : path_(std::move(databasePath))
{
    watcher_ = std::thread([this] {
        while (!stop_.load()) {
            const int t = threads(), c = descriptors(path_);
            maxThreads_.store(std::max(maxThreads_.load(), t));
            maxDescriptors_.store(std::max(maxDescriptors_.load(), c));
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
    });
    // The first reading, so that a census stopped at once still says something.
    while (maxThreads_.load() == 0)
        std::this_thread::yield();
}

ProcessCensus::~ProcessCensus()
{
    stop_.store(true);
    watcher_.join();
}

}  // namespace pp::test
