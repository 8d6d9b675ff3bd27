// COSE_Sign1 of spec §7 with real keys of each algorithm: exact encoding, round trip, and
// rejection of a wrong kid, a wrong alg, an altered payload, an altered protected header
// and every structural deviation.

#include "cbor/decoder.h"
#include "cbor/writer.h"
#include "cose/sign1.h"
#include "support/test_data.h"

#include <QTest>

using namespace pp;
using namespace pp::crypto;
using namespace pp::cose;
using pp::test::hex;

Q_DECLARE_METATYPE(pp::crypto::SigAlg)

namespace {

const QByteArray kKid = hex("00112233445566778899aabbccddeeff");
const QByteArray kPayload = hex("a3010a025000112233445566778899aabbccddeeff0300");

PrivateKey generated(SigAlg alg)
{
    auto key = PrivateKey::generate(alg);
    if (!key)
        qFatal("keygen failed");
    return *key;
}

// Re-assembles a Sign1 from parts, for tampering.
QByteArray assemble(QByteArrayView prot, const cbor::Value& unprotected, const cbor::Value& payload,
                    QByteArrayView signature)
{
    cbor::Writer w;
    w.tag(kSign1Tag);
    w.beginArray(4);
    w.bytes(prot);
    w.value(unprotected);
    w.value(payload);
    w.bytes(signature);
    return std::move(w).data();
}

cbor::Value kidHeader(QByteArrayView kid)
{
    return cbor::Value::map({{cbor::Value::unsignedInt(4), cbor::Value::bytes(kid)}});
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

}  // namespace

class TestCose : public QObject
{
    Q_OBJECT

private slots:
    void sigStructureBytes()
    {
        // ["Signature1", h'a10127', h'', h'6869'] written out by hand.
        QCOMPARE(sigStructure(hex("a10127"), "hi"), hex("846a5369676e61747572653143a10127404268"
                                                        "69"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<SigAlg>("alg");
        QTest::addColumn<QByteArray>("protectedHeader");
        QTest::newRow("ed25519") << SigAlg::Ed25519 << hex("a10127");
        QTest::newRow("p256") << SigAlg::Es256 << hex("a10126");
        QTest::newRow("sm2") << SigAlg::Sm2 << hex("a1013a0001003f");
    }
    void roundTrip()
    {
        QFETCH(SigAlg, alg);
        QFETCH(QByteArray, protectedHeader);
        const PrivateKey key = generated(alg);
        const auto msg = sign1(kPayload, key, kKid);
        QVERIFY(msg.ok());
        // d2 84 <bstr protected> a1 04 50 <kid> <bstr payload> 58 40 <signature>
        const QByteArray prefix = hex("d284") + cbor::encode(cbor::Value::bytes(protectedHeader)) +
                                  hex("a10450") + kKid +
                                  cbor::encode(cbor::Value::bytes(kPayload)) + hex("5840");
        QVERIFY(msg->startsWith(prefix));
        QCOMPARE(msg->size(), prefix.size() + 64);

        const auto parsed = parseSign1(*msg);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message()));
        QCOMPARE(parsed->alg, alg);
        QCOMPARE(parsed->kid, kKid);
        QCOMPARE(parsed->payload, kPayload);
        QCOMPARE(parsed->protectedBytes, protectedHeader);
        QCOMPARE(code(verifySign1(*parsed, key.publicKey(), kKid)), "ok");
    }

    void rejectsWrongKid()
    {
        const PrivateKey key = generated(SigAlg::Ed25519);
        const auto parsed = parseSign1(*sign1(kPayload, key, kKid));
        QByteArray otherKid = kKid;
        otherKid[15] = 0;
        QCOMPARE(code(verifySign1(*parsed, key.publicKey(), otherKid)), "cose.wrong-kid");
    }

    void rejectsWrongAlg()
    {
        const PrivateKey ed = generated(SigAlg::Ed25519);
        const PrivateKey p256 = generated(SigAlg::Es256);
        const auto parsed = parseSign1(*sign1(kPayload, ed, kKid));
        QCOMPARE(code(verifySign1(*parsed, p256.publicKey(), kKid)), "cose.wrong-alg");
        // The protected header rewritten to claim ES256: neither key accepts it.
        const auto relabelled = parseSign1(assemble(
            hex("a10126"), kidHeader(kKid), cbor::Value::bytes(kPayload), parsed->signature));
        QVERIFY(relabelled.ok());
        QCOMPARE(code(verifySign1(*relabelled, ed.publicKey(), kKid)), "cose.wrong-alg");
        // As ES256 the Ed25519 bytes fail either the low-S rule or the verification.
        const QByteArray asP256 = code(verifySign1(*relabelled, p256.publicKey(), kKid));
        QVERIFY2(asP256 == "sig.invalid" || asP256 == "sig.high-s", asP256.constData());
    }

