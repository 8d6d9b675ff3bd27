#pragma once

#include <QString>

#include <atomic>
#include <thread>

namespace pp::test {

// How many threads this process runs, and how many descriptors it holds open on one
// SQLite file (the file itself, not its -wal or -shm), read from /proc. Each connection
// holds one; SQLite also keeps a closed connection's descriptor while another connection
// of the process holds a lock on the file (POSIX locks belong to the process, not the
// descriptor), so the count is an upper bound on connections, exact from a fresh start. A census
// taken on its own thread every fraction of a millisecond keeps the highest of each, so a job that
// starts a thread or opens the file again for a few milliseconds shows up.
class ProcessCensus
{
public:
    static int threads();
    static int descriptors(const QString& databasePath);

    explicit ProcessCensus(QString databasePath);
    ~ProcessCensus();
    ProcessCensus(const ProcessCensus&) = delete;
    ProcessCensus& operator=(const ProcessCensus&) = delete;

    // The highest counts seen since construction (the census's own thread not counted).
    int maxThreads() const { return maxThreads_.load() - 1; }
    int maxDescriptors() const { return maxDescriptors_.load(); }

private:
    QString path_;
    std::atomic<bool> stop_{false};
    std::atomic<int> maxThreads_{0}, maxDescriptors_{0};
    std::thread watcher_;
};

}  // namespace pp::test
