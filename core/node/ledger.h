#pragma once

#include "chain/genesis.h"
#include "common/result.h"
#include "crypto/private_key.h"
#include "merkle/compact_range.h"
#include "node/node_store.h"
#include "records/record.h"

#include <QByteArray>
#include <QHash>
#include <QString>

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
    // Opens `store`, writing block 0 from `genesis` into an empty one. `validatorKeys`
    // are the private keys of genesis' validators, in set order (a devnet holds them all).
    static Result<Ledger> open(NodeStore store, chain::Genesis genesis,
                               std::vector<crypto::PrivateKey> validatorKeys);

    const chain::Genesis& genesis() const { return genesis_; }
    NodeStore& store() { return store_; }
    std::uint64_t tipHeight() const { return tipHeight_; }
    const Digest& tipHash() const { return tipHash_; }
    std::size_t pendingCount() const { return pending_.size(); }

    // Checks a record as spec §8 says and queues it for the next block. Nothing of a
    // refused record is kept.
    Admission submit(QByteArrayView recordBytes);

    // Writes the next block from the queued records, at `timeMs` (raised to one past the
    // previous block's time if needed), signed by a quorum of validators that rotates
    // from block to block so that commits without every signature are common.
    Status produceBlock(std::uint64_t timeMs);

private:
    Ledger(NodeStore store, chain::Genesis genesis, std::vector<crypto::PrivateKey> keys);
    Status writeBlockZero();
    Status commitBlock(NodeStore::BlockWrite& write);
    Status restoreHistory();
    Result<std::optional<DeviceState>> deviceState(const QByteArray& deviceId);
    Result<std::optional<std::uint64_t>> signerSeq(const QByteArray& kid);
    Admission admitRegistrarRecord(const records::Record& record);
    Admission admitDeviceRecord(const records::Record& record);
    Admission checkSequence(const QByteArray& kid, std::uint64_t seq);

    NodeStore store_;
    chain::Genesis genesis_;
    std::vector<crypto::PrivateKey> validatorKeys_;
    merkle::TreeHasher hasher_;
    merkle::CompactRange history_;  // header hashes of blocks 0..tip
    std::uint64_t tipHeight_ = 0;
    Digest tipHash_{};
    chain::Header tipHeader_;

    // Records admitted since the last block, and the state they imply on top of the store.
    struct Pending
    {
        QByteArray bytes;
        records::RecordBody body;
        QByteArray kid;
    };
    std::vector<Pending> pending_;
    QHash<QByteArray, DeviceState> pendingDevices_;
    QHash<QByteArray, std::uint64_t> pendingSeqs_;
    // Parsed device keys: parsing validates the point, too costly to repeat per record.
    QHash<QByteArray, crypto::PublicKey> keyCache_;
};

}  // namespace pp::node
