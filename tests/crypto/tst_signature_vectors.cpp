// Every case of the shared signature vectors through our PublicKey API: Wycheproof
// Ed25519, ECDSA P-256 in P1363 (raw r||s) and DER form (through our strict DER -> r||s
// conversion), OpenSSL's SM2 verification recipes and the GM/T 0003.5 Annex A example.
//
// The protocol's low-S rule (spec §1) rejects an ECDSA signature with s > n/2 even where
// Wycheproof calls it valid: those cases are asserted to fail with "sig.high-s".

#include "crypto/ecdsa_signature.h"
#include "crypto/private_key.h"
#include "crypto/public_key.h"
#include "support/test_data.h"

#include <QJsonArray>
#include <QTest>

using namespace pp;
using namespace pp::crypto;
using pp::test::hex;

namespace {

QJsonObject wycheproof(const char* file)
{
    return pp::test::readJson(pp::test::sharedPath(
        QStringLiteral("vectors/wycheproof/testvectors_v1/") + QString::fromLatin1(file)));
}

struct Tally
{
    int accepted = 0, rejected = 0, highSRejected = 0;
    int total() const { return accepted + rejected; }
};

enum class SignatureForm { Raw, Der };

// Runs every test of an ECDSA P-256 file; `form` says how the file encodes signatures.
Tally runEcdsaFile(const char* file, SignatureForm form)
{
    Tally tally;
    const QJsonObject doc = wycheproof(file);
    for (const auto groupValue : doc.value(u"testGroups").toArray()) {
        const QJsonObject group = groupValue.toObject();
        const auto key = PublicKey::fromRaw(
            SigAlg::Es256,
            hex(group.value(u"publicKey").toObject().value(u"uncompressed").toString()));
        if (!key)
            qFatal("Wycheproof P-256 key rejected: %s", qPrintable(key.error().message()));
        for (const auto testValue : group.value(u"tests").toArray()) {
            const QJsonObject t = testValue.toObject();
            const QString id = QStringLiteral("%1 tcId %2")
                                   .arg(QString::fromLatin1(file))
                                   .arg(t.value(u"tcId").toInt());
            const QByteArray msg = hex(t.value(u"msg").toString());
            const QByteArray sig = hex(t.value(u"sig").toString());
            const bool wycheproofValid = t.value(u"result").toString() == u"valid";

            QByteArray raw = sig;
            if (form == SignatureForm::Der) {
                const auto converted = derSignatureToRaw(sig);
                if (!converted) {
                    // Not strict DER, or r/s wider than 32 bytes: must be an invalid case.
                    if (wycheproofValid)
                        qFatal("%s: valid DER signature refused by the converter", qPrintable(id));
                    ++tally.rejected;
                    continue;
                }
                raw = *converted;
            }
            const Status st = key->verify(msg, raw);
            const bool highS = raw.size() == kSignatureSize && isHighS(raw);
            const bool expected = wycheproofValid && !highS;
            if (st.ok() != expected) {
                qFatal("%s: expected %s, got %s", qPrintable(id), expected ? "accept" : "reject",
                       st.ok() ? "accept" : qPrintable(st.error().message()));
            }
            if (wycheproofValid && highS) {
                if (QByteArray(st.error().code()) != "sig.high-s")
                    qFatal("%s: high-S rejected for the wrong reason", qPrintable(id));
                ++tally.highSRejected;
            }
            (st.ok() ? tally.accepted : tally.rejected)++;
        }
    }
    if (tally.total() != doc.value(u"numberOfTests").toInt())
        qFatal("%s: ran %d of %d cases", file, tally.total(), doc.value(u"numberOfTests").toInt());
    return tally;
}

}  // namespace

