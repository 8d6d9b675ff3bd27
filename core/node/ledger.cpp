#include "node/ledger.h"

#include "cbor/decoder.h"
#include "common/parallel.h"
#include "merkle/memory_tree.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>

namespace pp::node {

using records::AssetClass;
using records::RecordType;

namespace {

Admission refuse(Admission::Status status, QString message)
{
    return {status, std::move(message)};
}

// The asset class a batch type belongs to.
AssetClass classOf(RecordType type)
{
    switch (type) {
        case RecordType::PvBatch:
            return AssetClass::Pv;
        case RecordType::BatteryBatch:
            return AssetClass::Battery;
        default:
            return AssetClass::Vehicle;
    }
}

NodeStore::BlockWrite::DeviceRecord indexOf(const records::RecordBody& body)
{
    return {body.deviceId, body.seq, body.timeMs, static_cast<int>(body.type)};
}

}  // namespace

Ledger::Ledger(NodeStore store, chain::Genesis genesis, std::vector<crypto::PrivateKey> keys)
    : store_(std::move(store)),
      genesis_(std::move(genesis)),
      keyRing_(std::move(keys)),
      hasher_(genesis_.hashAlg()),
      history_(hasher_)
{
}

Result<Ledger> Ledger::open(NodeStore store, chain::Genesis genesis,
                            std::vector<crypto::PrivateKey> keyRing)
{
    Ledger ledger(std::move(store), std::move(genesis), std::move(keyRing));
    auto stored = ledger.store_.meta("genesis");
    if (!stored)
        return std::move(stored).error();
    if (*stored && **stored != ledger.genesis_.encoded()) {
        return Error(ErrorKind::Invalid, "node.genesis",
                     QT_TRANSLATE_NOOP("Error", "the database belongs to another chain"));
    }
    auto tip = ledger.store_.tipHeight();
    if (!tip)
        return std::move(tip).error();
    const Status st = *tip ? ledger.restoreHistory() : ledger.writeBlockZero();
    if (!st)
        return st.error();
    auto set = ledger.store_.announcedValidatorSet(ledger.genesis_.hashAlg());
    if (!set)
        return std::move(set).error();
    if (auto keys = ledger.signingKeys(*set); !keys)
        return std::move(keys).error();
    ledger.current_ = std::move(*set);
    return ledger;
}

Result<std::vector<const crypto::PrivateKey*>> Ledger::signingKeys(
    const chain::ValidatorSet& set) const
{
    std::vector<const crypto::PrivateKey*> keys;
    for (std::size_t i = 0; i < set.size(); ++i) {
        const auto it = std::find_if(
            keyRing_.begin(), keyRing_.end(),
            [&](const crypto::PrivateKey& k) { return k.publicKey() == set.at(i).key; });
        if (it == keyRing_.end()) {
            return Error(ErrorKind::Invalid, "node.keys",
                         QT_TRANSLATE_NOOP("Error", "no private key for validator %1 (%2)"),
                         {QString::number(i), set.at(i).name});
        }
        keys.push_back(&*it);
    }
    return keys;
}

Status Ledger::scheduleValidatorSet(chain::ValidatorSet next,
                                    std::vector<crypto::PrivateKey> newKeys)
{
    if (scheduled_) {
        return Error(ErrorKind::Invalid, "node.rotation",
                     QT_TRANSLATE_NOOP("Error", "a validator-set change is already scheduled"));
    }
    keyRing_.insert(keyRing_.end(), newKeys.begin(), newKeys.end());
    if (auto keys = signingKeys(next); !keys)
        return std::move(keys).error();
    scheduled_ = std::move(next);
    return okStatus();
}

Status Ledger::writeBlockZero()
{
    if (auto st = store_.setMeta("genesis", genesis_.encoded()); !st)
        return st;
    NodeStore::BlockWrite w;
    w.block.header = genesis_.blockZero();
    w.block.hash = w.block.header.hash(genesis_.hashAlg());
    w.validatorSets.push_back({genesis_.validators().hash(), genesis_.validators().encoded()});
    return commitBlock(w);
}

Status Ledger::commitBlock(NodeStore::BlockWrite& w)
{
    // The block's hash joins the history tree with the block itself, in one transaction;
    // memory follows only once the store has it.
    merkle::CompactRange next = history_;
    next.append(hasher_.leafHash(view(w.block.hash)),
                [&](unsigned level, std::uint64_t index, const Digest& d) {
                    w.historyNodes.push_back({level, index, d});
                });
    if (auto st = store_.writeBlock(w); !st)
        return st;
    history_ = std::move(next);
    tipHeight_ = w.block.header.height;
    tipHash_ = w.block.hash;
    tipHeader_ = w.block.header;
    return okStatus();
}

Status Ledger::restoreHistory()
{
    auto tip = store_.tipHeight();
    if (!tip)
        return std::move(tip).error();
    tipHeight_ = **tip;
    auto header = store_.header(tipHeight_);
    auto hash = store_.headerHash(tipHeight_);
    if (const Error* e = firstError(header, hash))
        return *e;
    tipHeader_ = *header;
    tipHash_ = *hash;
    // The frontier of a tree of `size` leaves: one perfect subtree per set bit, largest
    // first.
    const std::uint64_t size = tipHeight_ + 1;
    std::vector<Digest> frontier;
    std::uint64_t start = 0;
    for (int level = 63; level >= 0; --level) {
        if (((size >> level) & 1) == 0)
            continue;
        auto node = store_.node(static_cast<unsigned>(level), start >> level);
        if (!node)
            return std::move(node).error();
        frontier.push_back(*node);
        start += std::uint64_t{1} << level;
    }
    auto range = merkle::CompactRange::restore(hasher_, size, std::move(frontier));
    if (!range)
        return std::move(range).error();
    history_ = std::move(*range);
    return okStatus();
}

Result<std::optional<DeviceState>> Ledger::deviceState(const QByteArray& deviceId)
{
    if (auto it = pendingDevices_.constFind(deviceId); it != pendingDevices_.constEnd())
        return std::optional<DeviceState>(*it);
    if (auto it = storedDevices_.constFind(deviceId); it != storedDevices_.constEnd())
        return *it;
    auto stored = store_.device(deviceId);
    if (stored)
        storedDevices_.insert(deviceId, *stored);
    return stored;
}

Result<std::optional<std::uint64_t>> Ledger::signerSeq(const QByteArray& kid)
{
    if (auto it = pendingSeqs_.constFind(kid); it != pendingSeqs_.constEnd())
        return *it;
    if (auto it = storedSeqs_.constFind(kid); it != storedSeqs_.constEnd())
        return *it;
    auto stored = store_.lastSeq(kid);
    if (stored)
        storedSeqs_.insert(kid, *stored);
    return stored;
}

Admission Ledger::checkSequence(const QByteArray& kid, std::uint64_t seq)
{
    auto last = signerSeq(kid);
    if (!last)
        return refuse(Admission::Malformed, last.error().message());
    // Spec §8: greater than the last admitted, no more. A gap (records the device signed
    // that never arrived) is admitted, so that nothing it sends later is lost; light nodes
    // report it.
    if (*last && seq <= **last) {
        return refuse(
            Admission::BadSequence,
            QStringLiteral("seq %1 is not after the signer's last (%2)").arg(seq).arg(**last));
    }
    return {Admission::Accepted, {}};
}

Admission Ledger::submit(QByteArrayView recordBytes)
{
    return submitBatch({recordBytes.toByteArray()}).front();
}

std::vector<Admission> Ledger::submitBatch(const std::vector<QByteArray>& recordBytes)
{
    const std::size_t n = recordBytes.size();
    std::vector<Candidate> candidates(n);
    // Parsing and signature checks are pure and dominate the cost: they run on all cores.
    // Finding keys and admitting read and change the ledger's state: in order, on this
    // thread.
    parallelFor(n, [&](std::size_t i) {
        candidates[i].record.emplace(records::Record::parse(recordBytes[i], genesis_.hashAlg()));
    });
    for (Candidate& c : candidates) {
        if (*c.record)
            c.key = keyInForce(**c.record);
    }
    // The leaf hash too, so that producing the block, which runs on one core, need not.
    parallelFor(n, [&](std::size_t i) {
        Candidate& c = candidates[i];
        if (!*c.record)
            return;
        c.leaf = hasher_.leafHash(recordBytes[i]);
        if (c.key)
            c.signature.emplace(
                cose::verifySign1((*c.record)->envelope, *c.key, (*c.record)->envelope.kid));
    });
    std::vector<Admission> answers;
    answers.reserve(n);
    for (const Candidate& c : candidates) {
        if (!*c.record) {
            answers.push_back(refuse(Admission::Malformed, c.record->error().message()));
            continue;
        }
        const RecordType type = (*c.record)->body.type;
        answers.push_back(type == RecordType::Registration || type == RecordType::Revocation
                              ? admitRegistrarRecord(c)
                              : admitDeviceRecord(c));
    }
    return answers;
}

const chain::Registrar* Ledger::registrarFor(const QByteArray& kid) const
{
    for (const chain::Registrar& r : genesis_.registrars()) {
        if (r.key.keyId(genesis_.hashAlg()) == kid)
            return &r;
    }
    return nullptr;
}

std::optional<crypto::PublicKey> Ledger::keyInForce(const records::Record& record)
{
    const RecordType type = record.body.type;
    if (type == RecordType::Registration || type == RecordType::Revocation) {
        const chain::Registrar* registrar = registrarFor(record.envelope.kid);
        return registrar ? std::optional(registrar->key) : std::nullopt;
    }
    const QByteArray& deviceId = record.body.deviceId;
    if (auto it = keyCache_.constFind(deviceId); it != keyCache_.constEnd())
        return *it;
    auto state = deviceState(deviceId);
    if (!state || !*state)
        return std::nullopt;
    auto decoded = cbor::decode((*state)->keyCbor);
    auto key = decoded ? crypto::PublicKey::fromCbor(*decoded)
                       : Result<crypto::PublicKey>(decoded.error());
    if (!key)
        return std::nullopt;
    return *keyCache_.insert(deviceId, *key);
}

Status Ledger::signatureCheck(const Candidate& c, const crypto::PublicKey& key,
                              const QByteArray& kid)
{
    // The check made ahead of time holds only if it used the key in force now: a
    // registration earlier in the same batch may have replaced it.
    if (c.signature && c.key && *c.key == key)
        return *c.signature;
    return cose::verifySign1((*c.record)->envelope, key, kid);
}

Admission Ledger::admitRegistrarRecord(const Candidate& candidate)
{
    const records::Record& record = **candidate.record;
    const QByteArray& kid = record.envelope.kid;
    const chain::Registrar* registrar = registrarFor(kid);
    if (registrar == nullptr)
        return refuse(Admission::UnknownSigner,
                      QStringLiteral("kid %1 is not a genesis registrar").arg(toHex(kid)));
    if (auto st = signatureCheck(candidate, registrar->key, kid); !st)
        return refuse(Admission::BadSignature, st.error().message());
    if (Admission seq = checkSequence(kid, record.body.seq); seq.status != Admission::Accepted)
        return seq;

    const QByteArray& deviceId = record.body.deviceId;
    auto current = deviceState(deviceId);
    if (!current)
        return refuse(Admission::Malformed, current.error().message());
    DeviceState next;
    if (record.body.type == RecordType::Registration) {
        next.deviceId = deviceId;
        next.keyCbor = record.body.deviceKey->cborBytes();
        next.assetClass = static_cast<int>(*record.body.assetClass);
        if (const cbor::Value* vin = record.body.meta.find(u"vin"))
            next.vin = vin->toText();
        if (*record.body.assetClass == AssetClass::Vehicle && next.vin.size() != 17)
            return refuse(Admission::Malformed,
                          QStringLiteral("a vehicle registration needs a 17-character vin"));
    } else {
        if (!*current)
            return refuse(Admission::UnknownSigner,
                          QStringLiteral("device %1 is not registered").arg(toHex(deviceId)));
        if ((*current)->revoked)
            return refuse(Admission::Revoked,
                          QStringLiteral("device %1 is already revoked").arg(toHex(deviceId)));
        next = **current;
        next.revoked = true;
    }
    pendingDevices_.insert(deviceId, next);
    pendingSeqs_.insert(kid, record.body.seq);
    // A new registration starts a new sequence under the new key (spec §7, key 3).
    if (record.body.type == RecordType::Registration)
        pendingSeqs_.insert(deviceId, std::nullopt);
    keyCache_.remove(deviceId);
    pending_.push_back({record.bytes, indexOf(record.body), candidate.leaf});
    return {Admission::Accepted, {}};
}

Admission Ledger::admitDeviceRecord(const Candidate& candidate)
{
    const records::Record& record = **candidate.record;
    const QByteArray& deviceId = record.body.deviceId;
    auto state = deviceState(deviceId);
    if (!state)
        return refuse(Admission::Malformed, state.error().message());
    if (!*state)
        return refuse(Admission::UnknownSigner,
                      QStringLiteral("device %1 is not registered").arg(toHex(deviceId)));
    const DeviceState& device = **state;
    if (device.revoked)
        return refuse(Admission::Revoked,
                      QStringLiteral("device %1 is revoked").arg(toHex(deviceId)));
    if (device.assetClass != static_cast<int>(classOf(record.body.type))) {
        return refuse(Admission::WrongAssetClass,
                      QStringLiteral("a type %1 record from a device of asset class %2")
                          .arg(static_cast<int>(record.body.type))
                          .arg(device.assetClass));
    }
    const std::optional<crypto::PublicKey> key = keyInForce(record);
    if (!key)
        return refuse(
            Admission::Malformed,
            QStringLiteral("the registered key of device %1 does not parse").arg(toHex(deviceId)));
    if (auto st = signatureCheck(candidate, *key, deviceId); !st)
        return refuse(Admission::BadSignature, st.error().message());
    if (Admission seq = checkSequence(deviceId, record.body.seq); seq.status != Admission::Accepted)
        return seq;
    // A sample that does not decode is no reason to refuse (spec §8): the device signed
    // it, and light nodes report it as MALFORMED.
    pendingSeqs_.insert(deviceId, record.body.seq);
    pending_.push_back({record.bytes, indexOf(record.body), candidate.leaf});
    return {Admission::Accepted, {}};
}

Result<chain::Commit> Ledger::signCommit(const chain::Header& header, const Digest& hash,
                                         const chain::ValidatorSet& set) const
{
    // A rotating quorum: start at a different validator each block and add validators
    // until more than two thirds of the power has signed.
    auto keys = signingKeys(set);
    if (!keys)
        return std::move(keys).error();
    const QByteArray vote = chain::voteMessage(header.chainId, header.height, hash);
    std::vector<std::uint64_t> signers;
    std::uint64_t power = 0;
    for (std::size_t k = 0; 3 * power <= 2 * set.totalPower(); ++k) {
        const std::size_t i = (header.height + k) % set.size();
        signers.push_back(i);
        power += set.at(i).power;
    }
    std::sort(signers.begin(), signers.end());
    chain::Commit commit{header.height, hash, {}};
    for (std::uint64_t i : signers) {
        auto sig = (*keys)[i]->sign(vote);
        if (!sig)
            return std::move(sig).error();
        commit.votes.push_back({i, *sig});
    }
    return commit;
}

Status Ledger::produceBlock(std::uint64_t timeMs)
{
    const crypto::HashAlg h = genesis_.hashAlg();
    merkle::MemoryTree recordsTree(h);
    NodeStore::BlockWrite w;
    for (const Pending& p : pending_) {
        recordsTree.appendLeafHash(p.leaf);
        w.recordLeaves.append(view(p.leaf));
        w.block.records.push_back(p.bytes);
        w.recordIndex.push_back(p.index);
    }
    chain::Header& header = w.block.header;
    header.chainId = genesis_.chainId();
    header.height = tipHeight_ + 1;
    header.timeMs = std::max(timeMs, tipHeader_.timeMs + 1);
    header.prevHash = tipHash_;
    header.historyRoot = history_.root();
    header.recordsRoot = recordsTree.root();
    header.recordCount = static_cast<std::uint32_t>(pending_.size());
    // A scheduled set is announced here and signs from the next block on (spec §6).
    header.validatorsHash = tipHeader_.nextValidatorsHash;
    header.nextValidatorsHash = scheduled_ ? scheduled_->hash() : header.validatorsHash;
    if (scheduled_)
        w.validatorSets.push_back({scheduled_->hash(), scheduled_->encoded()});
    w.block.hash = header.hash(h);
    w.validatorChange = header.validatorsHash != tipHeader_.validatorsHash;

    auto commit = signCommit(header, w.block.hash, *current_);
    if (!commit)
        return std::move(commit).error();
    w.block.commit = commit->encode();

    for (auto it = pendingDevices_.cbegin(); it != pendingDevices_.cend(); ++it)
        w.deviceUpdates.push_back(*it);
    for (auto it = pendingSeqs_.cbegin(); it != pendingSeqs_.cend(); ++it)
        w.signerSeqs.push_back({it.key(), *it});
    if (auto st = commitBlock(w); !st)
        return st;
    if (scheduled_) {
        current_ = std::move(scheduled_);
        scheduled_.reset();
    }
    pending_.clear();
    // What the block wrote is now the stored state: keep the caches in step with it.
    for (auto it = pendingDevices_.cbegin(); it != pendingDevices_.cend(); ++it)
        storedDevices_.insert(it.key(), *it);
    for (auto it = pendingSeqs_.cbegin(); it != pendingSeqs_.cend(); ++it)
        storedSeqs_.insert(it.key(), *it);
    pendingDevices_.clear();
    pendingSeqs_.clear();
    return okStatus();
}

}  // namespace pp::node
