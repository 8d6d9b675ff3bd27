// The workspace's schema versions on real SQLite files: a schema 1 file (records keyed
// WITHOUT ROWID by height and index) is migrated to the current schema with every record and
// finding kept, a migrated file opens again unchanged, findings and witness details keep
// their translatable parts (schema 4), and a file from a newer program is refused.

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
CREATE TABLE findings(
  id INTEGER PRIMARY KEY,
  device BLOB NOT NULL,
  code TEXT NOT NULL,
  height INTEGER,
  idx INTEGER,
  seq INTEGER,
  time_ms INTEGER,
  message TEXT NOT NULL);
INSERT INTO findings VALUES(1, x'0102', 'SEQ_GAP', 7, 3, 1, 2000, 'seq 1 follows seq %1');
CREATE TABLE witnesses(
  url TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  detail TEXT NOT NULL);
INSERT INTO witnesses VALUES('http://w', 'ok', 'agrees at height 7');
CREATE TABLE progress(
  device BLOB PRIMARY KEY,
  last_seq INTEGER,
  last_time_ms INTEGER NOT NULL,
  check_state BLOB NOT NULL) WITHOUT ROWID;
INSERT INTO progress VALUES(x'0102', 1, 2000, x'');
INSERT INTO progress VALUES(x'0304', 0, 1500, x'');
INSERT INTO progress VALUES(x'0506', NULL, 0, x'');
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
            QCOMPARE(*w->records().count(), std::uint64_t{3});
            auto rows = w->records().ofDevice(QByteArray::fromHex("0102"), 0, UINT64_MAX, 10);
            QVERIFY(rows.ok());
            QCOMPARE(rows->size(), std::size_t{2});
            QCOMPARE(rows->at(0).seq, std::uint64_t{0});
            QCOMPARE(rows->at(0).height, std::uint64_t{5});
            QCOMPARE(rows->at(1).record, QByteArray::fromHex("a1"));
            // Rows from before schema 4 hold English only, shown as it is in any language
            // (its "%1" is text, not a placeholder).
            auto findings = w->findings().list({}, {});
            QVERIFY(findings.ok());
            QCOMPARE(findings->size(), std::size_t{1});
            QCOMPARE(findings->at(0).message.english(), u"seq 1 follows seq %1");
            QCOMPARE(findings->at(0).message.localized(), u"seq 1 follows seq %1");
            auto witnesses = w->network().witnesses();
            QVERIFY(witnesses.ok());
            QCOMPARE(witnesses->at(0).detail.english(), u"agrees at height 7");
            // Schema 5: what a device holds covers its time from its earliest record on,
            // as far as its last seq; before that, no window is known to be synced.
            auto coverage = w->coverage().all();
            QVERIFY(coverage.ok());
            using Windows = std::vector<store::CoverageRow>;
            QCOMPARE(coverage->at(QByteArray::fromHex("0102")),
                     (Windows{{1000, UINT64_MAX, std::uint64_t{1}}}));
            QCOMPARE(coverage->at(QByteArray::fromHex("0304")),
                     (Windows{{1500, UINT64_MAX, std::uint64_t{0}}}));
            QCOMPARE(coverage->at(QByteArray::fromHex("0506")),
                     (Windows{{0, UINT64_MAX, std::nullopt}}));
            // Schema 6: no battery summary yet; the next sync makes them.
            auto summaries = w->batterySummaries().all();
            QVERIFY(summaries.ok());
            QVERIFY(summaries->empty());
        }
        auto db = store::Database::open(path);
        QCOMPARE(**store::readMeta(*db, "schema_version"),
                 QByteArray::number(store::Workspace::kSchemaVersion));
        // The table is a rowid table now, and (height, idx) is still unique.
        QVERIFY(db->exec("SELECT rowid FROM records").ok());
        QVERIFY(
            !db->exec("INSERT INTO records VALUES(5, 0, x'09', 9, 9, 3, 1, x'00', x'80')").ok());
    }

    // A finding is stored as English for logs and --json, and as parts that translate when
    // it is read back: the same text in whichever language the reader uses.
    void findingsKeepTheirTranslatableParts()
    {
        const QString path = tmp_.filePath(QStringLiteral("parts.db"));
        auto w = store::Workspace::open(path);
        QVERIFY(w.ok());
        Text message("Finding", "the odometer went back from %1 km to %2 km",
                     {QStringLiteral("12.5"), QStringLiteral("9.0")});
        message.within("Finding", "packet %1", {QStringLiteral("3")});
        Text witnessDetail = Text::verbatim(QStringLiteral("https://w:1"));
        witnessDetail.append(Text("Witness", "agrees at height %1", {QStringLiteral("9")}));
        QVERIFY(w->findings()
                    .add({{QByteArray::fromHex("0a"), QStringLiteral("IMPLAUSIBLE"), 9, 0, 4, 1000,
                           message}})
                    .ok());
        QVERIFY(
            w->network()
                .saveWitness({QStringLiteral("https://w:1"), QStringLiteral("ok"), witnessDetail})
                .ok());

        auto stored = w->findings().list({}, QStringLiteral("IMPLAUSIBLE"));
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), std::size_t{1});
        QCOMPARE(stored->at(0).message.english(),
                 u"packet 3: the odometer went back from 12.5 km to 9.0 km");
        QCOMPARE(stored->at(0).message.toJson(), message.toJson());
        auto db = store::Database::open(path);  // a second connection, as SQLite allows
        QVERIFY(db.ok());
        auto english = db->firstRow("SELECT message FROM findings");
        QCOMPARE((*english)->columnText(0), stored->at(0).message.english());
        QCOMPARE(w->network().witnesses()->at(0).detail.english(),
                 u"https://w:1: agrees at height 9");

        // Damaged parts fall back to the English column rather than failing the read.
        QVERIFY(db->exec("UPDATE findings SET message_parts = '[[1]]'").ok());
        QCOMPARE(w->findings().list({}, {})->at(0).message.english(),
                 stored->at(0).message.english());
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
