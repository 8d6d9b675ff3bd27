// Keys and signatures through our API with real OpenSSL: generation, signing, PEM
// storage (plain and encrypted), the CBOR key form and key id, refusal of bad keys, the
// raw r||s <-> DER conversion and the low-S form of our own ECDSA signatures.

#include "cbor/decoder.h"
#include "cbor/writer.h"
#include "crypto/ecdsa_signature.h"
#include "crypto/private_key.h"
#include "crypto/public_key.h"
#include "support/test_data.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace pp;
using namespace pp::crypto;
using pp::test::hex;

Q_DECLARE_METATYPE(pp::crypto::SigAlg)

namespace {

PrivateKey generated(SigAlg alg)
{
    auto key = PrivateKey::generate(alg);
    if (!key)
        qFatal("keygen failed: %s", qPrintable(key.error().message()));
    return *key;
}

void addAlgorithms()
{
    QTest::addColumn<SigAlg>("alg");
    QTest::newRow("ed25519") << SigAlg::Ed25519;
    QTest::newRow("p256") << SigAlg::Es256;
    QTest::newRow("sm2") << SigAlg::Sm2;
}

}  // namespace

class TestKeys : public QObject
{
    Q_OBJECT

private slots:
    void algorithmIds()
    {
        QCOMPARE(coseId(SigAlg::Ed25519), -8);
        QCOMPARE(coseId(SigAlg::Es256), -7);
        QCOMPARE(coseId(SigAlg::Sm2), -65600);
        QCOMPARE(sigAlgFromCoseId(-65600), SigAlg::Sm2);
        QVERIFY(!sigAlgFromCoseId(-35).has_value());  // ES384: not in the protocol
        QCOMPARE(sigAlgFromName(u"p256"), SigAlg::Es256);
        QVERIFY(!sigAlgFromName(u"rsa").has_value());
    }

    void signVerifyRoundTrip_data() { addAlgorithms(); }
    void signVerifyRoundTrip()
    {
        QFETCH(SigAlg, alg);
        const PrivateKey key = generated(alg);
        QCOMPARE(key.alg(), alg);
        QCOMPARE(key.publicKey().raw().size(), publicKeySize(alg));
        const QByteArray msg = "powerproof/vote/1";
        const auto sig = key.sign(msg);
        QVERIFY(sig.ok());
        QCOMPARE(sig->size(), kSignatureSize);
        QVERIFY(key.publicKey().verify(msg, *sig).ok());
        // A key re-parsed from its raw form verifies too (what a light node holds).
        const auto reparsed = PublicKey::fromRaw(alg, key.publicKey().raw());
        QVERIFY(reparsed.ok());
        QVERIFY(reparsed->verify(msg, *sig).ok());

        QVERIFY(!reparsed->verify("powerproof/vote/2", *sig).ok());
        for (int byte : {0, 31, 32, 63}) {
            QByteArray bad = *sig;
            bad[byte] = static_cast<char>(bad[byte] ^ 0x80);
            const Status st = reparsed->verify(msg, bad);
            QVERIFY(!st.ok());
        }
        const Status shortSig = reparsed->verify(msg, sig->left(63));
        QVERIFY(!shortSig.ok());
        QCOMPARE(QByteArray(shortSig.error().code()), "sig.length");
        // Another key of the same algorithm does not verify it.
        QVERIFY(!generated(alg).publicKey().verify(msg, *sig).ok());
    }