    void rejectsAlteredPayload()
    {
        for (SigAlg alg : {SigAlg::Ed25519, SigAlg::Es256, SigAlg::Sm2}) {
            const PrivateKey key = generated(alg);
            const auto parsed = parseSign1(*sign1(kPayload, key, kKid));
            Sign1 altered = *parsed;
            altered.payload[altered.payload.size() - 1] = 0x01;
            QCOMPARE(code(verifySign1(altered, key.publicKey(), kKid)), "sig.invalid");
        }
    }

    void rejectsAlteredProtectedHeader()
    {
        const PrivateKey key = generated(SigAlg::Ed25519);
        const auto parsed = parseSign1(*sign1(kPayload, key, kKid));
        const auto payload = cbor::Value::bytes(kPayload);
        // -8 written non-shortest: the same map, not the signed bytes; refused on parsing.
        QCOMPARE(code(parseSign1(
                     assemble(hex("a1013807"), kidHeader(kKid), payload, parsed->signature))),
                 "cbor.non-shortest");
        // An extra header parameter.
        QCOMPARE(code(parseSign1(
                     assemble(hex("a201270300"), kidHeader(kKid), payload, parsed->signature))),
                 "cose.protected");
        // Empty protected header.
        QCOMPARE(code(parseSign1(assemble(hex(""), kidHeader(kKid), payload, parsed->signature))),
                 "cbor.truncated");
        QCOMPARE(code(parseSign1(assemble(hex("a0"), kidHeader(kKid), payload, parsed->signature))),
                 "cose.protected");
        // An algorithm the protocol does not have (ES384).
        QCOMPARE(code(parseSign1(assemble(hex("a10138"
                                              "22"),
                                          kidHeader(kKid), payload, parsed->signature))),
                 "cose.unsupported-alg");
    }

    void rejectsStructure_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("code");
        const QByteArray sig(64, '\x01');
        const auto payload = cbor::Value::bytes(kPayload);
        const QByteArray good = assemble(hex("a10127"), kidHeader(kKid), payload, sig);
        QVERIFY(parseSign1(good).ok());
        QTest::newRow("untagged") << good.mid(1) << QByteArray("cose.not-sign1");
        QTest::newRow("tag 17 (COSE_Mac0)")
            << QByteArray(hex("d1") + good.mid(1)) << QByteArray("cbor.unknown-tag");
        QTest::newRow("three elements")
            << QByteArray(hex("d283") + good.mid(2, good.size() - 2 - 66))
            << QByteArray("cose.structure");
        QTest::newRow("trailing byte")
            << QByteArray(good + hex("00")) << QByteArray("cbor.trailing-bytes");
        QTest::newRow("short kid")
            << assemble(hex("a10127"), kidHeader(kKid.left(15)), payload, sig)
            << QByteArray("cose.unprotected");
        QTest::newRow("kid as text")
            << assemble(hex("a10127"),
                        cbor::Value::map({{cbor::Value::unsignedInt(4),
                                           cbor::Value::text(QStringLiteral("k"))}}),
                        payload, sig)
            << QByteArray("cose.unprotected");
        QTest::newRow("extra unprotected")
            << assemble(hex("a10127"),
                        cbor::Value::map({{cbor::Value::unsignedInt(4), cbor::Value::bytes(kKid)},
                                          {cbor::Value::unsignedInt(5), cbor::Value::bytes(kKid)}}),
                        payload, sig)
            << QByteArray("cose.unprotected");
        QTest::newRow("detached payload")
            << assemble(hex("a10127"), kidHeader(kKid), cbor::Value::null(), sig)
            << QByteArray("cose.payload");
        QTest::newRow("63-byte signature")
            << assemble(hex("a10127"), kidHeader(kKid), payload, sig.left(63))
            << QByteArray("cose.signature");
    }
    void rejectsStructure()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, code);
        const auto parsed = parseSign1(message);
        QVERIFY(!parsed.ok());
        QCOMPARE(QByteArray(parsed.error().code()), code);
        QVERIFY(parsed.error().message().startsWith(u"COSE_Sign1"));
    }
};

QTEST_GUILESS_MAIN(TestCose)
#include "tst_cose.moc"
