// The workspace file: its schema, the migrations from older files, and opening it.

#include "store/workspace.h"

#include "store/meta_table.h"

namespace pp::store {

namespace {

// Which time windows of each device syncs took (store/coverage_repository.h): in the
// schema, and created by the migration to schema 5 (migrations run before the schema).
#define PP_COVERAGE_TABLE                    \
    "CREATE TABLE IF NOT EXISTS coverage(\n" \
    "  device BLOB NOT NULL,\n"              \
    "  from_ms INTEGER NOT NULL,\n"          \
    "  to_ms INTEGER NOT NULL,\n"            \
    "  through_seq INTEGER,\n"               \
    "  PRIMARY KEY(device, from_ms)) WITHOUT ROWID;\n"

// Each battery's summary (store/battery_summary_repository.h), kept at sync time: in the
// schema, and created by the migration to schema 6. The migration leaves it empty; the next
// sync fills it, and until then a summary is computed from the records when asked for.
#define PP_BATTERY_SUMMARY_TABLE                    \
    "CREATE TABLE IF NOT EXISTS battery_summary(\n" \
    "  device BLOB PRIMARY KEY,\n"                  \
    "  records INTEGER NOT NULL,\n"                 \
    "  findings INTEGER NOT NULL,\n"                \
    "  meta_cbor BLOB NOT NULL,\n"                  \
    "  summary BLOB NOT NULL) WITHOUT ROWID;\n"

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS validator_sets(
  from_height INTEGER PRIMARY KEY,
  bytes BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS headers(
  height INTEGER PRIMARY KEY,
  hash BLOB NOT NULL,
  header BLOB NOT NULL,
  basis INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS commits(
  height INTEGER PRIMARY KEY,
  bytes BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS registrations(
  height INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  device BLOB NOT NULL,
  type INTEGER NOT NULL,
  key_cbor BLOB NOT NULL,
  asset_class INTEGER NOT NULL,
  meta_cbor BLOB NOT NULL,
  record BLOB NOT NULL,
  proof BLOB NOT NULL,
  PRIMARY KEY(height, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS records(
  height INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  device BLOB NOT NULL,
  seq INTEGER NOT NULL,
  time_ms INTEGER NOT NULL,
  type INTEGER NOT NULL,
  basis INTEGER NOT NULL,
  record BLOB NOT NULL,
  proof BLOB NOT NULL,
  UNIQUE(height, idx));
CREATE INDEX IF NOT EXISTS records_by_device_time ON records(device, time_ms);
CREATE TABLE IF NOT EXISTS progress(
  device BLOB PRIMARY KEY,
  last_seq INTEGER,
  last_time_ms INTEGER NOT NULL,
  check_state BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS findings(
  id INTEGER PRIMARY KEY,
  device BLOB NOT NULL,
  code TEXT NOT NULL,
  height INTEGER,
  idx INTEGER,
  seq INTEGER,
  time_ms INTEGER,
  message TEXT NOT NULL,
  message_parts TEXT);
CREATE INDEX IF NOT EXISTS findings_by_device ON findings(device, code);
CREATE TABLE IF NOT EXISTS forks(
  height INTEGER PRIMARY KEY,
  witness TEXT NOT NULL,
  hash_a BLOB NOT NULL,
  header_a BLOB NOT NULL,
  commit_a BLOB NOT NULL,
  hash_b BLOB NOT NULL,
  header_b BLOB NOT NULL,
  commit_b BLOB NOT NULL,
  double_signers TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS witnesses(
  url TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  detail TEXT NOT NULL,
  detail_parts TEXT);
CREATE TABLE IF NOT EXISTS daily(
  device BLOB NOT NULL,
  day INTEGER NOT NULL,
  samples INTEGER NOT NULL,
  last_ms INTEGER NOT NULL,
  wh_min REAL, wh_max REAL, peak_w REAL,
  km_min REAL, km_max REAL, speed_max REAL,
  soc_min REAL, soc_max REAL, soh_last REAL, cycles_last REAL, temp_max REAL,
  alarms INTEGER NOT NULL,
  PRIMARY KEY(device, day)) WITHOUT ROWID;
)sql" PP_COVERAGE_TABLE PP_BATTERY_SUMMARY_TABLE;

// Schema 2: records are a rowid table. Records arrive device by device, not in (height,
// index) order; as the key of a WITHOUT ROWID table that order split pages all over and
// left them half empty (2.4 KB a 1.3 KB record). Appended by rowid they fill pages, and
// only the small (height, idx) index takes the scattered inserts.
constexpr Migration kMigrations[] = {
    {2, R"sql(
CREATE TABLE records_v2(
  height INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  device BLOB NOT NULL,
  seq INTEGER NOT NULL,
  time_ms INTEGER NOT NULL,
  type INTEGER NOT NULL,
  basis INTEGER NOT NULL,
  record BLOB NOT NULL,
  proof BLOB NOT NULL,
  UNIQUE(height, idx));
INSERT INTO records_v2 SELECT height, idx, device, seq, time_ms, type, basis, record, proof
  FROM records ORDER BY device, time_ms;
DROP TABLE records;
ALTER TABLE records_v2 RENAME TO records;
)sql"},
    // Schema 3: daily summaries (store/daily_row.h). The schema creates their table; they are
    // derived from records by decoding them, which SQL cannot do, so the migration only marks
    // them for a rebuild (analytics/daily_rebuild.h).
    {3, R"sql(
INSERT OR REPLACE INTO meta(key, value) VALUES('daily_rebuild', x'01');
)sql"},
    // Schema 4: findings and witness details kept translatable (common/text.h) beside their
    // English. Older rows have English only (NULL parts) and are shown as they are.
    {4, R"sql(
ALTER TABLE findings ADD COLUMN message_parts TEXT;
ALTER TABLE witnesses ADD COLUMN detail_parts TEXT;
)sql"},
    // Schema 5: the windows syncs took (store/coverage_repository.h). Older files did not
    // say; what they hold of a device is taken as covering from its earliest stored record
    // on, so the next sync asks the node once whether anything is older.
    {5, PP_COVERAGE_TABLE R"sql(
INSERT OR REPLACE INTO coverage(device, from_ms, to_ms, through_seq)
  SELECT p.device,
         COALESCE((SELECT min(r.time_ms) FROM records r WHERE r.device = p.device), 0),
         9223372036854775807, p.last_seq
  FROM progress p;
)sql"},
    // Schema 6: battery summaries (store/battery_summary_repository.h).
    {6, PP_BATTERY_SUMMARY_TABLE}};

}  // namespace

Result<Workspace> Workspace::open(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        return std::move(db).error();
    Workspace w(std::move(*db), path);
    if (auto st = applySchema(w.db_, kSchemaVersion, kSchema, "workspace", kMigrations); !st)
        return std::move(st).error();
    // A sync commits a page of records every few tens of milliseconds: its checkpoints are
    // taken on their own thread rather than in the middle of a commit.
    w.checkpointer_ = WalCheckpointer::start(w.db_);
    return w;
}

Result<Workspace> Workspace::openForReading(const QString& path)
{
    auto db = Database::openReadOnly(path);
    if (!db)
        return std::move(db).error();
    Workspace w(std::move(*db), path);
    if (auto st = checkSchema(w.db_, kSchemaVersion, "workspace"); !st)
        return std::move(st).error();
    return w;  // no checkpointer: a reader never writes the WAL into the file
}

Result<QByteArray> Workspace::userSetting(const char* key)
{
    auto v = readMeta(db_, key);
    if (!v)
        return std::move(v).error();
    return v->value_or(QByteArray());
}

Status Workspace::setUserSetting(const char* key, QByteArrayView value)
{
    return writeMeta(db_, key, value);
}

}  // namespace pp::store