    // Each thread keeps the verification contexts of the keys it used last (public_key.cpp):
    // a verdict must not depend on what a context judged before, nor on which key came
    // before, nor on what other threads verify at the same time, nor on a context having
    // been evicted by other keys and prepared again.
    void keptContextsJudgeEachSignatureAfresh_data() { addAlgorithms(); }
    void keptContextsJudgeEachSignatureAfresh()
    {
        QFETCH(SigAlg, alg);
        const PrivateKey a = generated(alg), b = generated(alg);
        const QByteArray msg = "powerproof/record";
        const QByteArray sigA = *a.sign(msg), sigB = *b.sign(msg);
        QByteArray flipped = sigA;
        flipped[40] = static_cast<char>(flipped[40] ^ 0x01);
        const PublicKey& ka = a.publicKey();
        const PublicKey& kb = b.publicKey();
        // What each verification must say, in an order that reuses a's context after a
        // failure, after a success, and after b's context replaced it.
        const auto verdicts = [&] {
            return std::vector<bool>{ka.verify(msg, sigA).ok(), ka.verify(msg, flipped).ok(),
                                     ka.verify(msg, sigA).ok(), ka.verify("other", sigA).ok(),
                                     ka.verify(msg, sigB).ok(), kb.verify(msg, sigB).ok(),
                                     kb.verify(msg, sigA).ok(), ka.verify(msg, sigA).ok()};
        };
        const std::vector<bool> expected{true, false, true, false, false, true, false, true};
        QCOMPARE(verdicts(), expected);

        std::atomic<int> wrong = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 25; ++i)
                    wrong += verdicts() != expected;
            });
        }
        for (auto& t : threads)
            t.join();
        QCOMPARE(wrong.load(), 0);

        // More keys in turn than a thread keeps contexts for, twice round.
        std::vector<PrivateKey> many;
        std::vector<QByteArray> sigs;
        for (int i = 0; i < 70; ++i) {
            many.push_back(generated(alg));
            sigs.push_back(*many.back().sign(msg));
        }
        for (int round = 0; round < 2; ++round) {
            for (std::size_t i = 0; i < many.size(); ++i) {
                QVERIFY(many[i].publicKey().verify(msg, sigs[i]).ok());
                QVERIFY(!many[i].publicKey().verify(msg, sigs[(i + 1) % sigs.size()]).ok());
            }
        }
    }

    void seededKeys_data() { addAlgorithms(); }
    void seededKeys()
    {
        QFETCH(SigAlg, alg);
        const auto a = PrivateKey::fromSeed(alg, "devnet seed 42 / validator 0");
        const auto b = PrivateKey::fromSeed(alg, "devnet seed 42 / validator 0");
        const auto c = PrivateKey::fromSeed(alg, "devnet seed 42 / validator 1");
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message()));
        QVERIFY(b.ok() && c.ok());
        QCOMPARE(a->alg(), alg);
        QVERIFY(a->publicKey() == b->publicKey());  // same seed, same key
        QVERIFY(!(a->publicKey() == c->publicKey()));
        // A working key in the default context, not tied to the temporary one.
        const QByteArray msg = "commit";
        QVERIFY(b->publicKey().verify(msg, *a->sign(msg)).ok());
        QVERIFY(PublicKey::fromRaw(alg, a->publicKey().raw()).ok());
    }

    void ecdsaSignaturesAreLowS()
    {
        const PrivateKey key = generated(SigAlg::Es256);
        int wouldHaveBeenHigh = 0;
        for (int i = 0; i < 64; ++i) {
            const QByteArray msg = QByteArray::number(i);
            const QByteArray sig = *key.sign(msg);
            QVERIFY(!isHighS(sig));
            // Its twin (r, n - s) is the same ECDSA signature in high-S form.
            QByteArray twin = sig;
            const QByteArray s = sig.right(32);
            const QByteArray n =
                hex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
            int borrow = 0;
            for (int b = 31; b >= 0; --b) {
                int d =
                    static_cast<unsigned char>(n[b]) - static_cast<unsigned char>(s[b]) - borrow;
                borrow = d < 0;
                twin[32 + b] = static_cast<char>(d + (borrow << 8));
            }
            if (isHighS(twin)) {
                ++wouldHaveBeenHigh;
                const Status st = key.publicKey().verify(msg, twin);
                QVERIFY(!st.ok());
                QCOMPARE(QByteArray(st.error().code()), "sig.high-s");
                QByteArray back = twin;
                normalizeLowS(back);
                QCOMPARE(back, sig);
            }
        }
        QVERIFY(wouldHaveBeenHigh > 0);
    }

    void pemRoundTrip_data() { addAlgorithms(); }
    void pemRoundTrip()
    {
        QFETCH(SigAlg, alg);
        const PrivateKey key = generated(alg);
        const auto pem = key.toPem();
        QVERIFY(pem.ok());
        QVERIFY(pem->startsWith("-----BEGIN PRIVATE KEY-----"));
        const auto loaded = PrivateKey::fromPem(*pem);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message()));
        QCOMPARE(loaded->alg(), alg);
        QVERIFY(loaded->publicKey() == key.publicKey());
        QVERIFY(key.publicKey().verify("x", *loaded->sign("x")).ok());
    }

    void encryptedPem()
    {
        const PrivateKey key = generated(SigAlg::Sm2);
        const auto pem = key.toPem("correct horse");
        QVERIFY(pem.ok());
        QVERIFY(pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(!pem->contains(*key.toPem()));

        const auto loaded = PrivateKey::fromPem(*pem, "correct horse");
        QVERIFY(loaded.ok());
        QVERIFY(loaded->publicKey() == key.publicKey());

        const auto wrong = PrivateKey::fromPem(*pem, "wrong horse");
        QVERIFY(!wrong.ok());
        QCOMPARE(QByteArray(wrong.error().code()), "key.wrong-passphrase");
        const auto missing = PrivateKey::fromPem(*pem);
        QVERIFY(!missing.ok());
        QCOMPARE(QByteArray(missing.error().code()), "key.passphrase-needed");
    }

    void malformedPem()
    {
        for (const QByteArray& junk :
             {QByteArray(), QByteArray("not a key"),
              QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")}) {
            const auto key = PrivateKey::fromPem(junk);
            QVERIFY(!key.ok());
            QCOMPARE(QByteArray(key.error().code()), "key.malformed");
        }
        // An RSA key is well-formed PEM but not a protocol algorithm.
        const QByteArray rsa = pp::test::readFile(QFINDTESTDATA("data/rsa_key.pem"));
        const auto key = PrivateKey::fromPem(rsa);
        QVERIFY(!key.ok());
        QCOMPARE(QByteArray(key.error().code()), "key.unsupported-alg");
    }

    void cborKeyAndKeyId_data() { addAlgorithms(); }
    void cborKeyAndKeyId()
    {
        QFETCH(SigAlg, alg);
        const PublicKey pub = generated(alg).publicKey();
        // [alg, pub] written out by hand.
        cbor::Writer w;
        w.beginArray(2);
        w.integer(coseId(alg));
        w.bytes(pub.raw());
        QCOMPARE(pub.cborBytes(), w.data());
        QCOMPARE(cbor::encode(pub.toCbor()), w.data());
        for (HashAlg h : {HashAlg::Sha256, HashAlg::Sm3})
            QCOMPARE(pub.keyId(h), toByteArray(hash(h, w.data())).left(16));
        QVERIFY(pub.keyId(HashAlg::Sha256) != pub.keyId(HashAlg::Sm3));

        const auto decoded = cbor::decode(pub.cborBytes());
        QVERIFY(decoded.ok());
        const auto back = PublicKey::fromCbor(*decoded);
        QVERIFY(back.ok());
        QVERIFY(*back == pub);
    }

    void knownKeyId()
    {
        // RFC 8032 test 1 public key; its key ids computed independently (Python's hashlib),
        // as in the worked example of docs/protocol.md.
        const auto pub = PublicKey::fromRaw(
            SigAlg::Ed25519,
            hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        QVERIFY(pub.ok());
        QCOMPARE(pub->cborBytes(),
                 hex("82275820d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        QCOMPARE(toHex(pub->keyId(HashAlg::Sha256)),
                 QStringLiteral("94ec432b07036f89044f78db348bc702"));
        QCOMPARE(toHex(pub->keyId(HashAlg::Sm3)),
                 QStringLiteral("f9e28ca9dfb6971a3fa6389bd222df66"));
    }

    void badPublicKeys()
    {
        const PublicKey p256 = generated(SigAlg::Es256).publicKey();
        QByteArray offCurve = p256.raw();
        offCurve[64] = static_cast<char>(offCurve[64] ^ 1);
        const auto rejected = PublicKey::fromRaw(SigAlg::Es256, offCurve);
        QVERIFY(!rejected.ok());
        QCOMPARE(QByteArray(rejected.error().code()), "key.malformed");

        QByteArray compressedPrefix = p256.raw();
        compressedPrefix[0] = 0x02;
        QVERIFY(!PublicKey::fromRaw(SigAlg::Es256, compressedPrefix).ok());
        QVERIFY(!PublicKey::fromRaw(SigAlg::Es256, p256.raw().left(64)).ok());
        // A P-256 point is not an SM2 point.
        QVERIFY(!PublicKey::fromRaw(SigAlg::Sm2, p256.raw()).ok());
        QVERIFY(!PublicKey::fromRaw(SigAlg::Ed25519, QByteArray(31, 'a')).ok());

        // CBOR forms that are not [alg, pub].
        const auto notArray = PublicKey::fromCbor(cbor::Value::unsignedInt(1));
        QCOMPARE(QByteArray(notArray.error().code()), "key.malformed");
        const auto unknownAlg = PublicKey::fromCbor(
            cbor::Value::array({cbor::Value::integer(-35), cbor::Value::bytes(p256.raw())}));
        QCOMPARE(QByteArray(unknownAlg.error().code()), "key.unsupported-alg");
        const auto wrongLength = PublicKey::fromCbor(
            cbor::Value::array({cbor::Value::integer(-8), cbor::Value::bytes(p256.raw())}));
        QCOMPARE(QByteArray(wrongLength.error().code()), "key.malformed");
    }

    void derConversion_data()
    {
        QTest::addColumn<QByteArray>("der");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("minimal") << hex("3006020101020102") << true;
        QTest::newRow("high bit padded")
            << QByteArray(hex("3026022100") + QByteArray(32, '\x80') + hex("020101")) << true;
        QTest::newRow("high bit unpadded (negative)")
            << QByteArray(hex("30250220") + QByteArray(32, '\x80') + hex("020101")) << false;
        QTest::newRow("needless zero") << hex("300702020001020101") << false;
        QTest::newRow("33 significant bytes")
            << QByteArray(hex("30260221") + QByteArray(33, '\x11') + hex("020101")) << false;
        QTest::newRow("long-form length") << hex("308106020101020101") << false;
        QTest::newRow("trailing byte") << hex("300602010102010100") << false;
        QTest::newRow("trailing inside") << hex("300702010102010100") << false;
        QTest::newRow("empty integer") << hex("30050200020101") << false;
        QTest::newRow("not a sequence") << hex("3106020101020101") << false;
        QTest::newRow("truncated") << hex("3006020101") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void derConversion()
    {
        QFETCH(QByteArray, der);
        QFETCH(bool, accepted);
        const auto raw = derSignatureToRaw(der);
        QCOMPARE(raw.has_value(), accepted);
        if (accepted) {
            QCOMPARE(raw->size(), 64);
            QCOMPARE(rawSignatureToDer(*raw), der);  // minimal DER round-trips exactly
        }
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
