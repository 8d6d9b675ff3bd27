#pragma once

// The raw reference the console is measured against: SQLite's C API stepping through the
// rows a view needs, with nothing of ours (no decoding, no models, no widgets) in between.

#include <QByteArray>
#include <QString>

namespace pp::bench {

// Opens `path` read-only, runs `sql` (binding `blob` to ?1 when given) and touches every
// column of every row. Returns the number of rows, or -1 when SQLite fails.
long long rawScan(const QString& path, const char* sql, const QByteArray& blob = {});

}  // namespace pp::bench
