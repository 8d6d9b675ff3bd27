#pragma once

#include "common/result.h"
#include "store/battery_summary_repository.h"
#include "store/chain_repository.h"
#include "store/coverage_repository.h"
#include "store/daily_repository.h"
#include "store/finding_repository.h"
#include "store/network_repository.h"
#include "store/record_repository.h"
#include "store/registration_repository.h"
#include "store/row_types.h"
#include "store/sqlite.h"
#include "store/wal_checkpointer.h"
#include "store/writer_lock.h"

#include <QString>

#include <memory>

namespace pp::store {

// What the light node keeps of one chain: one SQLite file, the "workspace". Only verified
// state is written, each step in one transaction together with the progress that says it
// was done, so a killed process leaves a file that reopens where the last step ended.
//
// Opening it applies the schema and its migrations once; its tables are read and written
// through one repository each, handed out over the one connection the workspace owns
// (a repository is a view of that connection, used and dropped).
class Workspace
{
public:
    static constexpr int kSchemaVersion = 6;

    static Result<Workspace> open(const QString& path);
    // For reading only (status, records, an export): an existing workspace at this
    // program's schema, opened without writing a byte (store/sqlite.h); a write through it
    // fails with SQLite's "readonly database".
    static Result<Workspace> openForReading(const QString& path);
    Workspace(Workspace&&) = default;
    // Not assignable: the checkpointer must go before the connection it serves.
    Workspace& operator=(Workspace&&) = delete;

    const QString& path() const { return path_; }
    // Held by whoever writes (a sync, a rebuild of the daily summaries) for as long as it
    // writes: a second writer gets an error naming the first (store/writer_lock.h).
    Result<WriterLock> lockForWriting() const { return WriterLock::acquire(path_); }

    ChainRepository chain() { return ChainRepository(db_); }
    RegistrationRepository registrations() { return RegistrationRepository(db_); }
    RecordRepository records() { return RecordRepository(db_); }
    FindingRepository findings() { return FindingRepository(db_); }
    DailyRepository daily() { return DailyRepository(db_); }
    CoverageRepository coverage() { return CoverageRepository(db_); }
    BatterySummaryRepository batterySummaries() { return BatterySummaryRepository(db_); }
    NetworkRepository network() { return NetworkRepository(db_); }
    // What the user set for this workspace (its valuation parameters), kept in the file
    // so that a workspace moved to another machine carries them; empty when never set.
    Result<QByteArray> userSetting(const char* key);
    Status setUserSetting(const char* key, QByteArrayView value);

private:
    Workspace(Database db, QString path) : db_(std::move(db)), path_(std::move(path)) {}

    Database db_;
    QString path_;
    std::unique_ptr<WalCheckpointer> checkpointer_;  // after db_: destroyed before it
};

}  // namespace pp::store
