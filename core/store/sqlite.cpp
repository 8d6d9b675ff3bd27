#include "store/sqlite.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace pp::store {

namespace {

Error sqliteError(sqlite3* db, const char* what)
{
    return Error(
        ErrorKind::Io, "store.sqlite", QT_TRANSLATE_NOOP("Error", "database: %1 failed: %2"),
        {QString::fromUtf8(what), QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory")});
}

}  // namespace

void Statement::Finalize::operator()(sqlite3_stmt* s) const
{
    sqlite3_finalize(s);
}

void Database::Close::operator()(sqlite3* db) const
{
    sqlite3_close_v2(db);
}

Statement::Statement(sqlite3_stmt* stmt, sqlite3* db) : stmt_(stmt), db_(db) {}

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(stmt_.get(), index, value);
    return *this;
}

Statement& Statement::bind(int index, std::optional<std::uint64_t> value)
{
    if (value)
        sqlite3_bind_int64(stmt_.get(), index, static_cast<std::int64_t>(*value));
    else
        sqlite3_bind_null(stmt_.get(), index);
    return *this;
}

Statement& Statement::bind(int index, std::optional<double> value)
{
    if (value)
        sqlite3_bind_double(stmt_.get(), index, *value);
    else
        sqlite3_bind_null(stmt_.get(), index);
    return *this;
}

Statement& Statement::bind(int index, QByteArrayView blob)
{
    // Zero-length blobs still bind as blobs, not NULL.
    sqlite3_bind_blob64(stmt_.get(), index, blob.isEmpty() ? "" : blob.data(),
                        static_cast<sqlite3_uint64>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text64(stmt_.get(), index, utf8.constData(),
                        static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(stmt_.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(db_, sqlite3_sql(stmt_.get()));
}

Status Statement::run()
{
    auto r = step();
    reset();
    if (!r)
        return std::move(r).error();
    return okStatus();
}

void Statement::reset()
{
    sqlite3_reset(stmt_.get());
    sqlite3_clear_bindings(stmt_.get());
}

std::int64_t Statement::columnInt(int index) const
{
    return sqlite3_column_int64(stmt_.get(), index);
}

QByteArray Statement::columnBlob(int index) const
{
    const void* data = sqlite3_column_blob(stmt_.get(), index);
    const int size = sqlite3_column_bytes(stmt_.get(), index);
    return QByteArray(static_cast<const char*>(data), size);
}

QString Statement::columnText(int index) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_.get(), index));
    return QString::fromUtf8(text, sqlite3_column_bytes(stmt_.get(), index));
}

std::optional<double> Statement::columnOptionalDouble(int index) const
{
    if (columnIsNull(index))
        return std::nullopt;
    return sqlite3_column_double(stmt_.get(), index);
}

std::optional<std::uint64_t> Statement::columnOptional(int index) const
{
    if (columnIsNull(index))
        return std::nullopt;
    return static_cast<std::uint64_t>(columnInt(index));
}

bool Statement::columnIsNull(int index) const
{
    return sqlite3_column_type(stmt_.get(), index) == SQLITE_NULL;
}

Result<Database> Database::openWith(const QString& path, int flags)
{
    sqlite3* raw = nullptr;
    const int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    Database db(raw);
    if (rc != SQLITE_OK) {
        return Error(ErrorKind::Io, "store.open",
                     QT_TRANSLATE_NOOP("Error", "cannot open database %1: %2"),
                     {path, QString::fromUtf8(raw ? sqlite3_errmsg(raw) : "out of memory")});
    }
    sqlite3_busy_timeout(raw, 5000);
    return db;
}

Result<Database> Database::open(const QString& path)
{
    auto db = openWith(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!db)
        return db;
    // 16 KiB pages: both stores are mostly records of about a kilobyte, and with the
    // default 4 KiB pages the node's ingest spent a third of its time writing blocks. The
    // size only takes effect when a file is created; existing files keep theirs.
    for (const char* pragma : {"PRAGMA page_size=16384", "PRAGMA journal_mode=WAL",
                               "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        if (auto st = db->exec(pragma); !st)
            return std::move(st).error();
    }
    return db;
}

Result<Database> Database::openReadOnly(const QString& path)
{
    return openWith(path, SQLITE_OPEN_READONLY);
}

Status Database::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db_.get(), sql, nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message);
        return sqliteError(db_.get(), sql);
    }
    return okStatus();
}

Result<Statement> Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_.get(), sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
        SQLITE_OK)
        return sqliteError(db_.get(), sql);
    return Statement(stmt, db_.get());
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(db_.get());
}

Result<Transaction> Transaction::begin(Database& db)
{
    if (auto st = db.exec("BEGIN IMMEDIATE"); !st)
        return std::move(st).error();
    return Transaction(&db);
}

Status Transaction::commit()
{
    auto st = db_->exec("COMMIT");
    if (st)
        db_ = nullptr;  // done; after a failed COMMIT the destructor rolls back
    return st;
}

Transaction::~Transaction()
{
    if (db_ != nullptr)
        (void)db_->exec("ROLLBACK");
}

}  // namespace pp::store