class TestSignatureVectors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { PP_REQUIRE_SHARED(); }

    void wycheproofEd25519()
    {
        const QJsonObject doc = wycheproof("ed25519_test.json");
        int valid = 0, invalid = 0;
        for (const auto groupValue : doc.value(u"testGroups").toArray()) {
            const QJsonObject group = groupValue.toObject();
            const auto key = PublicKey::fromRaw(
                SigAlg::Ed25519, hex(group.value(u"publicKey").toObject().value(u"pk").toString()));
            QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message()));
            for (const auto testValue : group.value(u"tests").toArray()) {
                const QJsonObject t = testValue.toObject();
                const Status st =
                    key->verify(hex(t.value(u"msg").toString()), hex(t.value(u"sig").toString()));
                const bool expected = t.value(u"result").toString() == u"valid";
                QVERIFY2(st.ok() == expected,
                         qPrintable(QStringLiteral("tcId %1: %2")
                                        .arg(t.value(u"tcId").toInt())
                                        .arg(st.ok() ? QStringLiteral("accepted")
                                                     : st.error().message())));
                (expected ? valid : invalid)++;
            }
        }
        QCOMPARE(valid, 88);
        QCOMPARE(invalid, 63);
    }

    void wycheproofP256Raw()
    {
        const Tally t = runEcdsaFile("ecdsa_secp256r1_sha256_p1363_test.json", SignatureForm::Raw);
        QCOMPARE(t.total(), 262);
        QVERIFY(t.accepted > 0);
        QVERIFY(t.highSRejected > 0);  // the low-S rule was exercised, not just assumed
        qInfo("P1363: %d accepted, %d rejected (%d of them valid-but-high-S)", t.accepted,
              t.rejected, t.highSRejected);
    }

    void wycheproofP256Der()
    {
        const Tally t = runEcdsaFile("ecdsa_secp256r1_sha256_test.json", SignatureForm::Der);
        QCOMPARE(t.total(), 484);
        QVERIFY(t.accepted > 0);
        QVERIFY(t.highSRejected > 0);
        qInfo("DER: %d accepted, %d rejected (%d of them valid-but-high-S)", t.accepted, t.rejected,
              t.highSRejected);
    }

    void openSslSm2Recipes()
    {
        const QByteArray text = pp::test::readFile(
            pp::test::sharedPath(QStringLiteral("vectors/openssl-evp/evppkey_sm2.txt")));
        // The file's one private key, then its Verify blocks (Input = digest e, Output = DER).
        const qsizetype begin = text.indexOf("-----BEGIN PRIVATE KEY-----");
        const qsizetype end = text.indexOf("-----END PRIVATE KEY-----") + 25;
        const auto key = PrivateKey::fromPem(text.mid(begin, end - begin));
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message()));
        QCOMPARE(key->alg(), SigAlg::Sm2);

        // Two cases sign an SM3 digest: they verify. The third signs a SHA-512 digest, which
        // SM2-with-SM3 (the protocol's algorithm) refuses for its length.
        int sm3Verified = 0, otherDigestRefused = 0;
        const QList<QByteArray> lines = text.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!lines[i].startsWith("Verify = "))
                continue;
            QByteArray input, output, digest;
            for (qsizetype j = i + 1; j < lines.size() && !lines[j].trimmed().isEmpty(); ++j) {
                const QByteArray line = lines[j].trimmed();
                if (line.startsWith("Ctrl = digest:"))
                    digest = line.mid(14);
                if (line.startsWith("Input = "))
                    input = hex(QString::fromLatin1(line.mid(8)));
                if (line.startsWith("Output = "))
                    output = hex(QString::fromLatin1(line.mid(9)));
            }
            const auto raw = derSignatureToRaw(output);
            QVERIFY(raw.has_value());
            const Status st = key->publicKey().verifyDigest(input, *raw);
            if (digest != "SM3") {
                QCOMPARE(QByteArray(st.error().code()), "sig.digest-length");
                ++otherDigestRefused;
                continue;
            }
            QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message()));
            // The same signature over a different digest must fail.
            QByteArray other = input;
            other[0] = static_cast<char>(other[0] ^ 1);
            QCOMPARE(QByteArray(key->publicKey().verifyDigest(other, *raw).error().code()),
                     "sig.invalid");
            ++sm3Verified;
        }
        QCOMPARE(sm3Verified, 2);
        QCOMPARE(otherDigestRefused, 1);
    }

    void gmt00035AnnexA()
    {
        const QString dir = pp::test::sharedPath(QStringLiteral("vectors/gmt-0003.5-annexA/"));
        const QJsonObject example =
            pp::test::readJson(dir + QStringLiteral("sm2_sign_examples.json"))
                .value(u"vectors")
                .toArray()
                .at(0)
                .toObject();
        const QByteArray message = pp::test::readFile(dir + QStringLiteral("sm2_gmt_msg.txt"));
        QCOMPARE(message, example.value(u"msg_ascii").toString().toLatin1());
        QCOMPARE(example.value(u"distid_ascii").toString(), u"1234567812345678");

        // The key two ways: from x, y and from the PEM; they must agree.
        const QByteArray point =
            hex(QString(QStringLiteral("04") + example.value(u"pub_x").toString() +
                        example.value(u"pub_y").toString()));
        const auto fromPoint = PublicKey::fromRaw(SigAlg::Sm2, point);
        QVERIFY(fromPoint.ok());
        const auto fromPem =
            PublicKey::fromPem(pp::test::readFile(dir + QStringLiteral("sm2_gmt_pub.pem")));
        QVERIFY2(fromPem.ok(), qPrintable(fromPem.ok() ? QString() : fromPem.error().message()));
        QVERIFY(*fromPem == *fromPoint);
        QCOMPARE(fromPem->alg(), SigAlg::Sm2);

        // The signature two ways: r||s from the JSON and the DER file converted.
        const QByteArray rs =
            hex(QString(example.value(u"r").toString() + example.value(u"s").toString()));
        const auto fromDer =
            derSignatureToRaw(pp::test::readFile(dir + QStringLiteral("sm2_gmt_sig.der")));
        QVERIFY(fromDer.has_value());
        QCOMPARE(*fromDer, rs);

        const Status st = fromPoint->verify(message, rs);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message()));
        QVERIFY(!fromPoint->verify("message digesT", rs).ok());
        QByteArray tampered = rs;
        tampered[63] = static_cast<char>(tampered[63] ^ 0x01);
        QVERIFY(!fromPoint->verify(message, tampered).ok());
    }
};

QTEST_GUILESS_MAIN(TestSignatureVectors)
#include "tst_signature_vectors.moc"
