#include "store/workspace.h"

#include "store/meta_table.h"

namespace pp::store {

namespace {

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
)sql";

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
)sql"}};

// Adds a page's daily rows to those already stored: counts add up, extremes widen, and the
// "last" fields take the later sample's value.
constexpr const char* kUpsertDaily = R"sql(
INSERT INTO daily(device, day, samples, last_ms, wh_min, wh_max, peak_w, km_min, km_max,
  speed_max, soc_min, soc_max, soh_last, cycles_last, temp_max, alarms)
  VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
ON CONFLICT(device, day) DO UPDATE SET
  samples = samples + excluded.samples,
  wh_min = coalesce(min(wh_min, excluded.wh_min), wh_min, excluded.wh_min),
  wh_max = coalesce(max(wh_max, excluded.wh_max), wh_max, excluded.wh_max),
  peak_w = coalesce(max(peak_w, excluded.peak_w), peak_w, excluded.peak_w),
  km_min = coalesce(min(km_min, excluded.km_min), km_min, excluded.km_min),
  km_max = coalesce(max(km_max, excluded.km_max), km_max, excluded.km_max),
  speed_max = coalesce(max(speed_max, excluded.speed_max), speed_max, excluded.speed_max),
  soc_min = coalesce(min(soc_min, excluded.soc_min), soc_min, excluded.soc_min),
  soc_max = coalesce(max(soc_max, excluded.soc_max), soc_max, excluded.soc_max),
  soh_last = CASE WHEN excluded.last_ms >= last_ms
                  THEN coalesce(excluded.soh_last, soh_last) ELSE soh_last END,
  cycles_last = CASE WHEN excluded.last_ms >= last_ms
                     THEN coalesce(excluded.cycles_last, cycles_last) ELSE cycles_last END,
  temp_max = coalesce(max(temp_max, excluded.temp_max), temp_max, excluded.temp_max),
  alarms = alarms + excluded.alarms,
  last_ms = max(last_ms, excluded.last_ms)
)sql";

std::int64_t sql(std::uint64_t v)
{
    return static_cast<std::int64_t>(v);
}

Result<StoredHeader> headerFrom(const Statement& row, int headerColumn, int hashColumn)
{
    auto header = chain::Header::decode(row.columnBlob(headerColumn));
    auto hash = digestFromBytes(row.columnBlob(hashColumn));
    if (!header || !hash)
        return Error(ErrorKind::Io, "workspace.corrupt",
                     QT_TRANSLATE_NOOP("Error", "the workspace holds a damaged header"));
    return StoredHeader{*header, *hash};
}

// A finding's or witness's text: translatable parts when stored by schema 4 and later,
// the English alone before.
Text storedText(const Statement& row, int englishColumn, int partsColumn)
{
    if (auto parts = Text::fromJson(row.columnBlob(partsColumn)))
        return *std::move(parts);
    return Text::verbatim(row.columnText(englishColumn));
}

// Runs `body` in one transaction: all of it is stored, or none.
template <typename Body>
Status inTransaction(Database& db, Body body)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::move(tx).error();
    if (Status st = body(); !st)
        return st;
    return tx->commit();
}

}  // namespace

Result<Workspace> Workspace::open(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        return std::move(db).error();
    Workspace w(std::move(*db));
    if (auto st = applySchema(w.db_, kSchemaVersion, kSchema, "workspace", kMigrations); !st)
        return std::move(st).error();
    // A sync commits a page of records every few tens of milliseconds: its checkpoints are
    // taken on their own thread rather than in the middle of a commit.
    w.checkpointer_ = WalCheckpointer::start(w.db_);
    return w;
}

Result<std::optional<Digest>> Workspace::chainId()
{
    auto v = readMeta(db_, "chain_id");
    if (!v)
        return std::move(v).error();
    if (!*v)
        return std::optional<Digest>();
    return digestFromBytes(**v);
}

