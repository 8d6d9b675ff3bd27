// SHA-256 and SM3 through our EVP wrapper: known answers, the SM3 vectors of OpenSSL's
// test recipes, incremental against one-shot hashing, and Wycheproof's HMAC-SM3 cases
// computed on top of our incremental Hasher (so they exercise it, not OpenSSL's HMAC).

#include "crypto/hash.h"
#include "support/test_data.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace pp;
using namespace pp::crypto;
using pp::test::hex;

namespace {

QByteArray digestBytes(HashAlg alg, QByteArrayView data)
{
    return toByteArray(hash(alg, data));
}

// RFC 2104 over our Hasher.
QByteArray hmac(HashAlg alg, QByteArray key, QByteArrayView message)
{
    constexpr int kBlock = 64;  // both SHA-256 and SM3
    if (key.size() > kBlock)
        key = digestBytes(alg, key);
    key.resize(kBlock, '\0');
    QByteArray ipad = key, opad = key;
    for (int i = 0; i < kBlock; ++i) {
        ipad[i] = static_cast<char>(ipad[i] ^ 0x36);
        opad[i] = static_cast<char>(opad[i] ^ 0x5c);
    }
    Hasher inner(alg);
    const Digest innerDigest = inner.update(ipad).update(message).finish();
    Hasher outer(alg);
    return toByteArray(outer.update(opad).update(innerDigest).finish());
}

}  // namespace

class TestHash : public QObject
{
    Q_OBJECT

private slots:
    void names()
    {
        QCOMPARE(hashAlgName(HashAlg::Sha256), u"sha-256");
        QCOMPARE(hashAlgName(HashAlg::Sm3), u"sm3");
        QCOMPARE(hashAlgFromName(u"sm3"), HashAlg::Sm3);
        QCOMPARE(hashAlgFromName(u"sha-256"), HashAlg::Sha256);
        QVERIFY(!hashAlgFromName(u"SHA256").has_value());
        QVERIFY(!hashAlgFromName(u"").has_value());
    }

    void sha256KnownAnswers_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        // FIPS 180-2 examples.
        QTest::newRow("empty")
            << QByteArray()
            << hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc")
            << QByteArray("abc")
            << hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("448 bits")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << hex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("million a")
            << QByteArray(1000000, 'a')
            << hex("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
    void sha256KnownAnswers()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(digestBytes(HashAlg::Sha256, input), expected);
    }

    void sm3OpenSslVectors()
    {
        PP_REQUIRE_SHARED();
        const QByteArray text = pp::test::readFile(
            pp::test::sharedPath(QStringLiteral("vectors/openssl-evp/evpmd_sm3.txt")));
        QByteArray input;
        bool inSm3 = false;
        int checked = 0, otherDigests = 0;
        for (const QByteArray& raw : text.split('\n')) {
            const QByteArray line = raw.trimmed();
            if (line.startsWith("Digest"))
                inSm3 = line.endsWith("SM3");
            else if (line.startsWith("Input = \""))  // a quoted text input
                input = line.mid(9).chopped(1);
            else if (line.startsWith("Input = "))
                input = hex(QString::fromLatin1(line.mid(8)));
            else if (line.startsWith("Output = ") && !inSm3)
                ++otherDigests;
            else if (line.startsWith("Output = ")) {
                QCOMPARE(digestBytes(HashAlg::Sm3, input), hex(QString::fromLatin1(line.mid(9))));
                ++checked;
            }
        }
        // Every SM3 vector in the file, none silently dropped; the file's last two cases
        // test digest-name spelling for SHA3-256 and SHA-512, which are not ours.
        QCOMPARE(checked, 8);
        QCOMPARE(otherDigests, 2);
    }

    void incrementalEqualsOneShot()
    {
        QByteArray data(4099, Qt::Uninitialized);
        QRandomGenerator rng(42);
        for (char& c : data)
            c = static_cast<char>(rng.bounded(256));
        for (HashAlg alg : {HashAlg::Sha256, HashAlg::Sm3}) {
            const Digest expected = hash(alg, data);
            Hasher h(alg);
            for (int split : {0, 1, 55, 56, 63, 64, 65, 1000, 4098, 4099}) {
                h.update(QByteArrayView(data).first(split))
                    .update(QByteArrayView(data).sliced(split));
                QCOMPARE(h.finish(), expected);  // finish() also resets for the next round
            }
            // Byte by byte.
            for (char c : data)
                h.update(QByteArrayView(&c, 1));
            QCOMPARE(h.finish(), expected);
        }
    }

    void hasherIsMovable()
    {
        Hasher a(HashAlg::Sm3);
        a.update("ab");
        Hasher b(std::move(a));
        b.update("c");
        QCOMPARE(toByteArray(b.finish()),
                 hex("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"));
    }

    void wycheproofHmacSm3()
    {
        PP_REQUIRE_SHARED();
        const QJsonObject doc = pp::test::readJson(pp::test::sharedPath(
            QStringLiteral("vectors/wycheproof/testvectors_v1/hmac_sm3_test.json")));
        int valid = 0, invalid = 0;
        for (const auto groupValue : doc.value(u"testGroups").toArray()) {
            const QJsonObject group = groupValue.toObject();
            const int tagBytes = group.value(u"tagSize").toInt() / 8;
            for (const auto testValue : group.value(u"tests").toArray()) {
                const QJsonObject t = testValue.toObject();
                const QByteArray key = hex(t.value(u"key").toString());
                const QByteArray msg = hex(t.value(u"msg").toString());
                const QByteArray tag = hex(t.value(u"tag").toString());
                const bool matches = hmac(HashAlg::Sm3, key, msg).left(tagBytes) == tag;
                const bool expected = t.value(u"result").toString() == u"valid";
                QVERIFY2(matches == expected,
                         qPrintable(QStringLiteral("tcId %1").arg(t.value(u"tcId").toInt())));
                (expected ? valid : invalid)++;
            }
        }
        QCOMPARE(valid + invalid, doc.value(u"numberOfTests").toInt());
        QVERIFY(valid > 0 && invalid > 0);
    }
};

QTEST_GUILESS_MAIN(TestHash)
#include "tst_hash.moc"
