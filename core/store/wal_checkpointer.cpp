#include "store/wal_checkpointer.h"

#include "store/sqlite.h"

#include <sqlite3.h>

namespace pp::store {

std::unique_ptr<WalCheckpointer> WalCheckpointer::start(Database& db)
{
    sqlite3* writer = db.db_.get();
    const char* file = sqlite3_db_filename(writer, "main");
    if (file == nullptr || *file == '\0')
        return nullptr;
    sqlite3* own = nullptr;
    if (sqlite3_open_v2(file, &own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
            SQLITE_OK ||
        sqlite3_exec(own, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(own);
        return nullptr;
    }
    return std::unique_ptr<WalCheckpointer>(new WalCheckpointer(writer, own));
}

WalCheckpointer::WalCheckpointer(sqlite3* writer, sqlite3* own)
    : writer_(writer), own_(own), thread_([this] { run(); })
{
    // Replaces the connection's automatic checkpoint, which is itself a WAL hook.
    sqlite3_wal_hook(writer_, &WalCheckpointer::onCommit, this);
}

WalCheckpointer::~WalCheckpointer()
{
    sqlite3_wal_autocheckpoint(writer_, kPages);
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_one();
    thread_.join();
    sqlite3_close_v2(own_);
}

std::uint64_t WalCheckpointer::checkpoints() const
{
    std::lock_guard lock(mutex_);
    return checkpoints_;
}

int WalCheckpointer::onCommit(void* self, sqlite3* db, const char* schema, int walPages)
{
    if (walPages < kPages)
        return SQLITE_OK;
    auto* checkpointer = static_cast<WalCheckpointer*>(self);
    // SQLite refuses a second checkpoint while one runs (without waiting), so the writer
    // waits for the background pass here, then copies the rest itself: no commit can come
    // in between, so this copies everything and the next commit starts the WAL over.
    if (walPages >= kBacklogPages) {
        std::lock_guard pass(checkpointer->passing_);
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    }
    {
        std::lock_guard lock(checkpointer->mutex_);
        checkpointer->wanted_ = true;
    }
    checkpointer->wake_.notify_one();
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(mutex_);
    while (true) {
        wake_.wait(lock, [this] { return wanted_ || stopping_; });
        if (stopping_)
            return;
        wanted_ = false;
        lock.unlock();
        // A failure (another connection checkpointing, a full disk) leaves the frames in
        // the WAL, where readers find them; the next commit asks again.
        int rc = SQLITE_OK;
        {
            std::lock_guard pass(passing_);
            rc = sqlite3_wal_checkpoint_v2(own_, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr,
                                           nullptr);
        }
        lock.lock();
        if (rc == SQLITE_OK)
            ++checkpoints_;
    }
}

}  // namespace pp::store
