// The reference node's ledger on a real SQLite file: spec §8's admission rules with
// their reasons, block production with rotating quorums, commits and hash links that a
// verifier accepts, history proofs served from stored subtrees, records trees from stored
// leaves, reopening and schema migrations.

#include "chain/commit.h"
#include "merkle/memory_tree.h"
#include "merkle/proof_builder.h"
#include "node/ledger.h"
#include "node/records_tree_cache.h"
#include "records/gbt32960.h"
#include "records/sunspec.h"
#include "store/sqlite.h"
#include "support/record_factory.h"
#include "support/test_data.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pp;
using namespace pp::node;
using namespace pp::records;
using crypto::HashAlg;
using crypto::PrivateKey;
using crypto::SigAlg;
using pp::test::batteryBatch;
using pp::test::vehicleBatch;

namespace {

constexpr std::uint64_t kStart = 1767225600000ULL;  // 2026-01-01 00:00 UTC

PrivateKey seeded(const char* name)
{
    return *PrivateKey::fromSeed(SigAlg::Ed25519, name);
}

QByteArray deviceId(int n)
{
    return QByteArray(15, '\xd0') + static_cast<char>(n);
}

struct Chain
{
    std::vector<PrivateKey> validators;
    PrivateKey registrar = seeded("registrar");
    chain::Genesis genesis = make();
    std::uint64_t registrarSeq = 0;

    chain::Genesis make()
    {
        std::vector<chain::Validator> set;
        for (int i = 0; i < 4; ++i) {
            validators.push_back(seeded(qPrintable(QStringLiteral("validator %1").arg(i))));
            set.push_back({QStringLiteral("v%1").arg(i), validators.back().publicKey(), 1});
        }
        return *chain::Genesis::create({QStringLiteral("ledger test"),
                                        HashAlg::Sha256,
                                        kStart,
                                        *chain::ValidatorSet::create(set, HashAlg::Sha256),
                                        {{QStringLiteral("registrar"), registrar.publicKey()}},
                                        1000});
    }

    QByteArray registration(const QByteArray& device, const PrivateKey& key, AssetClass cls,
                            const QString& vin = {})
    {
        return pp::test::registration(registrar, registrarSeq++, device, key.publicKey(), cls, vin);
    }

    QByteArray revocation(const QByteArray& device)
    {
        RecordBody b;
        b.type = RecordType::Revocation;
        b.deviceId = device;
        b.seq = registrarSeq++;
        b.timeMs = kStart;
        b.reason = QStringLiteral("stolen");
        return *signRecord(b, registrar, registrar.publicKey().keyId(HashAlg::Sha256));
    }
};

Ledger openLedger(const QString& path, const Chain& c)
{
    auto store = NodeStore::open(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().message()));
    auto ledger = Ledger::open(std::move(*store), c.genesis, c.validators);
    if (!ledger)
        qFatal("%s", qPrintable(ledger.error().message()));
    return std::move(*ledger);
}

Admission::Status status(Ledger& l, const QByteArray& record)
{
    return l.submit(record).status;
}

// Registers batteries 1 and 2 with keys `a` and `b`, in block 1.
bool registerTwoBatteries(Ledger& ledger, Chain& c, const PrivateKey& a, const PrivateKey& b)
{
    return status(ledger, c.registration(deviceId(1), a, AssetClass::Battery)) ==
               Admission::Accepted &&
           status(ledger, c.registration(deviceId(2), b, AssetClass::Battery)) ==
               Admission::Accepted &&
           ledger.produceBlock(kStart + 1000).ok();
}

}  // namespace