Result<QByteArray> Workspace::genesis()
{
    auto v = readMeta(db_, "genesis");
    if (!v)
        return std::move(v).error();
    if (!*v)
        return Error(ErrorKind::Io, "workspace.empty",
                     QT_TRANSLATE_NOOP("Error",
                                       "the workspace has no chain yet: run sync with "
                                       "--chain-id first"));
    return **v;
}

Result<chain::Genesis> Workspace::trustedGenesis()
{
    auto bytes = genesis();
    if (!bytes)
        return std::move(bytes).error();
    return chain::Genesis::decode(*bytes);
}

Status Workspace::initialise(const Digest& chainId, const QByteArray& genesis,
                             const QByteArray& initialSet)
{
    return inTransaction(db_, [&]() -> Status {
        if (auto st = writeMeta(db_, "chain_id", view(chainId)); !st)
            return st;
        if (auto st = writeMeta(db_, "genesis", genesis); !st)
            return st;
        auto q = db_.prepare(
            "INSERT OR REPLACE INTO validator_sets(from_height, bytes) "
            "VALUES(0, ?)");
        if (!q)
            return std::move(q).error();
        return q->bind(1, initialSet).run();
    });
}

Result<std::pair<std::uint64_t, QByteArray>> Workspace::trustedSet()
{
    auto row =
        db_.firstRow("SELECT from_height, bytes FROM validator_sets ORDER BY from_height DESC");
    if (!row)
        return std::move(row).error();
    if (!*row)
        return Error(ErrorKind::Io, "workspace.empty",
                     QT_TRANSLATE_NOOP("Error", "the workspace has no validator set"));
    return std::pair(static_cast<std::uint64_t>((*row)->columnInt(0)), (*row)->columnBlob(1));
}

Result<std::vector<std::pair<std::uint64_t, QByteArray>>> Workspace::validatorSets()
{
    auto q = db_.prepare("SELECT from_height, bytes FROM validator_sets ORDER BY from_height");
    if (!q)
        return std::move(q).error();
    std::vector<std::pair<std::uint64_t, QByteArray>> sets;
    if (auto st = q->forEachRow([&](const Statement& r) {
            sets.emplace_back(static_cast<std::uint64_t>(r.columnInt(0)), r.columnBlob(1));
        });
        !st)
        return st.error();
    return sets;
}

Result<QByteArray> Workspace::validatorSetAt(std::uint64_t height)
{
    auto row = db_.firstRow(
        "SELECT bytes FROM validator_sets WHERE from_height <= ? "
        "ORDER BY from_height DESC",
        sql(height));
    if (!row)
        return std::move(row).error();
    if (!*row)
        return Error(ErrorKind::Io, "workspace.empty",
                     QT_TRANSLATE_NOOP("Error", "the workspace has no validator set"));
    return (*row)->columnBlob(0);
}

Status Workspace::insertHeader(const StoredHeader& h, int basis)
{
    auto q = db_.prepare(
        "INSERT OR IGNORE INTO headers(height, hash, header, basis) "
        "VALUES(?, ?, ?, ?)");
    if (!q)
        return std::move(q).error();
    return q->bind(1, sql(h.header.height))
        .bind(2, view(h.hash))
        .bind(3, h.header.encode())
        .bind(4, basis)
        .run();
}

Status Workspace::insertSignedHeader(const StoredHeader& h, const QByteArray& commit)
{
    if (auto st = insertHeader(h, static_cast<int>(RecordRow::Basis::HistoryProof)); !st)
        return st;
    auto q = db_.prepare("INSERT OR REPLACE INTO commits(height, bytes) VALUES(?, ?)");
    if (!q)
        return std::move(q).error();
    return q->bind(1, sql(h.header.height)).bind(2, commit).run();
}

Status Workspace::saveTransition(const StoredHeader& before, const QByteArray& commit,
                                 std::uint64_t c, const QByteArray& set)
{
    return inTransaction(db_, [&]() -> Status {
        if (auto st = insertSignedHeader(before, commit); !st)
            return st;
        auto qs = db_.prepare(
            "INSERT OR REPLACE INTO validator_sets(from_height, bytes) "
            "VALUES(?, ?)");
        if (!qs)
            return std::move(qs).error();
        return qs->bind(1, sql(c)).bind(2, set).run();
    });
}

