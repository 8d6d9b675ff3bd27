#pragma once

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace pp::store {

class Database;

// Checkpoints a database's WAL on a thread of its own. SQLite's automatic checkpoint runs
// inside the commit that takes the WAL past 1,000 pages, and its fsyncs stall that writer:
// during a light node's sync, the pipeline behind it, with cores idle. Here a commit
// only notes the WAL's size, and a second connection copies the WAL back into the database
// (PASSIVE: it never waits for the writer or for readers). Checkpoints are as durable as
// before and a killed process is as safe: SQLite makes a checkpoint atomic, and one cut
// short is done again later.
class WalCheckpointer
{
public:
    // A checkpoint is wanted once a commit leaves this many pages in the WAL (SQLite's own
    // threshold) ...
    static constexpr int kPages = 1000;
    // ... and if the background falls this far behind, the committing writer checkpoints as
    // SQLite would, so that the WAL stays bounded however fast the writer is.
    static constexpr int kBacklogPages = 16 * kPages;

    // Takes the checkpoints of `db` over until destroyed; then `db` checkpoints itself again.
    // Nothing for a database without a file (in memory) or that a second connection cannot
    // open: it keeps checkpointing itself.
    static std::unique_ptr<WalCheckpointer> start(Database& db);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Checkpoints run in the background so far.
    std::uint64_t checkpoints() const;

private:
    WalCheckpointer(sqlite3* writer, sqlite3* own);
    static int onCommit(void* self, sqlite3* db, const char* schema, int walPages);
    void run();

    sqlite3* writer_;
    sqlite3* own_;
    std::mutex passing_;  // held while a checkpoint copies the WAL back
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool wanted_ = false;
    bool stopping_ = false;
    std::uint64_t checkpoints_ = 0;
    std::thread thread_;
};

}  // namespace pp::store
