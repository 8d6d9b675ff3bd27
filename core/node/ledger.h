#pragma once

#include "chain/genesis.h"
#include "common/result.h"
#include "crypto/private_key.h"
#include "merkle/compact_range.h"
#include "node/node_store.h"
#include "records/record.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

#include <cstdint>
#include <vector>

namespace pp::node {

// The answer to one submitted record (spec §8: status 0 accepted, with the reason
// otherwise).
struct Admission
{
    enum Status : int {
        Accepted = 0,
        Malformed = 1,        // does not parse, or the payload is not well-formed
        BadSignature = 2,     // does not verify with the key in force
        UnknownSigner = 3,    // unregistered device or unknown registrar
        Revoked = 4,          // the device's registration was revoked
        BadSequence = 5,      // seq is not the signer's previous + 1
        WrongAssetClass = 6,  // e.g. a battery batch from a PV station
    } status;
    QString message;  // English, for the node's answer and logs
};

// The ledger of the reference node: admits records under spec §8's rules, produces
// blocks with the devnet's validators, and keeps the history tree incrementally. Not
// thread-safe: the node serialises calls on one thread.
class Ledger
{
public:
    // Opens `store`, writing block 0 from `genesis` into an empty one. `keyRing` holds
    // the private keys of every validator the devnet has had or will have; the ledger
    // signs with those of the current set and fails to open without them.
    static Result<Ledger> open(NodeStore store, chain::Genesis genesis,
                               std::vector<crypto::PrivateKey> keyRing);

    const chain::Genesis& genesis() const { return genesis_; }
    NodeStore& store() { return store_; }
    std::uint64_t tipHeight() const { return tipHeight_; }
    const Digest& tipHash() const { return tipHash_; }
    std::size_t pendingCount() const { return pending_.size(); }

    // Checks a record as spec §8 says and queues it for the next block. Nothing of a
    // refused record is kept.
    Admission submit(QByteArrayView recordBytes);
    // The same for many records, in order, with parsing and signature checks spread over
    // all cores; one answer per record.
    std::vector<Admission> submitBatch(const std::vector<QByteArray>& recordBytes);

    // Schedules a validator-set change: the next block announces `next` through its
    // next_validators_hash and the block after it is the first `next` signs. `newKeys`
    // join the key ring. Fails when a change is already scheduled or a key of `next` is
    // not in the ring.
    Status scheduleValidatorSet(chain::ValidatorSet next,
                                std::vector<crypto::PrivateKey> newKeys = {});
    bool changeScheduled() const { return scheduled_.has_value(); }
    const chain::ValidatorSet& currentValidators() const { return *current_; }

    // A commit for `header` by a two-thirds quorum of `set`, signed with the key ring:
    // for the ledger's own blocks, and for the conflicting branch of an equivocating
    // devnet (see Equivocation).
    Result<chain::Commit> signCommit(const chain::Header& header, const Digest& hash,
                                     const chain::ValidatorSet& set) const;

    // Writes the next block from the queued records, at `timeMs` (raised to one past the
    // previous block's time if needed), signed by a quorum of validators that rotates
    // from block to block so that commits without every signature are common.
    Status produceBlock(std::uint64_t timeMs);

private:
    Ledger(NodeStore store, chain::Genesis genesis, std::vector<crypto::PrivateKey> keys);
    Status writeBlockZero();
    Status commitBlock(NodeStore::BlockWrite& write);
    Result<std::vector<const crypto::PrivateKey*>> signingKeys(
        const chain::ValidatorSet& set) const;
    Status restoreHistory();
    Result<std::optional<DeviceState>> deviceState(const QByteArray& deviceId);
    Result<std::optional<std::uint64_t>> signerSeq(const QByteArray& kid);
    // A record on its way in: parsed, and its signature checked ahead of admission against
    // the key that was in force when the batch began.
    struct Candidate
    {
        std::optional<Result<records::Record>> record;
        std::optional<crypto::PublicKey> key;
        std::optional<Status> signature;
        Digest leaf{};  // its leaf in a records tree, should it be admitted
    };
    const chain::Registrar* registrarFor(const QByteArray& kid) const;
    std::optional<crypto::PublicKey> keyInForce(const records::Record& record);
    static Status signatureCheck(const Candidate& c, const crypto::PublicKey& key,
                                 const QByteArray& kid);
    Admission admitRegistrarRecord(const Candidate& candidate);
    Admission admitDeviceRecord(const Candidate& candidate);
    Admission checkSequence(const QByteArray& kid, std::uint64_t seq);

    NodeStore store_;
    chain::Genesis genesis_;
    std::vector<crypto::PrivateKey> keyRing_;
    std::optional<chain::ValidatorSet> current_;    // signs the next block
    std::optional<chain::ValidatorSet> scheduled_;  // announced by the next block
    merkle::TreeHasher hasher_;
    merkle::CompactRange history_;  // header hashes of blocks 0..tip
    std::uint64_t tipHeight_ = 0;
    Digest tipHash_{};
    chain::Header tipHeader_;

    // Records admitted since the last block, and the state they imply on top of the store.
    struct Pending
    {
        QByteArray bytes;
        NodeStore::BlockWrite::DeviceRecord index;  // what the block's record index needs
        Digest leaf;
    };
    std::vector<Pending> pending_;
    QHash<QByteArray, DeviceState> pendingDevices_;
    // Empty: the signer has no sequence yet (a device just registered anew).
    QHash<QByteArray, std::optional<std::uint64_t>> pendingSeqs_;
    // The store's device states and signer sequence numbers as read or written by this
    // ledger, the store's only writer: lookups per record stay out of SQLite.
    QHash<QByteArray, std::optional<DeviceState>> storedDevices_;
    QHash<QByteArray, std::optional<std::uint64_t>> storedSeqs_;
    // Parsed device keys: parsing validates the point, too costly to repeat per record.
    QHash<QByteArray, crypto::PublicKey> keyCache_;
};

}  // namespace pp::node
