#pragma once

#include "common/result.h"
#include "store/sqlite.h"

#include <QByteArray>

#include <optional>

namespace pp::store {

// Every PowerProof database keeps a meta(key, value) table; its schema_version says which
// schema the file has, so that an older program refuses a newer file instead of misreading
// it.
Result<std::optional<QByteArray>> readMeta(Database& db, const char* key);
Status writeMeta(Database& db, const char* key, QByteArrayView value);

// Creates the meta table, refuses a file whose schema is newer than `version`, applies
// `schema` (CREATE ... IF NOT EXISTS statements, so it is safe on an existing file) and
// records `version`. `what` names the database in errors ("node", "workspace").
Status applySchema(Database& db, int version, const char* schema, const char* what);

}  // namespace pp::store
