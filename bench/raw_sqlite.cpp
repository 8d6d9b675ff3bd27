#include "raw_sqlite.h"

#include <sqlite3.h>

namespace pp::bench {

long long rawScan(const QString& path, const char* sql, const QByteArray& blob)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    sqlite3_stmt* stmt = nullptr;
    long long rows = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
        if (!blob.isEmpty())
            sqlite3_bind_blob(stmt, 1, blob.constData(), static_cast<int>(blob.size()),
                              SQLITE_STATIC);
        rows = 0;
        // Every column is read, as a real consumer would; volatile keeps the reads.
        volatile unsigned sink = 0;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            ++rows;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(stmt, c));
                const int n = sqlite3_column_bytes(stmt, c);
                if (n > 0)
                    sink = sink + p[0] + p[n - 1];
            }
        }
        if (rc != SQLITE_DONE)
            rows = -1;
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows;
}

}  // namespace pp::bench
