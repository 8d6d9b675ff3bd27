#include "node/node_store.h"

#include "store/meta_table.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace pp::node {

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS blocks(
  height INTEGER PRIMARY KEY,
  hash BLOB NOT NULL UNIQUE,
  header BLOB NOT NULL,
  commit_cbor BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS records(
  height INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  device BLOB NOT NULL,
  seq INTEGER NOT NULL,
  time_ms INTEGER NOT NULL,
  type INTEGER NOT NULL,
  PRIMARY KEY(device, seq, height, idx)) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS records_by_position ON records(height, idx);
CREATE INDEX IF NOT EXISTS records_by_device_time ON records(device, time_ms);
CREATE TABLE IF NOT EXISTS history_nodes(
  level INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  hash BLOB NOT NULL,
  PRIMARY KEY(level, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS validator_sets(hash BLOB PRIMARY KEY, bytes BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS devices(
  device BLOB PRIMARY KEY,
  key_cbor BLOB NOT NULL,
  asset_class INTEGER NOT NULL,
  vin TEXT NOT NULL,
  revoked INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS signer_seqs(kid BLOB PRIMARY KEY, last_seq INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS validator_changes(height INTEGER PRIMARY KEY);
CREATE INDEX IF NOT EXISTS registrations_by_position ON records(height, idx) WHERE type <= 2;
CREATE TABLE IF NOT EXISTS record_leaves(height INTEGER PRIMARY KEY, hashes BLOB NOT NULL);
)sql";

Error notFound(const char* what, std::uint64_t height)
{
    return Error(ErrorKind::Invalid, "node.not-found",
                 QT_TRANSLATE_NOOP("Error", "no %1 at height %2"),
                 {QString::fromLatin1(what), QString::number(height)});
}

// SQLite integers are signed 64-bit; heights, sequence numbers and times stay below 2^63.
// A bound a client asks for may not ("after=2^63"): it saturates, and stays above every
// stored value instead of turning negative and below them all.
std::int64_t sql(std::uint64_t v)
{
    return static_cast<std::int64_t>(std::min<std::uint64_t>(v, INT64_MAX));
}

// Schema 2: records are stored in device and sequence order. A light node reads one
// device's records at a time, and a block holds every device's records, so in block order
// each record of an answer was a seek of its own into the table: more than a third of what
// serving a sync cost the node. Blocks are read whole only to build their records trees,
// once each (node/records_tree_cache.h). (height, idx) stays unique through an index.
// The table is written out as schema 2 defines it, not taken from kSchema: a migration is
// history, and must still make schema 2 after kSchema has moved on.
constexpr store::Migration kMigrations[] = {
    {2, R"sql(
CREATE TABLE records_v2(
  height INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  device BLOB NOT NULL,
  seq INTEGER NOT NULL,
  time_ms INTEGER NOT NULL,
  type INTEGER NOT NULL,
  PRIMARY KEY(device, seq, height, idx)) WITHOUT ROWID;
INSERT INTO records_v2 SELECT height, idx, bytes, device, seq, time_ms, type FROM records;
DROP TABLE records;
ALTER TABLE records_v2 RENAME TO records;
)sql"},
};

}  // namespace

Result<NodeStore> NodeStore::open(const QString& path)
{
    auto db = store::Database::open(path);
    if (!db)
        return std::move(db).error();
    // An answer reads many database pages; through a memory map they are not copied from
    // the page cache for each answer, which was once the node's largest cost while a light
    // node synced.
    if (auto st = db->exec("PRAGMA mmap_size=4294967296"); !st)
        return std::move(st).error();
    NodeStore s(std::move(*db));
    if (auto st = s.migrate(); !st)
        return std::move(st).error();
    // Producing a block runs on one core while the others wait for the next batch to
    // verify: its checkpoints are taken on their own thread, not inside the block's commit.
    s.checkpointer_ = store::WalCheckpointer::start(s.db_);
    return s;
}

Status NodeStore::migrate()
{
    auto before = store::applySchema(db_, kSchemaVersion, kSchema, "node", kMigrations);
    if (!before)
        return std::move(before).error();
    // Migration 2 rebuilt the records table, the bulk of the file, and left the old one's
    // pages free: the file is compacted once rather than kept at twice its size, since a
    // node only ever appends and would take years to reuse them.
    if (*before < 2)
        return db_.exec("VACUUM");
    return okStatus();
}

Result<std::optional<QByteArray>> NodeStore::meta(const char* key)
{
    return store::readMeta(db_, key);
}

Status NodeStore::setMeta(const char* key, QByteArrayView value)
{
    return store::writeMeta(db_, key, value);
}

Result<std::optional<std::uint64_t>> NodeStore::tipHeight()
{
    auto row = db_.firstRow("SELECT max(height) FROM blocks");
    if (!row)
        return std::move(row).error();
    if (!*row || (*row)->columnIsNull(0))
        return std::optional<std::uint64_t>();
    return std::optional<std::uint64_t>(static_cast<std::uint64_t>((*row)->columnInt(0)));
}

template <typename Key>
Result<std::optional<QByteArray>> NodeStore::firstBlob(const char* query, const Key& key) const
{
    auto row = db_.firstRow(query, key);
    if (!row)
        return std::move(row).error();
    if (!*row)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>((*row)->columnBlob(0));
}

Result<chain::Header> NodeStore::header(std::uint64_t height)
{
    auto blob = firstBlob("SELECT header FROM blocks WHERE height = ?", sql(height));
    if (!blob)
        return std::move(blob).error();
    if (!*blob)
        return notFound("header", height);
    return chain::Header::decode(**blob);
}

Result<QByteArray> NodeStore::encodedHeaders(std::uint64_t from, std::uint64_t count)
{
    auto q =
        db_.prepare("SELECT header FROM blocks WHERE height >= ? AND height < ? ORDER BY height");
    if (!q)
        return std::move(q).error();
    q->bind(1, sql(from)).bind(2, sql(from + count));
    QByteArray out;
    out.reserve(static_cast<qsizetype>(count * chain::Header::kSize));
    if (auto st =
            q->forEachRow([&](const store::Statement& row) { out.append(row.columnBlob(0)); });
        !st)
        return std::move(st).error();
    return out;
}

Result<Digest> NodeStore::headerHash(std::uint64_t height)
{
    auto blob = firstBlob("SELECT hash FROM blocks WHERE height = ?", sql(height));
    if (!blob)
        return std::move(blob).error();
    if (!*blob)
        return notFound("header", height);
    return *digestFromBytes(**blob);
}

Result<QByteArray> NodeStore::commit(std::uint64_t height)
{
    auto blob = firstBlob("SELECT commit_cbor FROM blocks WHERE height = ?", sql(height));
    if (!blob)
        return std::move(blob).error();
    if (!*blob || height == 0)
        return notFound("commit", height);
    return **blob;
}

Result<std::vector<QByteArray>> NodeStore::blockRecords(std::uint64_t height)
{
    auto q = db_.prepare("SELECT bytes FROM records WHERE height = ? ORDER BY idx");
    if (!q)
        return std::move(q).error();
    q->bind(1, sql(height));
    std::vector<QByteArray> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return std::move(row).error();
        if (!*row)
            return out;
        out.push_back(q->columnBlob(0));
    }
}

Result<std::optional<QByteArray>> NodeStore::recordLeaves(std::uint64_t height)
{
    return firstBlob("SELECT hashes FROM record_leaves WHERE height = ?", sql(height));
}

Result<QByteArray> NodeStore::validatorSet(const Digest& hash)
{
    auto blob = firstBlob("SELECT bytes FROM validator_sets WHERE hash = ?", view(hash));
    if (!blob)
        return std::move(blob).error();
    if (!*blob) {
        return Error(ErrorKind::Invalid, "node.not-found",
                     QT_TRANSLATE_NOOP("Error", "no validator set with hash %1"), {toHex(hash)});
    }
    return **blob;
}

Result<chain::ValidatorSet> NodeStore::decodedValidatorSet(const Digest& hash,
                                                           crypto::HashAlg chainHash)
{
    auto encoded = validatorSet(hash);
    if (!encoded)
        return std::move(encoded).error();
    return chain::ValidatorSet::decode(*encoded, chainHash);
}

Result<chain::ValidatorSet> NodeStore::announcedValidatorSet(crypto::HashAlg chainHash)
{
    auto tip = tipHeight();
    if (!tip)
        return std::move(tip).error();
    if (!*tip)
        return notFound("block", 0);
    auto header = this->header(**tip);
    if (!header)
        return std::move(header).error();
    return decodedValidatorSet(header->nextValidatorsHash, chainHash);
}

Result<std::vector<RecordRef>> NodeStore::recordRefs(store::Statement& q, std::uint64_t limit,
                                                     bool wholeBlocks)
{
    std::vector<RecordRef> out;
    for (;;) {
        auto row = q.step();
        if (!row)
            return std::move(row).error();
        if (!*row)
            return out;
        const auto height = static_cast<std::uint64_t>(q.columnInt(0));
        if (out.size() >= limit && (!wholeBlocks || height != out.back().height))
            return out;
        out.push_back({height, static_cast<std::uint64_t>(q.columnInt(1)), q.columnBlob(2)});
    }
}

Result<std::vector<RecordRef>> NodeStore::deviceRecords(QByteArrayView deviceId,
                                                        std::uint64_t fromMs, std::uint64_t toMs,
                                                        std::int64_t afterSeq, std::uint64_t limit)
{
    auto q = db_.prepare(
        "SELECT height, idx, bytes FROM records WHERE device = ? AND type >= 10 AND time_ms >= ? "
        "AND time_ms < ? AND seq > ? ORDER BY seq");
    if (!q)
        return std::move(q).error();
    q->bind(1, deviceId)
        .bind(2, sql(fromMs))
        .bind(3, sql(std::min<std::uint64_t>(toMs, INT64_MAX)));
    q->bind(4, afterSeq);
    return recordRefs(*q, limit, false);
}

Result<std::vector<RecordRef>> NodeStore::registrations(std::uint64_t afterHeight,
                                                        std::uint64_t limit)
{
    auto q = db_.prepare(
        "SELECT height, idx, bytes FROM records WHERE type <= 2 AND height > ? ORDER BY height, "
        "idx");
    if (!q)
        return std::move(q).error();
    q->bind(1, sql(afterHeight));
    return recordRefs(*q, limit, true);
}

Result<std::vector<std::uint64_t>> NodeStore::validatorChanges(std::uint64_t afterHeight)
{
    auto q = db_.prepare("SELECT height FROM validator_changes WHERE height > ? ORDER BY height");
    if (!q)
        return std::move(q).error();
    q->bind(1, sql(afterHeight));
    std::vector<std::uint64_t> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return std::move(row).error();
        if (!*row)
            return out;
        out.push_back(static_cast<std::uint64_t>(q->columnInt(0)));
    }
}

Result<std::optional<DeviceState>> NodeStore::device(QByteArrayView deviceId)
{
    auto row = db_.firstRow(
        "SELECT key_cbor, asset_class, vin, revoked FROM devices WHERE device = ?", deviceId);
    if (!row)
        return std::move(row).error();
    if (!*row)
        return std::optional<DeviceState>();
    const store::Statement& q = **row;
    DeviceState d;
    d.deviceId = deviceId.toByteArray();
    d.keyCbor = q.columnBlob(0);
    d.assetClass = static_cast<int>(q.columnInt(1));
    d.vin = q.columnText(2);
    d.revoked = q.columnInt(3) != 0;
    return std::optional<DeviceState>(d);
}

Result<std::optional<std::uint64_t>> NodeStore::lastSeq(QByteArrayView kid)
{
    auto row = db_.firstRow("SELECT last_seq FROM signer_seqs WHERE kid = ?", kid);
    if (!row)
        return std::move(row).error();
    if (!*row)
        return std::optional<std::uint64_t>();
    return std::optional<std::uint64_t>(static_cast<std::uint64_t>((*row)->columnInt(0)));
}

Status NodeStore::writeBlock(const BlockWrite& w)
{
    auto tx = store::Transaction::begin(db_);
    if (!tx)
        return std::move(tx).error();
    auto block =
        db_.prepare("INSERT INTO blocks(height, hash, header, commit_cbor) VALUES(?,?,?,?)");
    auto record = db_.prepare(
        "INSERT INTO records(height, idx, bytes, device, seq, time_ms, type) "
        "VALUES(?,?,?,?,?,?,?)");
    auto node = db_.prepare("INSERT OR IGNORE INTO history_nodes(level, idx, hash) VALUES(?,?,?)");
    auto set = db_.prepare("INSERT OR IGNORE INTO validator_sets(hash, bytes) VALUES(?,?)");
    auto device = db_.prepare(
        "INSERT OR REPLACE INTO devices(device, key_cbor, asset_class, vin, revoked) "
        "VALUES(?,?,?,?,?)");
    auto seq = db_.prepare("INSERT OR REPLACE INTO signer_seqs(kid, last_seq) VALUES(?,?)");
    auto seqReset = db_.prepare("DELETE FROM signer_seqs WHERE kid = ?");
    auto change = db_.prepare("INSERT INTO validator_changes(height) VALUES(?)");
    auto leaves = db_.prepare("INSERT INTO record_leaves(height, hashes) VALUES(?,?)");
    if (const Error* e =
            firstError(block, record, node, set, device, seq, seqReset, change, leaves))
        return *e;
    if (w.validatorChange) {
        if (auto st = change->bind(1, sql(w.block.header.height)).run(); !st)
            return st;
    }

    const chain::Header& h = w.block.header;
    if (auto st = block->bind(1, sql(h.height))
                      .bind(2, view(w.block.hash))
                      .bind(3, h.encode())
                      .bind(4, w.block.commit)
                      .run();
        !st) {
        return st;
    }
    // Rows go in in the table's key order, (device, seq): each device's rows of the block
    // then fill one place of the tree after another, rather than every insert moving to
    // another device's pages. Writing a block of 1,000 records took a fifth less time.
    std::vector<std::size_t> order(w.block.records.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto& x = w.recordIndex[a];
        const auto& y = w.recordIndex[b];
        return std::tie(x.deviceId, x.seq) < std::tie(y.deviceId, y.seq);
    });
    for (const std::size_t i : order) {
        const auto& index = w.recordIndex[i];
        if (auto st = record->bind(1, sql(h.height))
                          .bind(2, static_cast<std::int64_t>(i))
                          .bind(3, w.block.records[i])
                          .bind(4, index.deviceId)
                          .bind(5, sql(index.seq))
                          .bind(6, sql(index.timeMs))
                          .bind(7, static_cast<std::int64_t>(index.type))
                          .run();
            !st) {
            return st;
        }
    }
    if (auto st = leaves->bind(1, sql(h.height)).bind(2, w.recordLeaves).run(); !st)
        return st;
    for (const auto& n : w.historyNodes) {
        if (auto st = node->bind(1, static_cast<std::int64_t>(n.level))
                          .bind(2, sql(n.index))
                          .bind(3, view(n.hash))
                          .run();
            !st) {
            return st;
        }
    }
    for (const auto& vs : w.validatorSets) {
        if (auto st = set->bind(1, view(vs.hash)).bind(2, vs.bytes).run(); !st)
            return st;
    }
    for (const DeviceState& d : w.deviceUpdates) {
        if (auto st = device->bind(1, d.deviceId)
                          .bind(2, d.keyCbor)
                          .bind(3, static_cast<std::int64_t>(d.assetClass))
                          .bind(4, d.vin)
                          .bind(5, static_cast<std::int64_t>(d.revoked ? 1 : 0))
                          .run();
            !st) {
            return st;
        }
    }
    for (const auto& s : w.signerSeqs) {
        auto st =
            s.seq ? seq->bind(1, s.kid).bind(2, sql(*s.seq)).run() : seqReset->bind(1, s.kid).run();
        if (!st)
            return st;
    }
    return tx->commit();
}

Result<Digest> NodeStore::node(unsigned level, std::uint64_t index) const
{
    auto row = db_.firstRow("SELECT hash FROM history_nodes WHERE level = ? AND idx = ?",
                            static_cast<std::int64_t>(level), sql(index));
    if (!row)
        return std::move(row).error();
    if (!*row) {
        return Error(ErrorKind::Invalid, "merkle.no-node",
                     QT_TRANSLATE_NOOP(
                         "Error", "the history tree has no complete subtree at level %1, index %2"),
                     {QString::number(level), QString::number(index)});
    }
    return *digestFromBytes((*row)->columnBlob(0));
}

}  // namespace pp::node