class TestLedger : public QObject
{
    Q_OBJECT

private slots:
    void blocksCommitsAndHistory()
    {
        QTemporaryDir dir;
        Chain c;
        Ledger ledger = openLedger(dir.filePath(QStringLiteral("node.db")), c);
        QCOMPARE(ledger.tipHeight(), std::uint64_t{0});
        QCOMPARE(ledger.tipHash(), c.genesis.blockZero().hash(HashAlg::Sha256));

        const PrivateKey battery = seeded("battery 1");
        QCOMPARE(status(ledger, c.registration(deviceId(1), battery, AssetClass::Battery)),
                 Admission::Accepted);
        QVERIFY(ledger.produceBlock(kStart + 1000).ok());
        for (std::uint64_t seq = 0; seq < 3; ++seq)
            QCOMPARE(status(ledger, batteryBatch(deviceId(1), battery, seq)), Admission::Accepted);
        QVERIFY(ledger.produceBlock(kStart + 2000).ok());
        QVERIFY(ledger.produceBlock(kStart + 2000).ok());  // empty block, time forced forward
        QCOMPARE(ledger.tipHeight(), std::uint64_t{3});

        NodeStore& store = ledger.store();
        const merkle::TreeHasher hasher(HashAlg::Sha256);
        merkle::MemoryTree history(HashAlg::Sha256);
        std::vector<std::size_t> signerCounts;
        for (std::uint64_t h = 0; h <= 3; ++h) {
            const chain::Header header = *store.header(h);
            const Digest hash = *store.headerHash(h);
            QCOMPARE(header.hash(HashAlg::Sha256), hash);
            QCOMPARE(header.historyRoot, history.root());  // MTH of blocks 0..h-1
            const auto records = *store.blockRecords(h);
            merkle::MemoryTree recordsTree(HashAlg::Sha256);
            for (const QByteArray& r : records)
                recordsTree.appendLeaf(r);
            QCOMPARE(header.recordsRoot, recordsTree.root());
            QCOMPARE(header.recordCount, static_cast<std::uint32_t>(records.size()));
            if (h > 0) {
                QVERIFY(
                    chain::checkLink(*store.header(h - 1), *store.headerHash(h - 1), header).ok());
                const auto commit = chain::Commit::decode(*store.commit(h));
                QVERIFY(commit.ok());
                const auto check =
                    chain::verifyCommit(*commit, header, hash, c.genesis.validators());
                QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().message()));
                signerCounts.push_back(check->signers.size());
            }
            history.appendLeafHash(hasher.leafHash(view(hash)));
        }
        QCOMPARE(*store.blockRecords(2),
                 (std::vector<QByteArray>{batteryBatch(deviceId(1), battery, 0),
                                          batteryBatch(deviceId(1), battery, 1),
                                          batteryBatch(deviceId(1), battery, 2)}));
        // 3 of 4 equal validators sign each block, a different three each time.
        QCOMPARE(signerCounts, (std::vector<std::size_t>{3, 3, 3}));
        QVERIFY(chain::Commit::decode(*store.commit(1))->votes[0].index !=
                chain::Commit::decode(*store.commit(2))->votes[0].index);

        // Proofs from the stored history subtrees hold against a later header.
        const merkle::ProofBuilder proofs(hasher, store);
        const chain::Header tip = *store.header(3);
        for (std::uint64_t k = 0; k < 3; ++k) {
            const auto proof = proofs.inclusion(k, 3);
            QVERIFY(proof.ok());
            QVERIFY(merkle::verifyInclusion(hasher, k, 3,
                                            hasher.leafHash(view(*store.headerHash(k))), *proof,
                                            tip.historyRoot)
                        .ok());
        }
        QVERIFY(!store.commit(0).ok());  // block 0 has no commit
    }

    void admissionRules()
    {
        QTemporaryDir dir;
        Chain c;
        Ledger ledger = openLedger(dir.filePath(QStringLiteral("node.db")), c);
        const PrivateKey battery = seeded("battery");
        const PrivateKey intruder = seeded("intruder");

        QCOMPARE(status(ledger, batteryBatch(deviceId(1), battery, 0)), Admission::UnknownSigner);
        QCOMPARE(status(ledger, c.registration(deviceId(1), battery, AssetClass::Battery)),
                 Admission::Accepted);
        // A registration by a key that is not a genesis registrar.
        Chain impostor;
        impostor.registrar = intruder;
        QCOMPARE(status(ledger, impostor.registration(deviceId(2), intruder, AssetClass::Battery)),
                 Admission::UnknownSigner);
        // Registrar sequence: the same seq twice is refused.
        c.registrarSeq = 0;
        QCOMPARE(status(ledger, c.registration(deviceId(3), battery, AssetClass::Battery)),
                 Admission::BadSequence);
        c.registrarSeq = 1;

        QCOMPARE(status(ledger, batteryBatch(deviceId(1), battery, 0)), Admission::Accepted);
        const Admission repeat = ledger.submit(batteryBatch(deviceId(1), battery, 0));
        QCOMPARE(repeat.status, Admission::BadSequence);
        QVERIFY2(repeat.message.contains(u"not after the signer's last (0)"),
                 qPrintable(repeat.message));
        QCOMPARE(status(ledger, batteryBatch(deviceId(1), intruder, 1)), Admission::BadSignature);
        // A gap is admitted (spec §8): records the device signed that never arrived must not
        // silence it; light nodes report the gap. Going back after it is still refused.
        QCOMPARE(status(ledger, batteryBatch(deviceId(1), battery, 2)), Admission::Accepted);
        QCOMPARE(status(ledger, batteryBatch(deviceId(1), battery, 1)), Admission::BadSequence);
        QCOMPARE(status(ledger, vehicleBatch(deviceId(1), battery, 1, "LGHC4V1D2NB100001")),
                 Admission::WrongAssetClass);
        QCOMPARE(status(ledger, QByteArray("not a record")), Admission::Malformed);
        QCOMPARE(ledger.pendingCount(), std::size_t{3});  // refusals leave nothing behind
        QVERIFY(ledger.produceBlock(kStart + 1000).ok());

        // Vehicles: the VIN is part of the registration and every packet must carry it.
        const PrivateKey van = seeded("van");
        QCOMPARE(status(ledger, c.registration(deviceId(4), van, AssetClass::Vehicle)),
                 Admission::Malformed);
        c.registrarSeq--;  // that refusal consumed nothing
        QCOMPARE(status(ledger, c.registration(deviceId(4), van, AssetClass::Vehicle,
                                               QStringLiteral("LGHC4V1D2NB100001"))),
                 Admission::Accepted);
        QCOMPARE(status(ledger, vehicleBatch(deviceId(4), van, 0, "LGHC4V1D2NB100001")),
                 Admission::Accepted);
        // A packet of another VIN, or one that does not decode, is no reason to refuse what
        // the terminal signed (spec §8): light nodes report the sample as MALFORMED.
        QCOMPARE(status(ledger, vehicleBatch(deviceId(4), van, 1, "LGHC4V1D2NB999999")),
                 Admission::Accepted);

        // Revocation: later records of the device are refused.
        QCOMPARE(status(ledger, c.revocation(deviceId(1))), Admission::Accepted);
        QCOMPARE(status(ledger, batteryBatch(deviceId(1), battery, 1)), Admission::Revoked);
        QCOMPARE(status(ledger, c.revocation(deviceId(1))), Admission::Revoked);
        QVERIFY(ledger.produceBlock(kStart + 2000).ok());
        QCOMPARE(status(ledger, batteryBatch(deviceId(1), battery, 1)), Admission::Revoked);
    }

    void aNewRegistrationStartsANewSequence()
    {
        QTemporaryDir dir;
        Chain c;
        Ledger ledger = openLedger(dir.filePath(QStringLiteral("node.db")), c);
        const PrivateKey old = seeded("old BMS");
        const PrivateKey replaced = seeded("replaced BMS");
        QCOMPARE(status(ledger, c.registration(deviceId(5), old, AssetClass::Battery)),
                 Admission::Accepted);
        for (std::uint64_t seq = 0; seq < 4; ++seq)
            QCOMPARE(status(ledger, batteryBatch(deviceId(5), old, seq)), Admission::Accepted);
        QVERIFY(ledger.produceBlock(kStart + 1000).ok());
        // The BMS is replaced and registered anew: its sequence starts again from 0, kept
        // across blocks and a reopened store.
        QCOMPARE(status(ledger, c.registration(deviceId(5), replaced, AssetClass::Battery)),
                 Admission::Accepted);
        QVERIFY(ledger.produceBlock(kStart + 2000).ok());
        QCOMPARE(status(ledger, batteryBatch(deviceId(5), replaced, 0)), Admission::Accepted);
        QCOMPARE(status(ledger, batteryBatch(deviceId(5), replaced, 0)), Admission::BadSequence);
        QCOMPARE(status(ledger, batteryBatch(deviceId(5), old, 5)), Admission::BadSignature);
    }

    void batchesFollowKeyChangesInOrder()
    {
        QTemporaryDir dir;
        Chain c;
        Ledger ledger = openLedger(dir.filePath(QStringLiteral("node.db")), c);
        const PrivateKey first = seeded("first key");
        const PrivateKey second = seeded("second key");
        // Registered and used in one batch; then re-registered with a new key mid-batch:
        // records after that must carry the new key's signature.
        const std::vector<QByteArray> batch = {
            c.registration(deviceId(7), first, AssetClass::Battery),
            batteryBatch(deviceId(7), first, 0),
            batteryBatch(deviceId(7), first, 1),
            c.registration(deviceId(7), second, AssetClass::Battery),
            batteryBatch(deviceId(7), first, 2),   // the old key: refused
            batteryBatch(deviceId(7), second, 2),  // the new key: accepted
            QByteArray("junk"),
        };
        std::vector<Admission::Status> statuses;
        for (const Admission& a : ledger.submitBatch(batch))
            statuses.push_back(a.status);
        QCOMPARE(statuses, (std::vector<Admission::Status>{
                               Admission::Accepted, Admission::Accepted, Admission::Accepted,
                               Admission::Accepted, Admission::BadSignature, Admission::Accepted,
                               Admission::Malformed}));
        QVERIFY(ledger.produceBlock(kStart + 1000).ok());
        QCOMPARE(ledger.store().blockRecords(1)->size(), std::size_t{5});
        // A large batch, checked on all cores, gives the same answers as one by one.
        std::vector<QByteArray> many;
        for (std::uint64_t seq = 3; seq < 203; ++seq)
            many.push_back(batteryBatch(deviceId(7), seq % 50 == 0 ? first : second, seq));
        const std::vector<Admission> answers = ledger.submitBatch(many);
        QCOMPARE(answers[0].status, Admission::Accepted);
        QCOMPARE(answers[47].status, Admission::BadSignature);  // seq 50, the old key
        QCOMPARE(answers[48].status, Admission::Accepted);      // seq 51: a gap, admitted
    }

    void validatorRotation()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("node.db"));
        Chain c;
        // The key ring knows a fifth validator, a P-256 one, before it joins.
        const PrivateKey newcomer = *PrivateKey::fromSeed(SigAlg::Es256, "newcomer");
        std::vector<PrivateKey> ring = c.validators;
        ring.push_back(newcomer);
        auto ledger = Ledger::open(*NodeStore::open(path), c.genesis, ring);
        QVERIFY(ledger.ok());
        QVERIFY(ledger->produceBlock(kStart + 1000).ok());  // block 1, genesis set

        // Next set: drop validator 0, weigh validator 1 at 3, add the newcomer.
        const chain::ValidatorSet& old = c.genesis.validators();
        auto next =
            chain::ValidatorSet::create({{old.at(1).name, old.at(1).key, 3},
                                         {old.at(2).name, old.at(2).key, 1},
                                         {old.at(3).name, old.at(3).key, 1},
                                         {QStringLiteral("newcomer"), newcomer.publicKey(), 1}},
                                        HashAlg::Sha256);
        QVERIFY(next.ok());
        QVERIFY(ledger->scheduleValidatorSet(*next).ok());
        QCOMPARE(QByteArray(ledger->scheduleValidatorSet(*next).error().code()), "node.rotation");
        QVERIFY(ledger->produceBlock(kStart + 2000).ok());  // block 2 announces
        QVERIFY(ledger->produceBlock(kStart + 3000).ok());  // block 3: the new set signs

        NodeStore& store = ledger->store();
        const chain::Header h2 = *store.header(2), h3 = *store.header(3);
        QCOMPARE(h2.validatorsHash, old.hash());
        QCOMPARE(h2.nextValidatorsHash, next->hash());
        QCOMPARE(h3.validatorsHash, next->hash());
        QCOMPARE(*store.validatorSet(next->hash()), next->encoded());
        QCOMPARE(*store.validatorChanges(0), (std::vector<std::uint64_t>{3}));
        const auto commit3 = *chain::Commit::decode(*store.commit(3));
        QVERIFY(chain::verifyCommit(commit3, h3, *store.headerHash(3), *next).ok());
        QCOMPARE(
            QByteArray(chain::verifyCommit(commit3, h3, *store.headerHash(3), old).error().code()),
            "commit.wrong-set");

        // A set whose keys the ring lacks cannot be scheduled.
        auto stranger = chain::ValidatorSet::create(
            {{QStringLiteral("x"), seeded("stranger").publicKey(), 1}}, HashAlg::Sha256);
        QCOMPARE(QByteArray(ledger->scheduleValidatorSet(*stranger).error().code()), "node.keys");

        // Reopened, the ledger signs with the new set; without the newcomer's key it
        // refuses to open.
        ledger = Ledger::open(*NodeStore::open(path), c.genesis, {});
        QCOMPARE(QByteArray(ledger.error().code()), "node.keys");
        ledger = Ledger::open(*NodeStore::open(path), c.genesis, ring);
        QVERIFY(ledger.ok());
        QCOMPARE(ledger->currentValidators().hash(), next->hash());
        QVERIFY(ledger->produceBlock(kStart + 4000).ok());
        const chain::Header h4 = *ledger->store().header(4);
        QVERIFY(chain::verifyCommit(*chain::Commit::decode(*ledger->store().commit(4)), h4,
                                    *ledger->store().headerHash(4), *next)
                    .ok());
    }

    void reopenResumes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("node.db"));
        Chain c;
        const PrivateKey battery = seeded("battery");
        Digest tipBefore{};
        {
            Ledger ledger = openLedger(path, c);
            QCOMPARE(status(ledger, c.registration(deviceId(1), battery, AssetClass::Battery)),
                     Admission::Accepted);
            for (int i = 0; i < 6; ++i)
                QVERIFY(ledger
                            .produceBlock(kStart +
                                          std::uint64_t{1000} * static_cast<std::uint64_t>(i + 1))
                            .ok());
            QCOMPARE(status(ledger, batteryBatch(deviceId(1), battery, 0)), Admission::Accepted);
            QVERIFY(ledger.produceBlock(kStart + 10000).ok());
            tipBefore = ledger.tipHash();
        }
        Ledger reopened = openLedger(path, c);
        QCOMPARE(reopened.tipHeight(), std::uint64_t{7});
        QCOMPARE(reopened.tipHash(), tipBefore);
        // State survived: the next seq is 1, and the history tree continues correctly.
        QCOMPARE(status(reopened, batteryBatch(deviceId(1), battery, 0)), Admission::BadSequence);
        QCOMPARE(status(reopened, batteryBatch(deviceId(1), battery, 1)), Admission::Accepted);
        QVERIFY(reopened.produceBlock(kStart + 20000).ok());
        merkle::MemoryTree history(HashAlg::Sha256);
        for (std::uint64_t h = 0; h <= 7; ++h)
            history.appendLeaf(view(*reopened.store().headerHash(h)));
        QCOMPARE(reopened.store().header(8)->historyRoot, history.root());

        // Another chain's genesis does not open this database.
        Chain other;
        other.registrar = seeded("another registrar");
        other.validators.clear();
        other.genesis = other.make();
        auto store = NodeStore::open(path);
        QCOMPARE(
            QByteArray(
                Ledger::open(std::move(*store), other.genesis, other.validators).error().code()),
            "node.genesis");
    }

    // A node database of schema 1 kept records in block order. Opening it moves them into
    // device order and nothing is lost: blocks, device pages and the chain go on as before.
    void schemaOneFileIsMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("node.db"));
        Chain c;
        const PrivateKey a = seeded("battery a"), b = seeded("battery b");
        std::vector<std::vector<QByteArray>> blocks;
        std::vector<RecordRef> pageOfB;
        {
            Ledger ledger = openLedger(path, c);
            QVERIFY(registerTwoBatteries(ledger, c, a, b));
            for (std::uint64_t seq = 0; seq < 3; ++seq) {
                QCOMPARE(status(ledger, batteryBatch(deviceId(2), b, seq)), Admission::Accepted);
                QCOMPARE(status(ledger, batteryBatch(deviceId(1), a, seq)), Admission::Accepted);
                QVERIFY(ledger.produceBlock(kStart + 2000 + 1000 * seq).ok());
            }
            for (std::uint64_t h = 0; h <= ledger.tipHeight(); ++h)
                blocks.push_back(*ledger.store().blockRecords(h));
            pageOfB = *ledger.store().deviceRecords(deviceId(2), 0, UINT64_MAX, 0, 10);
        }
        QCOMPARE(pageOfB.size(), std::size_t{2});  // seq 1 and 2, from blocks 3 and 4
        {
            // Back to schema 1's layout, rows as they were.
            auto db = *store::Database::open(path);
            QVERIFY(db.exec(R"sql(
CREATE TABLE records_v1(
  height INTEGER NOT NULL, idx INTEGER NOT NULL, bytes BLOB NOT NULL, device BLOB NOT NULL,
  seq INTEGER NOT NULL, time_ms INTEGER NOT NULL, type INTEGER NOT NULL,
  PRIMARY KEY(height, idx)) WITHOUT ROWID;
INSERT INTO records_v1 SELECT height, idx, bytes, device, seq, time_ms, type FROM records;
DROP TABLE records;
ALTER TABLE records_v1 RENAME TO records;
CREATE INDEX records_by_device_seq ON records(device, seq);
DROP TABLE record_leaves;
UPDATE meta SET value = '1' WHERE key = 'schema_version';
)sql")
                        .ok());
        }
        Ledger migrated = openLedger(path, c);
        QCOMPARE(*migrated.store().meta("schema_version"),
                 QByteArray::number(NodeStore::kSchemaVersion));
        auto db = *store::Database::open(path);
        const auto table = *db.firstRow("SELECT sql FROM sqlite_master WHERE name = 'records'");
        QVERIFY(table->columnText(0).contains(QStringLiteral("PRIMARY KEY(device, seq")));
        QVERIFY(!(*db.firstRow("SELECT 1 FROM sqlite_master WHERE name = "
                               "'records_by_device_seq'"))
                     .has_value());
        // The old table's pages were given back: nothing of the file is left free.
        QCOMPARE((*db.firstRow("PRAGMA freelist_count"))->columnInt(0), 0);
        for (std::uint64_t h = 0; h < blocks.size(); ++h)
            QCOMPARE(*migrated.store().blockRecords(h), blocks[h]);
        const auto page = *migrated.store().deviceRecords(deviceId(2), 0, UINT64_MAX, 0, 10);
        QCOMPARE(page.size(), pageOfB.size());
        for (std::size_t i = 0; i < page.size(); ++i) {
            QCOMPARE(page[i].height, pageOfB[i].height);
            QCOMPARE(page[i].index, pageOfB[i].index);
            QCOMPARE(page[i].bytes, pageOfB[i].bytes);
        }
        // A record at a position already taken is still refused.
        QVERIFY(!db.exec("INSERT INTO records VALUES(4, 0, x'00', x'00', 99, 0, 10)").ok());
        QCOMPARE(status(migrated, batteryBatch(deviceId(1), a, 3)), Admission::Accepted);
        QVERIFY(migrated.produceBlock(kStart + 9000).ok());
        QCOMPARE(migrated.store().blockRecords(5)->size(), std::size_t{1});
        // Leaves are kept from schema 3 on; older blocks' trees come from their records.
        QVERIFY(!migrated.store().recordLeaves(4)->has_value());
        QVERIFY(migrated.store().recordLeaves(5)->has_value());
        RecordsTreeCache trees(HashAlg::Sha256);
        for (std::uint64_t h = 1; h <= 5; ++h) {
            QCOMPARE((*trees.tree(migrated.store(), h))->root(),
                     migrated.store().header(h)->recordsRoot);
        }
    }

    void recordsTreesComeFromStoredLeaves()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("node.db"));
        Chain c;
        Ledger ledger = openLedger(path, c);
        const PrivateKey a = seeded("battery a"), b = seeded("battery b");
        QVERIFY(registerTwoBatteries(ledger, c, a, b));
        for (std::uint64_t seq = 0; seq < 3; ++seq) {
            QCOMPARE(status(ledger, batteryBatch(deviceId(1), a, seq)), Admission::Accepted);
            QCOMPARE(status(ledger, batteryBatch(deviceId(2), b, seq)), Admission::Accepted);
        }
        QVERIFY(ledger.produceBlock(kStart + 2000).ok());
        QVERIFY(ledger.produceBlock(kStart + 3000).ok());  // no records
        // A device's registration and first record in one batch: the record's key is known
        // only once the registration before it is admitted.
        const PrivateKey third = seeded("battery c");
        for (const Admission& admitted :
             ledger.submitBatch({c.registration(deviceId(3), third, AssetClass::Battery),
                                 batteryBatch(deviceId(3), third, 0)}))
            QCOMPARE(admitted.status, Admission::Accepted);
        QVERIFY(ledger.produceBlock(kStart + 4000).ok());
        NodeStore& store = ledger.store();

        // Each block keeps the leaf hashes of exactly its records, in order.
        const merkle::TreeHasher hasher(HashAlg::Sha256);
        for (std::uint64_t h = 0; h <= 4; ++h) {
            QByteArray expected;
            const auto records = *store.blockRecords(h);
            for (const QByteArray& r : records)
                expected += view(hasher.leafHash(r));
            QCOMPARE(**store.recordLeaves(h), expected);
        }
        QCOMPARE(store.recordLeaves(2)->value().size(), 6 * 32);

        // The trees are built from those leaves alone: records the node can no longer read
        // back do not change them.
        auto db = *store::Database::open(path);
        QVERIFY(db.exec("UPDATE records SET bytes = x'00' WHERE height = 2").ok());
        RecordsTreeCache trees(HashAlg::Sha256);
        for (std::uint64_t h = 1; h <= 4; ++h) {
            const auto tree = trees.tree(store, h);
            QVERIFY(tree.ok());
            QCOMPARE((*tree)->root(), store.header(h)->recordsRoot);
            QCOMPARE((*tree)->size(), std::uint64_t{store.header(h)->recordCount});
        }

        // Leaves that are not whole hashes are refused with the block named, not served.
        QVERIFY(db.exec("UPDATE record_leaves SET hashes = x'0102' WHERE height = 1").ok());
        const auto bad = RecordsTreeCache(HashAlg::Sha256).tree(store, 1);
        QVERIFY(!bad.ok());
        QCOMPARE(QByteArray(bad.error().code()), QByteArray("node.bad-leaves"));
        QVERIFY(bad.error().message().contains(QStringLiteral("block 1")));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