Result<std::optional<StoredHeader>> Workspace::tip()
{
    auto v = readMeta(db_, "tip_height");
    if (!v)
        return std::move(v).error();
    if (!*v)
        return std::optional<StoredHeader>();
    return header((*v)->toULongLong());
}

Status Workspace::saveTip(const StoredHeader& tip, const QByteArray& commit)
{
    return inTransaction(db_, [&]() -> Status {
        if (auto st = insertSignedHeader(tip, commit); !st)
            return st;
        return writeMeta(db_, "tip_height", QByteArray::number(tip.header.height));
    });
}

Result<std::optional<StoredHeader>> Workspace::header(std::uint64_t height)
{
    auto row = db_.firstRow("SELECT header, hash FROM headers WHERE height = ?", sql(height));
    if (!row)
        return std::move(row).error();
    if (!*row)
        return std::optional<StoredHeader>();
    auto h = headerFrom(**row, 0, 1);
    if (!h)
        return std::move(h).error();
    return std::optional<StoredHeader>(*h);
}

Result<std::optional<std::uint64_t>> Workspace::headersSynced()
{
    auto v = readMeta(db_, "headers_synced");
    if (!v)
        return std::move(v).error();
    if (!*v)
        return std::optional<std::uint64_t>();
    return std::optional<std::uint64_t>((*v)->toULongLong());
}

Status Workspace::saveHeaderRange(const std::vector<StoredHeader>& headers)
{
    if (headers.empty())
        return okStatus();
    return inTransaction(db_, [&]() -> Status {
        auto q = db_.prepare(
            "INSERT OR REPLACE INTO headers(height, hash, header, basis) "
            "VALUES(?, ?, ?, 1)");
        if (!q)
            return std::move(q).error();
        for (const StoredHeader& h : headers) {
            q->reset();
            if (auto st = q->bind(1, sql(h.header.height))
                              .bind(2, view(h.hash))
                              .bind(3, h.header.encode())
                              .run();
                !st)
                return st;
        }
        return writeMeta(db_, "headers_synced", QByteArray::number(headers.back().header.height));
    });
}

Status Workspace::saveProvenHeader(const StoredHeader& header)
{
    return insertHeader(header, static_cast<int>(RecordRow::Basis::HistoryProof));
}

Result<std::uint64_t> Workspace::registrationsAfter()
{
    auto v = readMeta(db_, "registrations_after");
    if (!v)
        return std::move(v).error();
    return *v ? (*v)->toULongLong() : 0;
}

