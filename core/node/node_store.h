#pragma once

#include "chain/commit.h"
#include "chain/header.h"
#include "chain/validator_set.h"
#include "common/result.h"
#include "merkle/node_reader.h"
#include "store/sqlite.h"
#include "store/wal_checkpointer.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace pp::node {

// What the node knows of a device, as of its last block.
struct DeviceState
{
    QByteArray deviceId;
    QByteArray keyCbor;  // [alg, pub] of the key in force
    int assetClass = 0;
    QString vin;  // vehicles only
    bool revoked = false;
};

// Where a record is on the chain.
struct RecordRef
{
    std::uint64_t height;
    std::uint64_t index;
    QByteArray bytes;
};

// One block as it is stored: header, its hash, its commit and its records.
struct StoredBlock
{
    chain::Header header;
    Digest hash{};
    QByteArray commit;  // empty at height 0
    std::vector<QByteArray> records;
};

// The full node's database (SQLite, WAL). A block is written in one transaction with the
// history-tree nodes and device states it completes, so a killed process leaves every
// block wholly present or absent. Versioned schema (meta.schema_version).
class NodeStore : public merkle::NodeReader
{
public:
    // 3 keeps each block's records-tree leaves (record_leaves); blocks stored by an older
    // version have none, and their trees are built from their records.
    static constexpr int kSchemaVersion = 3;

    static Result<NodeStore> open(const QString& path);

    Result<std::optional<QByteArray>> meta(const char* key);
    Status setMeta(const char* key, QByteArrayView value);

    // The height of the last stored block, or nothing for an empty store.
    Result<std::optional<std::uint64_t>> tipHeight();
    Result<chain::Header> header(std::uint64_t height);
    Result<Digest> headerHash(std::uint64_t height);
    // The stored encodings of heights [from, from + count), concatenated in order, read in
    // one pass: what /v1/headers serves.
    Result<QByteArray> encodedHeaders(std::uint64_t from, std::uint64_t count);
    Result<QByteArray> commit(std::uint64_t height);
    Result<std::vector<QByteArray>> blockRecords(std::uint64_t height);
    // The leaf hashes of the block's records tree, concatenated in index order, or nothing
    // for a block stored before schema 3.
    Result<std::optional<QByteArray>> recordLeaves(std::uint64_t height);
    Result<QByteArray> validatorSet(const Digest& hash);
    Result<chain::ValidatorSet> decodedValidatorSet(const Digest& hash, crypto::HashAlg chainHash);
    // The set that signs the next block: the one the tip's next_validators_hash names.
    Result<chain::ValidatorSet> announcedValidatorSet(crypto::HashAlg chainHash);
    // A device's own records (types 10-12) with time in [fromMs, toMs) and seq > afterSeq,
    // by seq, at most `limit`.
    Result<std::vector<RecordRef>> deviceRecords(QByteArrayView deviceId, std::uint64_t fromMs,
                                                 std::uint64_t toMs, std::int64_t afterSeq,
                                                 std::uint64_t limit);
    // Registrations and revocations in blocks above `afterHeight`, whole blocks at a time,
    // stopping after the block where `limit` is reached.
    Result<std::vector<RecordRef>> registrations(std::uint64_t afterHeight, std::uint64_t limit);
    // Heights c > afterHeight where validators_hash(c) differs from validators_hash(c-1).
    Result<std::vector<std::uint64_t>> validatorChanges(std::uint64_t afterHeight);
    Result<std::optional<DeviceState>> device(QByteArrayView deviceId);
    // The last sequence number a signer (a device_id or a registrar's key id) used.
    Result<std::optional<std::uint64_t>> lastSeq(QByteArrayView kid);

    // Writes a block and everything it changes atomically.
    struct BlockWrite
    {
        StoredBlock block;
        struct DeviceRecord
        {
            QByteArray deviceId;
            std::uint64_t seq;
            std::uint64_t timeMs;
            int type;
        };
        std::vector<DeviceRecord> recordIndex;  // one per record, in order
        QByteArray recordLeaves;                // the records tree's leaf hashes, in order
        std::vector<DeviceState> deviceUpdates;
        struct SignerSeq
        {
            QByteArray kid;
            std::optional<std::uint64_t> seq;  // empty: none yet (a device registered anew)
        };
        std::vector<SignerSeq> signerSeqs;
        struct HistoryNode
        {
            unsigned level;
            std::uint64_t index;
            Digest hash;
        };
        std::vector<HistoryNode> historyNodes;
        struct EncodedSet
        {
            Digest hash;  // H(bytes) under the chain's hash
            QByteArray bytes;
        };
        std::vector<EncodedSet> validatorSets;  // sets this block names (kept once)
        bool validatorChange = false;           // signed by a different set than its predecessor
    };
    Status writeBlock(const BlockWrite& write);

    // merkle::NodeReader over the history tree (leaf i = header_hash of block i).
    Result<Digest> node(unsigned level, std::uint64_t index) const override;

private:
    explicit NodeStore(store::Database db) : db_(std::move(db)) {}
    Status migrate();
    // The first column of the first row of `sql` with one parameter, or nothing.
    template <typename Key>
    Result<std::optional<QByteArray>> firstBlob(const char* sql, const Key& key) const;
    Result<std::vector<RecordRef>> recordRefs(store::Statement& query, std::uint64_t limit,
                                              bool wholeBlocks);

    mutable store::Database db_;
    std::unique_ptr<store::WalCheckpointer> checkpointer_;  // after db_: destroyed before it
};

}  // namespace pp::node
