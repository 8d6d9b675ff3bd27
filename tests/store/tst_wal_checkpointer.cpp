// Background WAL checkpoints on a real SQLite file: while a checkpointer lives the writer's
// commits no longer checkpoint themselves and the checkpoints happen on its thread; the WAL
// stays bounded however much is written; everything written reads back whole from a fresh
// connection; and once the checkpointer is gone the connection checkpoints itself again.

#include "store/sqlite.h"
#include "store/wal_checkpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace pp;
using store::Database;
using store::WalCheckpointer;

namespace {

// Small pages, so that the thresholds (in pages) are crossed with little data.
constexpr int kPageSize = 1024;
constexpr int kRowBytes = 4000;
constexpr int kRowsPerCommit = 16;  // about 64 pages a commit

// A file in WAL mode with 1 KiB pages: Database::open keeps an existing file's page size.
void create(const QString& path)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db,
                          "PRAGMA page_size=1024; PRAGMA journal_mode=WAL; "
                          "CREATE TABLE t(n INTEGER PRIMARY KEY, b BLOB NOT NULL);",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
}

std::int64_t autoCheckpoint(Database& db)
{
    auto q = db.firstRow("PRAGMA wal_autocheckpoint");
    return q && *q ? (*q)->columnInt(0) : -1;
}

// Commits `commits` transactions of kRowsPerCommit rows, numbered on from `first`; returns
// the largest the WAL file grew.
qint64 write(Database& db, const QString& path, int first, int commits)
{
    qint64 largest = 0;
    auto insert = db.prepare("INSERT INTO t(n, b) VALUES(?, ?)");
    if (!insert)
        return -1;
    int n = first;
    for (int c = 0; c < commits; ++c) {
        auto tx = store::Transaction::begin(db);
        if (!tx)
            return -1;
        for (int r = 0; r < kRowsPerCommit; ++r, ++n) {
            insert->reset();
            if (!insert->bind(1, n).bind(2, QByteArray(kRowBytes, static_cast<char>(n))).run())
                return -1;
        }
        if (!tx->commit())
            return -1;
        largest = std::max(largest, QFileInfo(path + QStringLiteral("-wal")).size());
    }
    return largest;
}

}  // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp_;

private slots:
    void checkpointsOnItsOwnThread()
    {
        const QString path = tmp_.filePath(QStringLiteral("own-thread.db"));
        create(path);
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(autoCheckpoint(*db), WalCheckpointer::kPages);
        {
            auto checkpointer = WalCheckpointer::start(*db);
            QVERIFY(checkpointer);
            // SQLite reports 0 when the connection's own checkpoint is off.
            QCOMPARE(autoCheckpoint(*db), 0);
            QCOMPARE(checkpointer->checkpoints(), std::uint64_t{0});
            // About three thresholds' worth, in commits well under one threshold.
            const int commits =
                3 * WalCheckpointer::kPages * kPageSize / (kRowsPerCommit * kRowBytes);
            QVERIFY(write(*db, path, 0, commits) > 0);
            QTRY_VERIFY_WITH_TIMEOUT(checkpointer->checkpoints() > 0, 30000);
        }
        QCOMPARE(autoCheckpoint(*db), WalCheckpointer::kPages);
    }

    void walStaysBoundedAndDataWhole()
    {
        const QString path = tmp_.filePath(QStringLiteral("bounded.db"));
        create(path);
        auto db = Database::open(path);
        QVERIFY(db);
        auto checkpointer = WalCheckpointer::start(*db);
        QVERIFY(checkpointer);
        // Twice the backlog at which the writer would step in: without any checkpoint the
        // WAL would hold all of it.
        const int commits =
            2 * WalCheckpointer::kBacklogPages * kPageSize / (kRowsPerCommit * kRowBytes);
        const qint64 largest = write(*db, path, 0, commits);
        QVERIFY(largest > 0);
        const qint64 written = qint64{commits} * kRowsPerCommit * kRowBytes;
        const qint64 bound =
            qint64{WalCheckpointer::kBacklogPages + 2 * kRowsPerCommit * kRowBytes / kPageSize} *
            (kPageSize + 24);  // each WAL frame has a 24-byte header
        QVERIFY2(
            largest <= bound,
            qPrintable(
                QStringLiteral("WAL grew to %1 bytes of %2 written").arg(largest).arg(written)));

        // A second connection, as another process would, sees every row whole.
        auto reader = Database::open(path);
        QVERIFY(reader);
        auto q = reader->firstRow("SELECT count(*), sum(length(b)) FROM t");
        QVERIFY(q && *q);
        QCOMPARE((*q)->columnInt(0), std::int64_t{commits} * kRowsPerCommit);
        QCOMPARE((*q)->columnInt(1), written);
        auto check = reader->firstRow("PRAGMA integrity_check");
        QVERIFY(check && *check);
        QCOMPARE((*check)->columnText(0), QStringLiteral("ok"));
    }

    void nothingForADatabaseInMemory()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        QVERIFY(db);
        QVERIFY(!WalCheckpointer::start(*db));
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_wal_checkpointer.moc"
