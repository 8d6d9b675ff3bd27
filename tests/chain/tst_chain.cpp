// The chain's structures (spec §4-6): header layout and hash links, validator sets,
// the genesis document and chain_id, commits and the vote message, with real keys of
// every algorithm.

#include "cbor/decoder.h"
#include "cbor/writer.h"
#include "chain/commit.h"
#include "chain/genesis.h"
#include "chain/header.h"
#include "chain/validator_set.h"
#include "crypto/private_key.h"
#include "support/test_data.h"

#include <QTest>

using namespace pp;
using namespace pp::chain;
using crypto::HashAlg;
using crypto::PrivateKey;
using crypto::SigAlg;
using pp::test::hex;

namespace {

PrivateKey generated(SigAlg alg)
{
    auto key = PrivateKey::generate(alg);
    if (!key)
        qFatal("keygen failed");
    return *key;
}

Digest filled(std::uint8_t b)
{
    Digest d{};
    d.fill(b);
    return d;
}

QByteArray code(const Status& st)
{
    return st.ok() ? QByteArray("ok") : QByteArray(st.error().code());
}

template <typename T>
QByteArray code(const Result<T>& r)
{
    return r.ok() ? QByteArray("ok") : QByteArray(r.error().code());
}

// Validators with their private keys, for signing commits.
struct Network
{
    std::vector<PrivateKey> keys;
    ValidatorSet set;

    static Network make(const std::vector<std::pair<SigAlg, std::uint64_t>>& spec, HashAlg h)
    {
        std::vector<PrivateKey> keys;
        std::vector<Validator> validators;
        for (std::size_t i = 0; i < spec.size(); ++i) {
            keys.push_back(generated(spec[i].first));
            validators.push_back(
                {QStringLiteral("validator-%1").arg(i), keys.back().publicKey(), spec[i].second});
        }
        auto set = ValidatorSet::create(std::move(validators), h);
        if (!set)
            qFatal("%s", qPrintable(set.error().message()));
        return {std::move(keys), std::move(*set)};
    }

    Commit commit(const Header& header, HashAlg h, const std::vector<std::uint64_t>& signers) const
    {
        Commit c{header.height, header.hash(h), {}};
        const QByteArray msg = voteMessage(header.chainId, header.height, c.headerHash);
        for (std::uint64_t i : signers)
            c.votes.push_back({i, *keys[i].sign(msg)});
        return c;
    }
};

Header sampleHeader(const ValidatorSet& set)
{
    Header h;
    h.chainId = filled(0xc1);
    h.height = 0x0102030405060708ULL;
    h.timeMs = 1767225600000ULL;
    h.prevHash = filled(0xa1);
    h.historyRoot = filled(0xa2);
    h.recordsRoot = filled(0xa3);
    h.recordCount = 0x0a0b0c0d;
    h.validatorsHash = set.hash();
    h.nextValidatorsHash = filled(0xa5);
    return h;
}

}  // namespace

class TestChain : public QObject
{
    Q_OBJECT

private slots:
    void headerLayout()
    {
        const Network net = Network::make({{SigAlg::Ed25519, 1}}, HashAlg::Sha256);
        const Header h = sampleHeader(net.set);
        const QByteArray bytes = h.encode();
        QCOMPARE(bytes.size(), 214);
        QCOMPARE(bytes.mid(0, 2), hex("0001"));
        QCOMPARE(bytes.mid(2, 32), QByteArray(32, '\xc1'));
        QCOMPARE(bytes.mid(34, 8), hex("0102030405060708"));
        QCOMPARE(bytes.mid(42, 8), hex("0000019b76daa800"));
        QCOMPARE(bytes.mid(50, 32), QByteArray(32, '\xa1'));
        QCOMPARE(bytes.mid(82, 32), QByteArray(32, '\xa2'));
        QCOMPARE(bytes.mid(114, 32), QByteArray(32, '\xa3'));
        QCOMPARE(bytes.mid(146, 4), hex("0a0b0c0d"));
        QCOMPARE(bytes.mid(150, 32), toByteArray(net.set.hash()));
        QCOMPARE(bytes.mid(182, 32), QByteArray(32, '\xa5'));
        const auto back = Header::decode(bytes);
        QVERIFY(back.ok());
        QVERIFY(*back == h);
        QCOMPARE(h.hash(HashAlg::Sm3), crypto::hash(HashAlg::Sm3, bytes));

        QCOMPARE(code(Header::decode(bytes.left(213))), "header.size");
        QCOMPARE(code(Header::decode(QByteArray(bytes + '\0'))), "header.size");
        QByteArray v2 = bytes;
        v2[1] = 2;
        QCOMPARE(code(Header::decode(v2)), "header.version");
    }

