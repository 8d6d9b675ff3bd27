// The workspace's schema versions on real SQLite files: a schema 1 file (records keyed
// WITHOUT ROWID by height and index) is migrated to schema 2 with every record kept, a
// migrated file opens again unchanged, and a file from a newer program is refused.

#include "store/meta_table.h"
#include "store/sqlite.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pp;

namespace {

// The records table as schema 1 created it: the fixture the migration starts from.
constexpr const char* kSchema1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB NOT NULL);
INSERT INTO meta VALUES('schema_version', '1');
CREATE TABLE records(
  height INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  device BLOB NOT NULL,
  seq INTEGER NOT NULL,
  time_ms INTEGER NOT NULL,
  type INTEGER NOT NULL,
  basis INTEGER NOT NULL,
  record BLOB NOT NULL,
  proof BLOB NOT NULL,
  PRIMARY KEY(height, idx)) WITHOUT ROWID;
CREATE INDEX records_by_device_time ON records(device, time_ms);
INSERT INTO records VALUES(7, 3, x'0102', 1, 2000, 3, 1, x'a1', x'80');
INSERT INTO records VALUES(5, 0, x'0102', 0, 1000, 3, 1, x'a0', x'80');
INSERT INTO records VALUES(6, 1, x'0304', 0, 1500, 4, 2, x'b0', x'81');
)sql";

}  // namespace

class TestWorkspaceSchema : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp_;

private slots:
    void schema1IsMigratedWithEveryRecord()
    {
        const QString path = tmp_.filePath(QStringLiteral("v1.db"));
        {
            auto db = store::Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(db->exec(kSchema1).ok());
        }
        for (int round = 0; round < 2; ++round) {  // the second open finds nothing to do
            auto w = store::Workspace::open(path);
            QVERIFY2(w.ok(), w ? "" : qPrintable(w.error().message()));
            QCOMPARE(*w->recordCount(), std::uint64_t{3});
            auto rows = w->records(QByteArray::fromHex("0102"), 0, UINT64_MAX, 10);
            QVERIFY(rows.ok());
            QCOMPARE(rows->size(), std::size_t{2});
            QCOMPARE(rows->at(0).seq, std::uint64_t{0});
            QCOMPARE(rows->at(0).height, std::uint64_t{5});
            QCOMPARE(rows->at(1).record, QByteArray::fromHex("a1"));
        }
        auto db = store::Database::open(path);
        QCOMPARE(**store::readMeta(*db, "schema_version"),
                 QByteArray::number(store::Workspace::kSchemaVersion));
        // The table is a rowid table now, and (height, idx) is still unique.
        QVERIFY(db->exec("SELECT rowid FROM records").ok());
        QVERIFY(
            !db->exec("INSERT INTO records VALUES(5, 0, x'09', 9, 9, 3, 1, x'00', x'80')").ok());
    }

    void aNewerFileIsRefused()
    {
        const QString path = tmp_.filePath(QStringLiteral("future.db"));
        {
            auto db = store::Database::open(path);
            QVERIFY(db->exec("CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB NOT NULL);"
                             "INSERT INTO meta VALUES('schema_version', '99');")
                        .ok());
        }
        auto w = store::Workspace::open(path);
        QVERIFY(!w.ok());
        QCOMPARE(QByteArray(w.error().code()), QByteArray("store.schema"));
        QVERIFY(w.error().message().contains(u"99"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSchema)
#include "tst_workspace_schema.moc"
