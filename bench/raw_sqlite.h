#pragma once

// The raw references our use of SQLite is measured against: its C API alone, with nothing
// of ours (no decoding, no models, no widgets, no verification) in between.

#include <QByteArray>
#include <QString>

namespace pp::bench {

// Opens `path` read-only, runs `sql` (binding `blob` to ?1 when given) and touches every
// column of every row. Returns the number of rows, or -1 when SQLite fails.
long long rawScan(const QString& path, const char* sql, const QByteArray& blob = {});

// The least a light node's store can cost: every row of the workspace `from`'s records
// table inserted into a new file `to` that has the same table and indexes and the settings
// store::Database gives a workspace, `perTransaction` rows a transaction, then the WAL
// checkpointed into the file. Returns the CPU seconds of the inserts and checkpoint, or -1
// when SQLite fails.
double rawInsertSeconds(const QString& from, const QString& to, int perTransaction);

}  // namespace pp::bench