    void headerLinks()
    {
        const Network net = Network::make({{SigAlg::Ed25519, 1}}, HashAlg::Sha256);
        Header prev = sampleHeader(net.set);
        prev.height = 9;
        const Digest prevHash = prev.hash(HashAlg::Sha256);
        Header next = prev;
        next.height = 10;
        next.timeMs = prev.timeMs + 1;
        next.prevHash = prevHash;
        next.validatorsHash = prev.nextValidatorsHash;
        QCOMPARE(code(checkLink(prev, prevHash, next)), "ok");

        Header bad = next;
        bad.height = 11;
        QCOMPARE(code(checkLink(prev, prevHash, bad)), "header.height");
        bad = next;
        bad.chainId = filled(0);
        QCOMPARE(code(checkLink(prev, prevHash, bad)), "header.chain-id");
        bad = next;
        bad.prevHash = filled(0);
        QCOMPARE(code(checkLink(prev, prevHash, bad)), "header.prev-hash");
        bad = next;
        bad.timeMs = prev.timeMs;
        QCOMPARE(code(checkLink(prev, prevHash, bad)), "header.time");
        bad = next;
        bad.validatorsHash = prev.validatorsHash;
        const Status st = checkLink(prev, prevHash, bad);
        QCOMPARE(code(st), "header.validators");
        QVERIFY(st.error().message().contains(u"height 10"));
        // No overflow at the top of the range.
        prev.height = UINT64_MAX;
        next.height = 0;
        QCOMPARE(code(checkLink(prev, prevHash, next)), "header.height");
    }

    void validatorSets()
    {
        const Network mixed = Network::make(
            {{SigAlg::Ed25519, 10}, {SigAlg::Es256, 20}, {SigAlg::Sm2, 30}}, HashAlg::Sm3);
        QCOMPARE(mixed.set.totalPower(), std::uint64_t{60});
        QCOMPARE(mixed.set.hash(), crypto::hash(HashAlg::Sm3, mixed.set.encoded()));
        const auto back = ValidatorSet::decode(mixed.set.encoded(), HashAlg::Sm3);
        QVERIFY(back.ok());
        QCOMPARE(back->encoded(), mixed.set.encoded());
        QCOMPARE(back->at(2).name, u"validator-2");
        QVERIFY(back->at(2).key == mixed.keys[2].publicKey());

        // SM2 is a gm algorithm: the same set is refused on an intl chain.
        QCOMPARE(code(ValidatorSet::decode(mixed.set.encoded(), HashAlg::Sha256)),
                 "chain.validator-set");
        const crypto::PublicKey k = mixed.keys[0].publicKey();
        QCOMPARE(code(ValidatorSet::create({}, HashAlg::Sha256)), "chain.validator-set");
        QCOMPARE(code(ValidatorSet::create({{QStringLiteral("v"), k, 0}}, HashAlg::Sha256)),
                 "chain.validator-set");
        const std::uint64_t half = ValidatorSet::kMaxTotalPower / 2;
        QCOMPARE(
            code(ValidatorSet::create(
                {{QStringLiteral("a"), k, half}, {QStringLiteral("b"), k, half}}, HashAlg::Sha256)),
            "chain.validator-set");
        QCOMPARE(code(ValidatorSet::create(
                     {{QStringLiteral("a"), k, half}, {QStringLiteral("b"), k, half - 1}},
                     HashAlg::Sha256)),
                 "ok");
        QCOMPARE(code(ValidatorSet::decode(hex("a0"), HashAlg::Sha256)), "chain.validator-set");
        QCOMPARE(code(ValidatorSet::decode(hex("818201020"
                                               "3"),
                                           HashAlg::Sha256)),
                 "cbor.trailing-bytes");
        QCOMPARE(code(ValidatorSet::decode(hex("8183616101"), HashAlg::Sha256)), "cbor.truncated");
    }

