#include "store/meta_table.h"

namespace pp::store {

Result<std::optional<QByteArray>> readMeta(Database& db, const char* key)
{
    auto row = db.firstRow("SELECT value FROM meta WHERE key = ?", QString::fromLatin1(key));
    if (!row)
        return std::move(row).error();
    if (!*row)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>((*row)->columnBlob(0));
}

Status writeMeta(Database& db, const char* key, QByteArrayView value)
{
    auto q = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
    if (!q)
        return std::move(q).error();
    return q->bind(1, QString::fromLatin1(key)).bind(2, value).run();
}

Status checkSchema(Database& db, int version, const char* what)
{
    auto hasMeta = db.firstRow("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'");
    if (!hasMeta)
        return std::move(hasMeta).error();
    auto stored = *hasMeta ? readMeta(db, "schema_version")
                           : Result<std::optional<QByteArray>>(std::optional<QByteArray>());
    if (!stored)
        return std::move(stored).error();
    if (!*stored)
        return Error(ErrorKind::Malformed, "store.not-ours",
                     QT_TRANSLATE_NOOP("Error", "the file is not a PowerProof %1"),
                     {QString::fromLatin1(what)});
    const int found = (*stored)->toInt();
    if (found > version)
        return Error(ErrorKind::Unsupported, "store.schema",
                     QT_TRANSLATE_NOOP("Error",
                                       "the %1 database has schema %2, newer than this "
                                       "program's %3"),
                     {QString::fromLatin1(what), QString::number(found), QString::number(version)});
    if (found < version)
        return Error(ErrorKind::Unsupported, "store.schema-old",
                     QT_TRANSLATE_NOOP("Error",
                                       "the %1 has schema %2, older than this program's %3: "
                                       "sync it (or open it in the console) once to upgrade it"),
                     {QString::fromLatin1(what), QString::number(found), QString::number(version)});
    return okStatus();
}

Result<int> applySchema(Database& db, int version, const char* schema, const char* what,
                        std::span<const Migration> migrations)
{
    // The meta table first: the version must be readable before anything else is touched.
    if (auto st =
            db.exec("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value BLOB NOT NULL)");
        !st)
        return std::move(st).error();
    auto stored = readMeta(db, "schema_version");
    if (!stored)
        return std::move(stored).error();
    if (*stored && (*stored)->toInt() > version) {
        return Error(
            ErrorKind::Unsupported, "store.schema",
            QT_TRANSLATE_NOOP("Error",
                              "the %1 database has schema %2, newer than this "
                              "program's %3"),
            {QString::fromLatin1(what), QString::fromLatin1(**stored), QString::number(version)});
    }
    // A new file gets the current schema directly; an old one is migrated step by step,
    // and a migration killed half way is rolled back whole by SQLite.
    const int from = *stored ? (*stored)->toInt() : version;
    for (const Migration& m : migrations) {
        if (m.toVersion <= from)
            continue;
        auto tx = Transaction::begin(db);
        if (!tx)
            return std::move(tx).error();
        if (auto st = db.exec(m.sql); !st)
            return std::move(st).error();
        if (auto st = writeMeta(db, "schema_version", QByteArray::number(m.toVersion)); !st)
            return std::move(st).error();
        if (auto st = tx->commit(); !st)
            return std::move(st).error();
    }
    if (auto st = db.exec(schema); !st)
        return std::move(st).error();
    if (auto st = writeMeta(db, "schema_version", QByteArray::number(version)); !st)
        return std::move(st).error();
    return from;
}

}  // namespace pp::store
