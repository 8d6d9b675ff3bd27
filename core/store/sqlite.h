#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

// A thin RAII layer over SQLite's C API: errors as values naming the SQL that failed.
namespace pp::store {

class Statement
{
public:
    Statement& bind(int index, std::int64_t value);
    // Heights, sequence numbers and times: below 2^63 in practice; nothing binds NULL.
    Statement& bind(int index, std::optional<std::uint64_t> value);
    Statement& bind(int index, std::optional<double> value);  // NULL when absent
    Statement& bind(int index, QByteArrayView blob);
    Statement& bind(int index, const QByteArray& blob) { return bind(index, QByteArrayView(blob)); }
    Statement& bind(int index, const QString& text);

    // Runs one step: true when a row is available, false when done.
    Result<bool> step();
    // Steps through every row, calling fn(*this) on each.
    template <typename Fn>
    Status forEachRow(Fn fn)
    {
        while (true) {
            auto more = step();
            if (!more)
                return std::move(more).error();
            if (!*more)
                return okStatus();
            fn(static_cast<const Statement&>(*this));
        }
    }
    // Runs to completion, for statements that return no rows.
    Status run();
    void reset();

    std::int64_t columnInt(int index) const;
    QByteArray columnBlob(int index) const;
    QString columnText(int index) const;
    bool columnIsNull(int index) const;
    std::optional<std::uint64_t> columnOptional(int index) const;
    std::optional<double> columnOptionalDouble(int index) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, sqlite3* db);

    struct Finalize
    {
        void operator()(sqlite3_stmt* s) const;
    };
    std::unique_ptr<sqlite3_stmt, Finalize> stmt_;
    sqlite3* db_;
};

class Database
{
public:
    // Opens (creating) a database in WAL mode with synchronous=NORMAL: a commit is atomic
    // and survives a killed process; power loss may lose the last transactions, never
    // corrupt the file.
    static Result<Database> open(const QString& path);
    // Opens an existing database for reading only: no file is created, nothing is written
    // (not even the journal mode), so reading a file leaves its bytes as they were and
    // works where the file or its folder is read-only.
    static Result<Database> openReadOnly(const QString& path);

    Status exec(const char* sql);
    Result<Statement> prepare(const char* sql);
    // Prepares `sql`, binds `keys` to its parameters in order and steps once: the
    // statement on its first row, or nothing when there is no row.
    template <typename... Keys>
    Result<std::optional<Statement>> firstRow(const char* sql, const Keys&... keys)
    {
        auto q = prepare(sql);
        if (!q)
            return std::move(q).error();
        int index = 0;
        (q->bind(++index, keys), ...);
        auto row = q->step();
        if (!row)
            return std::move(row).error();
        if (!*row)
            return std::optional<Statement>();
        return std::optional<Statement>(std::move(*q));
    }
    std::int64_t lastInsertRowId() const;

private:
    // Opens with `flags` (plus no mutex) and the busy timeout both openings share.
    static Result<Database> openWith(const QString& path, int flags);
    friend class WalCheckpointer;
    struct Close
    {
        void operator()(sqlite3* db) const;
    };
    explicit Database(sqlite3* db) : db_(db) {}
    std::unique_ptr<sqlite3, Close> db_;
};

// BEGIN IMMEDIATE on construction; ROLLBACK unless commit() succeeded.
class Transaction
{
public:
    static Result<Transaction> begin(Database& db);
    Status commit();
    ~Transaction();
    Transaction(Transaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;

private:
    explicit Transaction(Database* db) : db_(db) {}
    Database* db_;
};

}  // namespace pp::store