    void genesisDocument()
    {
        const Network net = Network::make({{SigAlg::Sm2, 1}, {SigAlg::Ed25519, 1}}, HashAlg::Sm3);
        const PrivateKey registrar = generated(SigAlg::Sm2);
        auto g = Genesis::create({QStringLiteral("苏州光伏 devnet"),
                                  HashAlg::Sm3,
                                  1767225600000ULL,
                                  net.set,
                                  {{QStringLiteral("registrar"), registrar.publicKey()}},
                                  2000});
        QVERIFY(g.ok());
        QCOMPARE(g->chainId(), crypto::hash(HashAlg::Sm3, g->encoded()));
        QVERIFY(
            g->encoded().startsWith(hex("a7016c706f77657270726f6f662f31")));  // {1: "powerproof/1"

        const auto back = Genesis::decode(g->encoded());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message()));
        QCOMPARE(back->chainId(), g->chainId());
        QCOMPARE(back->fields().name, u"苏州光伏 devnet");
        QCOMPARE(back->validators().hash(), net.set.hash());
        QCOMPARE(back->registrars().size(), std::size_t{1});

        const Header zero = back->blockZero();
        QCOMPARE(zero.height, std::uint64_t{0});
        QCOMPARE(zero.chainId, g->chainId());
        QCOMPARE(zero.prevHash, Digest{});
        QCOMPARE(zero.historyRoot, crypto::hash(HashAlg::Sm3, {}));
        QCOMPARE(zero.recordsRoot, crypto::hash(HashAlg::Sm3, {}));
        QCOMPARE(zero.validatorsHash, net.set.hash());
        QCOMPARE(zero.nextValidatorsHash, net.set.hash());
        QCOMPARE(zero.timeMs, 1767225600000ULL);

        // An SM2 registrar is refused on an intl chain.
        const Network intl = Network::make({{SigAlg::Ed25519, 1}}, HashAlg::Sha256);
        QCOMPARE(code(Genesis::create({QStringLiteral("x"),
                                       HashAlg::Sha256,
                                       1,
                                       intl.set,
                                       {{QStringLiteral("r"), registrar.publicKey()}},
                                       1000})),
                 "chain.genesis");
    }

    void genesisRejections()
    {
        const Network net = Network::make({{SigAlg::Ed25519, 1}}, HashAlg::Sha256);
        const auto g =
            *Genesis::create({QStringLiteral("x"), HashAlg::Sha256, 1, net.set, {}, 1000});
        const auto rewrite = [&](std::int64_t key, const cbor::Value& v) {
            auto value = *cbor::decode(g.encoded());
            std::vector<std::pair<cbor::Value, cbor::Value>> entries;
            for (std::size_t i = 0; i < value.size(); ++i) {
                if (value.keyAt(i).toInt64() != key)
                    entries.emplace_back(value.keyAt(i), value.valueAt(i));
            }
            if (!(v == cbor::Value::null()))
                entries.emplace_back(cbor::Value::integer(key), v);
            return cbor::encode(cbor::Value::map(std::move(entries)));
        };
        QCOMPARE(code(Genesis::decode(rewrite(8, cbor::Value::unsignedInt(1)))),
                 "cbor.unknown-key");
        QCOMPARE(
            code(Genesis::decode(rewrite(1, cbor::Value::text(QStringLiteral("powerproof/2"))))),
            "cbor.field");
        QCOMPARE(code(Genesis::decode(rewrite(3, cbor::Value::text(QStringLiteral("sha-512"))))),
                 "cbor.field");
        QCOMPARE(code(Genesis::decode(rewrite(4, cbor::Value::integer(-1)))), "cbor.field");
        QCOMPARE(code(Genesis::decode(rewrite(7, cbor::Value::null()))), "cbor.missing-key");
        QCOMPARE(
            code(Genesis::decode(rewrite(6, cbor::Value::array({cbor::Value::unsignedInt(1)})))),
            "cbor.field");
        QCOMPARE(code(Genesis::decode(g.encoded().left(g.encoded().size() - 1))), "cbor.truncated");
        QCOMPARE(code(Genesis::decode(hex("80"))), "cbor.structure");
    }

    void voteMessageLayout()
    {
        const QByteArray m = voteMessage(filled(0x11), 258, filled(0x22));
        QCOMPARE(m, QByteArray(QByteArray("powerproof/vote/1") + QByteArray(1, '\0') +
                               QByteArray(32, '\x11') + hex("0000000000000102") +
                               QByteArray(32, '\x22')));
    }

    void commitQuorum()
    {
        const HashAlg h = HashAlg::Sha256;
        const Network net = Network::make(
            {{SigAlg::Ed25519, 1}, {SigAlg::Es256, 1}, {SigAlg::Ed25519, 1}, {SigAlg::Es256, 1}},
            h);
        const Header header = sampleHeader(net.set);
        const Digest hh = header.hash(h);
        const auto three = verifyCommit(net.commit(header, h, {0, 2, 3}), header, hh, net.set);
        QVERIFY(three.ok());
        QCOMPARE(three->signers, (std::vector<std::uint64_t>{0, 2, 3}));
        QCOMPARE(three->signedPower, std::uint64_t{3});
        // 2 of 4 is not more than two thirds.
        QCOMPARE(code(verifyCommit(net.commit(header, h, {1, 3}), header, hh, net.set)),
                 "commit.quorum");
        QCOMPARE(code(verifyCommit(net.commit(header, h, {}), header, hh, net.set)),
                 "commit.quorum");
        // One bad signature spoils a commit that has quorum without it.
        Commit spoiled = net.commit(header, h, {0, 1, 2, 3});
        spoiled.votes[1].signature[5] = static_cast<char>(spoiled.votes[1].signature[5] ^ 1);
        const auto bad = verifyCommit(spoiled, header, hh, net.set);
        QCOMPARE(code(bad), "commit.bad-signature");
        QVERIFY(bad.error().message().contains(u"validator 1 (validator-1)"));
        // A signature by validator 0 filed under index 2.
        Commit swapped = net.commit(header, h, {0, 1, 2});
        swapped.votes[2].signature = swapped.votes[0].signature;
        QCOMPARE(code(verifyCommit(swapped, header, hh, net.set)), "commit.bad-signature");
        Commit unknown = net.commit(header, h, {0, 1, 2});
        unknown.votes[2].index = 4;
        QCOMPARE(code(verifyCommit(unknown, header, hh, net.set)), "commit.index");
        // The commit of another header, or under another set.
        Header other = header;
        other.timeMs += 1;
        QCOMPARE(
            code(verifyCommit(net.commit(header, h, {0, 1, 2}), other, other.hash(h), net.set)),
            "commit.mismatch");
        const Network stranger = Network::make({{SigAlg::Ed25519, 1}}, h);
        QCOMPARE(code(verifyCommit(net.commit(header, h, {0, 1, 2}), header, hh, stranger.set)),
                 "commit.wrong-set");
    }

    void weightedPowerAndMixedAlgorithms()
    {
        const HashAlg h = HashAlg::Sm3;
        const Network net = Network::make(
            {{SigAlg::Sm2, 10}, {SigAlg::Ed25519, 1}, {SigAlg::Es256, 1}, {SigAlg::Sm2, 1}}, h);
        Header header = sampleHeader(net.set);
        const Digest hh = header.hash(h);
        QCOMPARE(code(verifyCommit(net.commit(header, h, {0}), header, hh, net.set)),
                 "ok");  // 30 > 26
        QCOMPARE(code(verifyCommit(net.commit(header, h, {1, 2, 3}), header, hh, net.set)),
                 "commit.quorum");
        QCOMPARE(code(verifyCommit(net.commit(header, h, {0, 1, 2, 3}), header, hh, net.set)),
                 "ok");
    }

    void commitEncoding()
    {
        const HashAlg h = HashAlg::Sha256;
        const Network net = Network::make({{SigAlg::Ed25519, 1}, {SigAlg::Ed25519, 1}}, h);
        const Header header = sampleHeader(net.set);
        const Commit c = net.commit(header, h, {0, 1});
        const auto back = Commit::decode(c.encode());
        QVERIFY(back.ok());
        QCOMPARE(back->encode(), c.encode());
        QVERIFY(c.encode().startsWith(hex("a3011b0102030405060708025820")));

        const auto encodeWith = [&](const std::vector<Vote>& votes) {
            Commit copy = c;
            copy.votes = votes;
            return copy.encode();
        };
        QCOMPARE(code(Commit::decode(encodeWith({c.votes[1], c.votes[0]}))), "cbor.field");
        QCOMPARE(code(Commit::decode(encodeWith({c.votes[0], c.votes[0]}))), "cbor.field");
        QCOMPARE(code(Commit::decode(encodeWith({{0, c.votes[0].signature.left(63)}}))),
                 "cbor.field");
        cbor::Writer extra;
        extra.beginMap(4);
        extra.unsignedInt(1);
        extra.unsignedInt(1);
        extra.unsignedInt(2);
        extra.bytes(QByteArray(32, 'h'));
        extra.unsignedInt(3);
        extra.beginArray(0);
        extra.unsignedInt(4);
        extra.unsignedInt(0);
        QCOMPARE(code(Commit::decode(extra.data())), "cbor.unknown-key");
    }
};

QTEST_GUILESS_MAIN(TestChain)
#include "tst_chain.moc"
