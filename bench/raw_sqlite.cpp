#include "raw_sqlite.h"

#include "harness.h"

#include <QStringList>

#include <memory>
#include <vector>

#include <sqlite3.h>

namespace pp::bench {

namespace {

struct Closer
{
    void operator()(sqlite3* db) const { sqlite3_close(db); }
    void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
    void operator()(sqlite3_value* value) const { sqlite3_value_free(value); }
};
using Db = std::unique_ptr<sqlite3, Closer>;
using Stmt = std::unique_ptr<sqlite3_stmt, Closer>;
using Value = std::unique_ptr<sqlite3_value, Closer>;

Db openDb(const QString& path, int flags)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    return Db(db);
}

Stmt prepare(sqlite3* db, const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    return Stmt(stmt);
}

bool exec(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

}  // namespace

long long rawScan(const QString& path, const char* sql, const QByteArray& blob)
{
    const Db db = openDb(path, SQLITE_OPEN_READONLY);
    const Stmt stmt = prepare(db.get(), sql);
    if (!stmt)
        return -1;
    if (!blob.isEmpty())
        sqlite3_bind_blob(stmt.get(), 1, blob.constData(), static_cast<int>(blob.size()),
                          SQLITE_STATIC);
    long long rows = 0;
    // Every column is read, as a real consumer would; volatile keeps the reads.
    volatile unsigned sink = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        ++rows;
        for (int c = 0; c < sqlite3_column_count(stmt.get()); ++c) {
            const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(stmt.get(), c));
            const int n = sqlite3_column_bytes(stmt.get(), c);
            if (n > 0)
                sink = sink + p[0] + p[n - 1];
        }
    }
    return rc == SQLITE_DONE ? rows : -1;
}

double rawInsertSeconds(const QString& from, const QString& to, int perTransaction)
{
    const Db source = openDb(from, SQLITE_OPEN_READONLY);
    // The table and its indexes as the workspace declares them, table first.
    QStringList schema;
    const Stmt ddl = prepare(source.get(),
                             "SELECT sql FROM sqlite_master WHERE tbl_name = 'records' AND sql "
                             "IS NOT NULL ORDER BY type DESC");
    while (ddl && sqlite3_step(ddl.get()) == SQLITE_ROW)
        schema << QString::fromUtf8(
            reinterpret_cast<const char*>(sqlite3_column_text(ddl.get(), 0)));
    const Stmt select = prepare(source.get(), "SELECT * FROM records");
    if (schema.isEmpty() || !select)
        return -1;
    const int columns = sqlite3_column_count(select.get());
    std::vector<Value> values;  // row after row, `columns` each
    while (sqlite3_step(select.get()) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c)
            values.emplace_back(sqlite3_value_dup(sqlite3_column_value(select.get(), c)));
    }

    const Db db = openDb(to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!db || !exec(db.get(),
                     "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; "
                     "PRAGMA synchronous=NORMAL"))
        return -1;
    for (const QString& sql : schema) {
        if (!exec(db.get(), sql.toUtf8().constData()))
            return -1;
    }
    QByteArray insert = "INSERT OR REPLACE INTO records VALUES(?";
    insert += QByteArray(",?").repeated(columns - 1) + ')';
    const Stmt q = prepare(db.get(), insert.constData());
    if (!q)
        return -1;

    const double start = cpuSeconds();
    const std::size_t rows = values.size() / static_cast<std::size_t>(columns);
    const auto batch = static_cast<std::size_t>(perTransaction);
    for (std::size_t r = 0; r < rows; ++r) {
        if (r % batch == 0 && !exec(db.get(), "BEGIN"))
            return -1;
        for (int c = 0; c < columns; ++c)
            sqlite3_bind_value(q.get(), c + 1, values[r * columns + c].get());
        if (sqlite3_step(q.get()) != SQLITE_DONE)
            return -1;
        sqlite3_reset(q.get());
        if ((r % batch == batch - 1 || r + 1 == rows) && !exec(db.get(), "COMMIT"))
            return -1;
    }
    if (sqlite3_wal_checkpoint_v2(db.get(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr,
                                  nullptr) != SQLITE_OK)
        return -1;
    return cpuSeconds() - start;
}

}  // namespace pp::bench
