// Deterministic CBOR: RFC 8949 Appendix A examples that are in deterministic form round
// trip both ways; a table of non-deterministic or forbidden encodings is rejected with the
// expected error code and byte offset; random input never crashes and whatever decodes
// re-encodes to the same bytes.

#include "cbor/decoder.h"
#include "cbor/writer.h"
#include "support/test_data.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pp;
using namespace pp::cbor;
using pp::test::hex;

Q_DECLARE_METATYPE(pp::cbor::Value)

class TestCbor : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<QByteArray>("encoded");
        const auto row = [](const char* name, Value v, const char* h) {
            QTest::newRow(name) << std::move(v) << hex(h);
        };
        row("0", Value::unsignedInt(0), "00");
        row("23", Value::unsignedInt(23), "17");
        row("24", Value::unsignedInt(24), "1818");
        row("255", Value::unsignedInt(255), "18ff");
        row("256", Value::unsignedInt(256), "190100");
        row("1000000", Value::unsignedInt(1000000), "1a000f4240");
        row("1000000000000", Value::unsignedInt(1000000000000ULL), "1b000000e8d4a51000");
        row("2^64-1", Value::unsignedInt(UINT64_MAX), "1bffffffffffffffff");
        row("-1", Value::integer(-1), "20");
        row("-8 (EdDSA)", Value::integer(-8), "27");
        row("-100", Value::integer(-100), "3863");
        row("-1000", Value::integer(-1000), "3903e7");
        row("-65600 (SM2)", Value::integer(-65600), "3a0001003f");
        row("int64 min", Value::integer(INT64_MIN), "3b7fffffffffffffff");
        row("-2^64", Value::negativeFromArgument(UINT64_MAX), "3bffffffffffffffff");
        row("h''", Value::bytes(QByteArray()), "40");
        row("h'01020304'", Value::bytes(hex("01020304")), "4401020304");
        row("\"\"", Value::text(QString()), "60");
        row("\"IETF\"", Value::text(QStringLiteral("IETF")), "6449455446");
        row("\"\\u00fc\"", Value::text(QStringLiteral("\u00fc")), "62c3bc");
        row("\"\\u6c34\"", Value::text(QStringLiteral("\u6c34")), "63e6b0b4");
        row("\"\\U00010151\"", Value::text(QString::fromUtf8("\xf0\x90\x85\x91")), "64f0908591");
        row("[]", Value::array({}), "80");
        row("[1,[2,3],[4,5]]",
            Value::array({Value::unsignedInt(1),
                          Value::array({Value::unsignedInt(2), Value::unsignedInt(3)}),
                          Value::array({Value::unsignedInt(4), Value::unsignedInt(5)})}),
            "8301820203820405");
        std::vector<Value> items;
        for (int i = 1; i <= 25; ++i)
            items.push_back(Value::unsignedInt(static_cast<std::uint64_t>(i)));
        row("25 items", Value::array(items),
            "98190102030405060708090a0b0c0d0e0f101112131415161718181819");
        row("{}", Value::map({}), "a0");
        row("{1:2,3:4}",
            Value::map({{Value::unsignedInt(3), Value::unsignedInt(4)},
                        {Value::unsignedInt(1), Value::unsignedInt(2)}}),
            "a201020304");
        // Keys sorted by their encoded bytes: 10 (0a), 100 (1864), -1 (20), "z" (617a), "aa".
        row("sorted keys",
            Value::map({{Value::text(QStringLiteral("aa")), Value::unsignedInt(0)},
                        {Value::integer(-1), Value::unsignedInt(0)},
                        {Value::text(QStringLiteral("z")), Value::unsignedInt(0)},
                        {Value::unsignedInt(100), Value::unsignedInt(0)},
                        {Value::unsignedInt(10), Value::unsignedInt(0)}}),
            "a50a001864002000617a0062616100");
        row("tag 18", Value::tag(18, Value::array({})), "d280");
        row("false", Value::boolean(false), "f4");
        row("true", Value::boolean(true), "f5");
        row("null", Value::null(), "f6");
    }
    void roundTrip()
    {
        QFETCH(Value, value);
        QFETCH(QByteArray, encoded);
        QCOMPARE(encode(value), encoded);
        const auto decoded = decode(encoded);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message()));
        QVERIFY(*decoded == value);
        QCOMPARE(encode(*decoded), encoded);
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<int>("offset");
        const auto row = [](const char* name, const QByteArray& in, const char* code, int at) {
            QTest::newRow(name) << in << QByteArray(code) << at;
        };
        row("empty", QByteArray(), "cbor.truncated", 0);
        row("23 in one extra byte", hex("1817"), "cbor.non-shortest", 0);
        row("255 in two bytes", hex("1900ff"), "cbor.non-shortest", 0);
        row("65535 in four bytes", hex("1a0000ffff"), "cbor.non-shortest", 0);
        row("2^32-1 in eight bytes", hex("1b00000000ffffffff"), "cbor.non-shortest", 0);
        row("negative non-shortest", hex("3800"), "cbor.non-shortest", 0);
        row("length non-shortest", hex("580100"), "cbor.non-shortest", 0);
        row("nested non-shortest", hex("82011800"), "cbor.non-shortest", 2);
        row("indefinite bytes", hex("5f4101ff"), "cbor.indefinite-length", 0);
        row("indefinite text", hex("7f6161ff"), "cbor.indefinite-length", 0);
        row("indefinite array", hex("9f01ff"), "cbor.indefinite-length", 0);
        row("indefinite map", hex("bf0101ff"), "cbor.indefinite-length", 0);
        row("lone break", hex("ff"), "cbor.unexpected-break", 0);
        row("reserved info 28", hex("1c"), "cbor.reserved-info", 0);
        row("reserved info 30", hex("5e"), "cbor.reserved-info", 0);
        row("half float", hex("f93c00"), "cbor.float", 0);
        row("single float", hex("fa47c35000"), "cbor.float", 0);
        row("double float", hex("fb3ff199999999999a"), "cbor.float", 0);
        row("float in array", hex("8201f90000"), "cbor.float", 2);
        row("undefined", hex("f7"), "cbor.simple-value", 0);
        row("simple 16", hex("f0"), "cbor.simple-value", 0);
        row("simple 32", hex("f820"), "cbor.simple-value", 0);
        row("tag 1 (epoch time)", hex("c11a514b67b0"), "cbor.unknown-tag", 0);
        row("tag 24 (embedded CBOR)", hex("d81840"), "cbor.unknown-tag", 0);
        row("unsorted int keys", hex("a202010101"), "cbor.unsorted-keys", 3);
        row("unsorted length-first order", hex("a21864000a00"), "cbor.unsorted-keys", 4);
        row("negative before positive", hex("a220000a00"), "cbor.unsorted-keys", 3);
        row("unsorted text keys", hex("a2616201616101"), "cbor.unsorted-keys", 4);
        row("duplicate keys", hex("a201000100"), "cbor.duplicate-key", 3);
        row("duplicate text keys", hex("a2616101616102"), "cbor.duplicate-key", 4);
        row("trailing byte", hex("0000"), "cbor.trailing-bytes", 1);
        row("two items", hex("8001"), "cbor.trailing-bytes", 1);
        row("truncated head", hex("19ff"), "cbor.truncated", 0);
        row("truncated string", hex("62c3"), "cbor.truncated", 0);
        row("truncated array", hex("830102"), "cbor.truncated", 0);
        row("array longer than input", hex("9affffffff00"), "cbor.truncated", 0);
        row("map longer than input", hex("a3010203"), "cbor.truncated", 0);
        row("invalid utf-8 lead", hex("62c328"), "cbor.invalid-utf8", 1);
        row("utf-8 surrogate", hex("63eda080"), "cbor.invalid-utf8", 1);
        row("utf-8 overlong", hex("62c080"), "cbor.invalid-utf8", 1);
        row("utf-8 above U+10FFFF", hex("64f4908080"), "cbor.invalid-utf8", 1);
        row("utf-8 late error", hex("6461ff6263"), "cbor.invalid-utf8", 2);
        row("too deep", QByteArray(17, '\x81') + hex("01"), "cbor.too-deep", 16);
        row("tags too deep", QByteArray(17, '\xd2') + hex("01"), "cbor.too-deep", 16);
    }
    void rejected()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, code);
        QFETCH(int, offset);
        const auto result = decode(input);
        QVERIFY(!result.ok());
        QCOMPARE(QByteArray(result.error().code()), code);
        QCOMPARE(result.error().kind(), ErrorKind::Malformed);
        const QString message = result.error().message();
        QVERIFY2(message.contains(QStringLiteral("byte %1").arg(offset)), qPrintable(message));
    }

    void depthLimitIsExact()
    {
        // 16 nested containers are allowed, the 17th (above) is not.
        QVERIFY(decode(QByteArray(QByteArray(16, '\x81') + hex("01"))).ok());
    }

    void limits()
    {
        DecodeLimits tight;
        tight.maxItems = 3;
        QVERIFY(decode(hex("820102"), tight).ok());
        const auto items = decode(hex("83010203"), tight);
        QCOMPARE(QByteArray(items.error().code()), "cbor.too-many-items");
        tight.maxBytes = 2;
        const auto bytes = decode(hex("820102"), tight);
        QCOMPARE(QByteArray(bytes.error().code()), "cbor.too-large");
        DecodeLimits noTags;
        noTags.allowedTags = {};
        QCOMPARE(QByteArray(decode(hex("d280"), noTags).error().code()), "cbor.unknown-tag");
    }

    void accessors()
    {
        QCOMPARE(Value::integer(INT64_MIN).toInt64(), INT64_MIN);
        QCOMPARE(Value::integer(-1).toInt64(), -1);
        QVERIFY(!Value::unsignedInt(UINT64_MAX).toInt64().has_value());
        QVERIFY(!Value::negativeFromArgument(UINT64_MAX).toInt64().has_value());
        QVERIFY(!Value::integer(-1).toUInt64().has_value());
        const Value m = Value::map(
            {{Value::unsignedInt(4), Value::bytes(hex("aa"))},
             {Value::text(QStringLiteral("name")), Value::text(QStringLiteral("PV-1"))}});
        QVERIFY(m.find(4) != nullptr);
        QCOMPARE(m.find(4)->byteString(), hex("aa"));
        QVERIFY(m.find(5) == nullptr);
        QCOMPARE(m.find(u"name")->toText(), u"PV-1");
        QVERIFY(m.find(u"owner") == nullptr);
    }

    void writerMatchesValues()
    {
        Writer w;
        w.tag(18);
        w.beginArray(2);
        w.integer(-65600);
        w.text("Signature1");
        QCOMPARE(w.data(),
                 encode(Value::tag(18, Value::array({Value::integer(-65600),
                                                     Value::text(QStringLiteral("Signature1"))}))));
    }

    void errorMessagesAreTranslatable()
    {
        // The English message substitutes arguments in one pass: a "%1" inside an argument
        // stays literal.
        const Error e(ErrorKind::Invalid, "x", "at %1 then %2",
                      {QStringLiteral("%2"), QStringLiteral("b")});
        QCOMPARE(e.message(), u"at %2 then b");
        Error outer = e;
        outer.within("record %1", {QStringLiteral("7")});
        QCOMPARE(outer.message(), u"record 7: at %2 then b");
        QCOMPARE(outer.localizedMessage(), outer.message());  // no translator installed
    }

    void randomInputNeverCrashesAndDecodedIsCanonical()
    {
        QRandomGenerator rng(8949);
        int decoded = 0;
        for (int i = 0; i < 200000; ++i) {
            QByteArray input(static_cast<qsizetype>(rng.bounded(1, 12)), Qt::Uninitialized);
            for (char& c : input)
                c = static_cast<char>(rng.bounded(256));
            const auto result = decode(input);
            if (result.ok()) {
                ++decoded;
                QCOMPARE(encode(*result), input);
            }
        }
        QVERIFY(decoded > 1000);
    }

    // decodeLeavingArrays skips building arrays but must judge every input exactly as
    // decode() does: the same verdict, the same error at the same byte.
    void leavingArrayAgreesWithDecode()
    {
        QRandomGenerator rng(6);
        int leftUnbuilt = 0;
        for (int i = 0; i < 200000; ++i) {
            // A map whose first key is 6, then random bytes: an array at times, other
            // items, further entries, or garbage.
            QByteArray input = hex(rng.bounded(2) ? "a106" : "a206");
            input += static_cast<char>(rng.bounded(2) ? 0x80 + rng.bounded(4) : rng.bounded(256));
            for (int n = static_cast<int>(rng.bounded(10)); n > 0; --n)
                input += static_cast<char>(rng.bounded(256));
            const auto whole = decode(input);
            RawArrays raw;
            const auto left = decodeLeavingArrays(input, {6}, raw);
            QCOMPARE(left.ok(), whole.ok());
            if (!whole.ok()) {
                QCOMPARE(QByteArray(left.error().code()), QByteArray(whole.error().code()));
                QCOMPARE(left.error().message(), whole.error().message());
                continue;
            }
            const Value* built = whole->find(6);
            if (!built->isArray()) {
                QVERIFY(raw.empty());
                QCOMPARE(*left, *whole);
                continue;
            }
            ++leftUnbuilt;
            QCOMPARE(raw.at(6).toByteArray(), encode(*built));
            QCOMPARE(*left->find(6), Value::array({}));
        }
        QVERIFY(leftUnbuilt > 1000);
    }

    // Several keys: each array asked for is left as its bytes, and a key whose value is no
    // array is built.
    void leavingSeveralArrays()
    {
        // {5: [1, [2]], 6: 3, 7: []}
        const QByteArray input =
            hex("a3"
                "05"
                "82"
                "01"
                "8102"
                "06"
                "03"
                "07"
                "80");
        RawArrays raw;
        const auto left = decodeLeavingArrays(input, {5, 6, 7}, raw);
        QVERIFY(left.ok());
        QCOMPARE(raw.size(), std::size_t{2});
        QCOMPARE(raw.at(5).toByteArray(), hex("82018102"));
        QCOMPARE(raw.at(7).toByteArray(), hex("80"));
        QCOMPARE(*left->find(5), Value::array({}));
        QCOMPARE(*left->find(6), Value::unsignedInt(3));
    }
};

QTEST_GUILESS_MAIN(TestCbor)
#include "tst_cbor.moc"