Status Workspace::saveRegistrations(const std::vector<RegistrationRow>& rows, std::uint64_t after)
{
    return inTransaction(db_, [&]() -> Status {
        auto q = db_.prepare(
            "INSERT OR REPLACE INTO registrations(height, idx, device, type, key_cbor, "
            "asset_class, meta_cbor, record, proof) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!q)
            return std::move(q).error();
        for (const RegistrationRow& r : rows) {
            q->reset();
            if (auto st = q->bind(1, sql(r.height))
                              .bind(2, sql(r.index))
                              .bind(3, r.deviceId)
                              .bind(4, r.type)
                              .bind(5, r.keyCbor)
                              .bind(6, r.assetClass)
                              .bind(7, r.metaCbor)
                              .bind(8, r.record)
                              .bind(9, r.proof)
                              .run();
                !st)
                return st;
        }
        return writeMeta(db_, "registrations_after", QByteArray::number(after));
    });
}

Result<std::vector<RegistrationRow>> Workspace::registrations()
{
    auto q = db_.prepare(
        "SELECT height, idx, device, type, key_cbor, asset_class, meta_cbor, "
        "record, proof FROM registrations ORDER BY height, idx");
    if (!q)
        return std::move(q).error();
    std::vector<RegistrationRow> rows;
    if (auto st = q->forEachRow([&](const Statement& r) {
            rows.push_back({static_cast<std::uint64_t>(r.columnInt(0)),
                            static_cast<std::uint64_t>(r.columnInt(1)), r.columnBlob(2),
                            static_cast<int>(r.columnInt(3)), r.columnBlob(4),
                            static_cast<int>(r.columnInt(5)), r.columnBlob(6), r.columnBlob(7),
                            r.columnBlob(8)});
        });
        !st)
        return st.error();
    return rows;
}

Result<std::vector<DeviceRow>> Workspace::devices(const QByteArray& only)
{
    auto regs = registrations();
    if (!regs)
        return std::move(regs).error();
    // Registrations in ledger order: a later one replaces the key, a revocation ends it.
    std::map<QByteArray, DeviceRow> byId;
    for (const RegistrationRow& r : *regs) {
        if (!only.isEmpty() && r.deviceId != only)
            continue;
        DeviceRow& d = byId[r.deviceId];
        d.deviceId = r.deviceId;
        if (r.type == 1) {
            if (d.keyCbor.isEmpty())
                d.registeredHeight = r.height;
            d.assetClass = r.assetClass;
            d.keyCbor = r.keyCbor;
            d.metaCbor = r.metaCbor;
        } else if (!d.revokedHeight) {
            d.revokedHeight = r.height;
        }
    }
    // Per-device counts of verified records and of findings: of one device by its index
    // range, not of all.
    const struct
    {
        const char* all;
        const char* one;
        std::uint64_t DeviceRow::*field;
    } counts[] = {{"SELECT device, count(*) FROM records GROUP BY device",
                   "SELECT device, count(*) FROM records WHERE device = ?", &DeviceRow::records},
                  {"SELECT device, count(*) FROM findings GROUP BY device",
                   "SELECT device, count(*) FROM findings WHERE device = ?", &DeviceRow::findings}};
    for (const auto& [all, one, field] : counts) {
        auto q = db_.prepare(only.isEmpty() ? all : one);
        if (!q)
            return std::move(q).error();
        if (!only.isEmpty())
            q->bind(1, only);
        auto st = q->forEachRow([&, field = field](const Statement& r) {
            auto it = byId.find(r.columnBlob(0));
            if (it != byId.end())
                it->second.*field = static_cast<std::uint64_t>(r.columnInt(1));
        });
        if (!st)
            return st.error();
    }
    std::vector<DeviceRow> out;
    for (auto& [id, d] : byId)
        out.push_back(std::move(d));
    return out;
}

Result<DeviceProgress> Workspace::progress(const QByteArray& deviceId)
{
    auto row = db_.firstRow(
        "SELECT last_seq, last_time_ms, check_state FROM progress WHERE device = ?", deviceId);
    if (!row)
        return std::move(row).error();
    if (!*row)
        return DeviceProgress{};
    return DeviceProgress{(*row)->columnOptional(0),
                          static_cast<std::uint64_t>((*row)->columnInt(1)), (*row)->columnBlob(2)};
}

Status Workspace::insertFindings(const std::vector<FindingRow>& findings)
{
    auto q = db_.prepare(
        "INSERT INTO findings(device, code, height, idx, seq, time_ms, message, message_parts) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q)
        return std::move(q).error();
    for (const FindingRow& f : findings) {
        q->reset();
        if (auto st = q->bind(1, f.deviceId)
                          .bind(2, f.code)
                          .bind(3, f.height)
                          .bind(4, f.index)
                          .bind(5, f.seq)
                          .bind(6, f.timeMs)
                          .bind(7, f.message.english())
                          .bind(8, QString::fromUtf8(f.message.toJson()))
                          .run();
            !st)
            return st;
    }
    return okStatus();
}

Status Workspace::saveRecords(const QByteArray& deviceId, const std::vector<RecordRow>& records,
                              const std::vector<FindingRow>& findings,
                              const std::vector<DailyRow>& days, const DeviceProgress& progress)
{
    return inTransaction(db_, [&]() -> Status {
        if (auto st = upsertDaily(days); !st)
            return st;
        auto q = db_.prepare(
            "INSERT OR REPLACE INTO records(height, idx, device, seq, time_ms, "
            "type, basis, record, proof) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!q)
            return std::move(q).error();
        for (const RecordRow& r : records) {
            q->reset();
            if (auto st = q->bind(1, sql(r.height))
                              .bind(2, sql(r.index))
                              .bind(3, r.deviceId)
                              .bind(4, sql(r.seq))
                              .bind(5, sql(r.timeMs))
                              .bind(6, r.type)
                              .bind(7, static_cast<int>(r.basis))
                              .bind(8, r.record)
                              .bind(9, r.proof)
                              .run();
                !st)
                return st;
        }
        if (auto st = insertFindings(findings); !st)
            return st;
        auto p = db_.prepare(
            "INSERT OR REPLACE INTO progress(device, last_seq, last_time_ms, "
            "check_state) VALUES(?, ?, ?, ?)");
        if (!p)
            return std::move(p).error();
        return p->bind(1, deviceId)
            .bind(2, progress.lastSeq)
            .bind(3, sql(progress.lastTimeMs))
            .bind(4, progress.checkState)
            .run();
    });
}

Status Workspace::upsertDaily(const std::vector<DailyRow>& days)
{
    auto q = db_.prepare(kUpsertDaily);
    if (!q)
        return std::move(q).error();
    for (const DailyRow& d : days) {
        q->reset();
        if (auto st = q->bind(1, d.deviceId)
                          .bind(2, d.day)
                          .bind(3, sql(d.samples))
                          .bind(4, sql(d.lastMs))
                          .bind(5, d.whMin)
                          .bind(6, d.whMax)
                          .bind(7, d.peakW)
                          .bind(8, d.kmMin)
                          .bind(9, d.kmMax)
                          .bind(10, d.speedMax)
                          .bind(11, d.socMin)
                          .bind(12, d.socMax)
                          .bind(13, d.sohLast)
                          .bind(14, d.cyclesLast)
                          .bind(15, d.tempMax)
                          .bind(16, sql(d.alarms))
                          .run();
            !st)
            return st;
    }
    return okStatus();
}

Result<std::vector<DailyRow>> Workspace::daily(const QByteArray& deviceId)
{
    auto q = db_.prepare(
        "SELECT device, day, samples, last_ms, wh_min, wh_max, peak_w, km_min, km_max, "
        "speed_max, soc_min, soc_max, soh_last, cycles_last, temp_max, alarms FROM daily "
        "WHERE ?1 = x'' OR device = ?1 ORDER BY device, day");
    if (!q)
        return std::move(q).error();
    q->bind(1, deviceId);
    std::vector<DailyRow> rows;
    auto st = q->forEachRow([&](const Statement& r) {
        rows.push_back(
            {r.columnBlob(0), r.columnInt(1), static_cast<std::uint64_t>(r.columnInt(2)),
             static_cast<std::uint64_t>(r.columnInt(3)), r.columnOptionalDouble(4),
             r.columnOptionalDouble(5), r.columnOptionalDouble(6), r.columnOptionalDouble(7),
             r.columnOptionalDouble(8), r.columnOptionalDouble(9), r.columnOptionalDouble(10),
             r.columnOptionalDouble(11), r.columnOptionalDouble(12), r.columnOptionalDouble(13),
             r.columnOptionalDouble(14), static_cast<std::uint64_t>(r.columnInt(15))});
    });
    if (!st)
        return st.error();
    return rows;
}

Result<bool> Workspace::dailyNeedsRebuild()
{
    auto v = readMeta(db_, "daily_rebuild");
    if (!v)
        return std::move(v).error();
    return v->has_value() && **v != QByteArray(1, '\0');
}

Status Workspace::clearDaily()
{
    return inTransaction(db_, [&]() -> Status {
        if (auto st = db_.exec("DELETE FROM daily"); !st)
            return st;
        return writeMeta(db_, "daily_rebuild", QByteArray(1, '\1'));
    });
}

Status Workspace::addDaily(const std::vector<DailyRow>& days, bool complete)
{
    return inTransaction(db_, [&]() -> Status {
        if (auto st = upsertDaily(days); !st)
            return st;
        return complete ? writeMeta(db_, "daily_rebuild", QByteArray(1, '\0')) : okStatus();
    });
}

Status Workspace::addFindings(const std::vector<FindingRow>& findings)
{
    return inTransaction(db_, [&] { return insertFindings(findings); });
}

Result<std::vector<RecordRow>> Workspace::records(const QByteArray& deviceId, std::uint64_t fromMs,
                                                  std::uint64_t toMs, std::uint64_t limit)
{
    auto q = db_.prepare(
        "SELECT seq, height, idx, time_ms, type, basis, record, proof FROM "
        "records WHERE device = ? AND time_ms >= ? AND time_ms < ? "
        "ORDER BY time_ms, seq LIMIT ?");
    if (!q)
        return std::move(q).error();
    q->bind(1, deviceId)
        .bind(2, sql(fromMs))
        .bind(3, sql(std::min<std::uint64_t>(toMs, INT64_MAX)))
        .bind(4, sql(std::min<std::uint64_t>(limit, INT64_MAX)));
    std::vector<RecordRow> rows;
    if (auto st = q->forEachRow([&](const Statement& r) {
            rows.push_back({deviceId, static_cast<std::uint64_t>(r.columnInt(0)),
                            static_cast<std::uint64_t>(r.columnInt(1)),
                            static_cast<std::uint64_t>(r.columnInt(2)),
                            static_cast<std::uint64_t>(r.columnInt(3)),
                            static_cast<int>(r.columnInt(4)), r.columnBlob(6), r.columnBlob(7),
                            static_cast<RecordRow::Basis>(r.columnInt(5))});
        });
        !st)
        return st.error();
    return rows;
}

Result<std::optional<RecordRow>> Workspace::record(std::uint64_t height, std::uint64_t index)
{
    auto row = db_.firstRow(
        "SELECT device, seq, time_ms, type, basis, record, proof FROM records "
        "WHERE height = ? AND idx = ?",
        sql(height), sql(index));
    if (!row)
        return std::move(row).error();
    if (!*row)
        return std::optional<RecordRow>();
    const Statement& r = **row;
    return std::optional<RecordRow>(
        RecordRow{r.columnBlob(0), static_cast<std::uint64_t>(r.columnInt(1)), height, index,
                  static_cast<std::uint64_t>(r.columnInt(2)), static_cast<int>(r.columnInt(3)),
                  r.columnBlob(5), r.columnBlob(6), static_cast<RecordRow::Basis>(r.columnInt(4))});
}

Result<std::optional<std::pair<std::uint64_t, QByteArray>>> Workspace::commitAtOrAbove(
    std::uint64_t height)
{
    auto row = db_.firstRow(
        "SELECT height, bytes FROM commits WHERE height >= ? ORDER BY height LIMIT 1", sql(height));
    if (!row)
        return std::move(row).error();
    if (!*row)
        return std::optional<std::pair<std::uint64_t, QByteArray>>();
    return std::optional(
        std::pair(static_cast<std::uint64_t>((*row)->columnInt(0)), (*row)->columnBlob(1)));
}

Result<std::uint64_t> Workspace::count(const char* sql)
{
    auto row = db_.firstRow(sql);
    if (!row)
        return std::move(row).error();
    return static_cast<std::uint64_t>((*row)->columnInt(0));
}

Result<std::uint64_t> Workspace::recordCount()
{
    return count("SELECT count(*) FROM records");
}

Result<std::uint64_t> Workspace::registrationCount()
{
    return count("SELECT count(*) FROM registrations");
}

Result<std::vector<FindingRow>> Workspace::findings(const QByteArray& deviceId, const QString& code)
{
    // Empty filters match everything.
    auto q = db_.prepare(
        "SELECT device, code, height, idx, seq, time_ms, message, message_parts FROM findings "
        "WHERE (length(?1) = 0 OR device = ?1) AND (?2 = '' OR code = ?2) "
        "ORDER BY id");
    if (!q)
        return std::move(q).error();
    q->bind(1, deviceId).bind(2, code);
    std::vector<FindingRow> rows;
    if (auto st = q->forEachRow([&](const Statement& r) {
            rows.push_back({r.columnBlob(0), r.columnText(1), r.columnOptional(2),
                            r.columnOptional(3), r.columnOptional(4), r.columnOptional(5),
                            storedText(r, 6, 7)});
        });
        !st)
        return st.error();
    return rows;
}

Result<std::map<QString, std::uint64_t>> Workspace::findingCounts()
{
    auto q = db_.prepare("SELECT code, count(*) FROM findings GROUP BY code");
    if (!q)
        return std::move(q).error();
    std::map<QString, std::uint64_t> counts;
    if (auto st = q->forEachRow([&](const Statement& r) {
            counts[r.columnText(0)] = static_cast<std::uint64_t>(r.columnInt(1));
        });
        !st)
        return st.error();
    return counts;
}

Result<std::vector<std::pair<QByteArray, std::uint64_t>>> Workspace::findingTimes(
    const QString& code)
{
    auto q = db_.prepare(
        "SELECT DISTINCT device, time_ms FROM findings WHERE code = ? AND time_ms IS NOT NULL");
    if (!q)
        return std::move(q).error();
    q->bind(1, code);
    std::vector<std::pair<QByteArray, std::uint64_t>> rows;
    if (auto st = q->forEachRow([&](const Statement& r) {
            rows.emplace_back(r.columnBlob(0), static_cast<std::uint64_t>(r.columnInt(1)));
        });
        !st)
        return st.error();
    return rows;
}

Status Workspace::saveFork(const ForkRow& f)
{
    return inTransaction(db_, [&]() -> Status {
        auto q = db_.prepare(
            "INSERT OR REPLACE INTO forks(height, witness, hash_a, header_a, commit_a, hash_b, "
            "header_b, commit_b, double_signers) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!q)
            return std::move(q).error();
        return q->bind(1, sql(f.height))
            .bind(2, f.witness)
            .bind(3, f.hashA)
            .bind(4, f.headerA)
            .bind(5, f.commitA)
            .bind(6, f.hashB)
            .bind(7, f.headerB)
            .bind(8, f.commitB)
            .bind(9, f.doubleSigners)
            .run();
    });
}

Result<std::optional<ForkRow>> Workspace::fork()
{
    auto row = db_.firstRow(
        "SELECT height, witness, hash_a, header_a, commit_a, hash_b, header_b, commit_b, "
        "double_signers FROM forks ORDER BY height");
    if (!row)
        return std::move(row).error();
    if (!*row)
        return std::optional<ForkRow>();
    const Statement& r = **row;
    return std::optional<ForkRow>(ForkRow{static_cast<std::uint64_t>(r.columnInt(0)),
                                          r.columnText(1), r.columnBlob(2), r.columnBlob(3),
                                          r.columnBlob(4), r.columnBlob(5), r.columnBlob(6),
                                          r.columnBlob(7), r.columnText(8)});
}

Status Workspace::saveWitness(const WitnessRow& w)
{
    auto q = db_.prepare(
        "INSERT OR REPLACE INTO witnesses(url, status, detail, detail_parts) VALUES(?, ?, ?, ?)");
    if (!q)
        return std::move(q).error();
    return q->bind(1, w.url)
        .bind(2, w.status)
        .bind(3, w.detail.english())
        .bind(4, QString::fromUtf8(w.detail.toJson()))
        .run();
}

Result<std::vector<WitnessRow>> Workspace::witnesses()
{
    auto q = db_.prepare("SELECT url, status, detail, detail_parts FROM witnesses ORDER BY url");
    if (!q)
        return std::move(q).error();
    std::vector<WitnessRow> rows;
    if (auto st = q->forEachRow([&](const Statement& r) {
            rows.push_back({r.columnText(0), r.columnText(1), storedText(r, 2, 3)});
        });
        !st)
        return st.error();
    return rows;
}

}  // namespace pp::store
