#pragma once

#include "common/result.h"
#include "store/sqlite.h"

#include <QByteArray>

#include <optional>
#include <span>

namespace pp::store {

// Every PowerProof database keeps a meta(key, value) table; its schema_version says which
// schema the file has, so that an older program refuses a newer file instead of misreading
// it.
Result<std::optional<QByteArray>> readMeta(Database& db, const char* key);
Status writeMeta(Database& db, const char* key, QByteArrayView value);

// The SQL that brings a file of schema `toVersion` - 1 to `toVersion`.
struct Migration
{
    int toVersion;
    const char* sql;
};

// Creates the meta table, refuses a file whose schema is newer than `version`, runs the
// `migrations` an existing older file needs (each in its own transaction, with the
// version it reaches), applies `schema` (CREATE ... IF NOT EXISTS statements, so it is
// safe on an existing file) and records `version`. `what` names the database in errors
// ("node", "workspace"). Gives the schema the file had before: `version` for a new file.
// For a reader that must not write: the database is `what` at exactly `version`, or an error
// that says what it is instead (no meta table: not one at all; an older schema: open it
// once to upgrade; a newer one: a newer program wrote it).
Status checkSchema(Database& db, int version, const char* what);

Result<int> applySchema(Database& db, int version, const char* schema, const char* what,
                        std::span<const Migration> migrations = {});

}  // namespace pp::store
