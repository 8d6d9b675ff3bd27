// SunSpec inverter blocks (models 101-103 and their float twins 111-113): our point tables
// checked point by point against the published model definitions in
// ../shared/data/sunspec-models, decoding with scale factors and with floats, every
// not-implemented value (0x8000, 0xFFFF, 0xFFFFFFFF, a scale factor of 0x8000, NaN) as no
// value, and refusal of blocks that are not inverters.

#include "records/sunspec.h"
#include "support/test_data.h"

#include <QJsonArray>
#include <QTest>

using namespace pp;
using namespace pp::records::sunspec;
using pp::test::hex;

namespace {

const char* typeName(PointType t)
{
    switch (t) {
        case PointType::Uint16:
            return "uint16";
        case PointType::Int16:
            return "int16";
        case PointType::Acc32:
            return "acc32";
        case PointType::Enum16:
            return "enum16";
        case PointType::Bitfield32:
            return "bitfield32";
        case PointType::Sunssf:
            return "sunssf";
        case PointType::Float32:
            return "float32";
    }
    return "";
}

QString shortest(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QByteArray threePhaseBlock()
{
    return encodeInverterBlock(103,
                               {{"A", 62.4},
                                {"AphA", 20.8},
                                {"W", 40000},
                                {"Hz", 50.01},
                                {"WH", 123456789000.0},
                                {"DCV", 720.5},
                                {"TmpCab", -12.5},
                                {"St", 4},
                                {"Evt1", 0}},
                               {{"A_SF", -1},
                                {"V_SF", -1},
                                {"W_SF", 1},
                                {"Hz_SF", -2},
                                {"WH_SF", 3},
                                {"DCV_SF", -1},
                                {"Tmp_SF", -1}});
}

}  // namespace

class TestSunSpec : public QObject
{
    Q_OBJECT

private slots:
    void tableMatchesPublishedModels_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("floats");
        for (int model : {101, 102, 103, 111, 112, 113})
            QTest::newRow(qPrintable(QString::number(model)))
                << QStringLiteral("model_%1.json").arg(model) << (model >= 111);
    }
    void tableMatchesPublishedModels()
    {
        PP_REQUIRE_SHARED();
        QFETCH(QString, file);
        QFETCH(bool, floats);
        const QJsonArray points =
            pp::test::readJson(pp::test::sharedPath(QStringLiteral("data/sunspec-models/") + file))
                .value(u"group")
                .toObject()
                .value(u"points")
                .toArray();
        QCOMPARE(static_cast<std::size_t>(points.size()), inverterPoints(floats).size());
        int offset = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QJsonObject json = points[i].toObject();
            const Point& ours = inverterPoints(floats)[static_cast<std::size_t>(i)];
            const QString name = json.value(u"name").toString();
            QCOMPARE(QString::fromLatin1(ours.name), name);
            QCOMPARE(int(ours.offset), offset);
            QCOMPARE(QString::fromLatin1(typeName(ours.type)), json.value(u"type").toString());
            QCOMPARE(ours.scaleFactor ? QString::fromLatin1(ours.scaleFactor) : QString(),
                     json.value(u"sf").toString());
            QCOMPARE(ours.unit ? QString::fromLatin1(ours.unit) : QString(),
                     json.value(u"units").toString());
            offset += json.value(u"size").toInt();
        }
        QCOMPARE(offset, floats ? kFloatBlockRegisters : kBlockRegisters);
    }

    // A float block as a Fronius inverter serves it by default: the values as float32,
    // what it does not implement as NaN.
    void decodeFloats()
    {
        QByteArray bytes = encodeInverterBlock(
            113, {{"A", 62.4}, {"W", 40000}, {"Hz", 50.01}, {"WH", 123456789.0}, {"St", 4}}, {});
        QCOMPARE(bytes.size(), 124);
        // ID 113, L 60; A = 62.4f = 0x4279999A at registers 2-3.
        QCOMPARE(bytes.left(8), hex("0071003c4279999a"));
        auto block = InverterBlock::decode(bytes);
        QVERIFY(block.ok());
        QCOMPARE(block->model(), 113);
        QVERIFY(block->floatModel());
        QCOMPARE(*block->value(u"W"), 40000.0);
        // The shortest decimal that is the same float: 62.4, not 62.400001525878906.
        QCOMPARE(shortest(*block->value(u"A")), u"62.4");
        QCOMPARE(*block->value(u"WH"), 123456792.0);  // 123456789 as a float, exactly
        QCOMPARE(*block->raw(u"St"), 4u);
        QVERIFY(!block->value(u"AphB").has_value());  // NaN: not implemented
        QVERIFY(!block->raw(u"Evt1").has_value());    // 0xFFFFFFFF
        // Any NaN, not only SunSpec's own, is no value; a negative float is a value.
        bytes.replace(2 * 24, 4, hex("7fa00001"));  // Hz: a signalling NaN
        bytes.replace(2 * 22, 4, hex("c2c80000"));  // W: -100
        block = InverterBlock::decode(bytes);
        QVERIFY(!block->value(u"Hz").has_value());
        QCOMPARE(*block->value(u"W"), -100.0);
    }

    // The integer models' not-implemented values: int16 0x8000, uint16 0xFFFF, acc32 0,
    // bitfield32 0xFFFFFFFF, and a value whose scale factor is 0x8000.
    void notImplementedIsNoValue()
    {
        QByteArray bytes = threePhaseBlock();
        const auto set = [&](int reg, const char* hexValue) {
            bytes.replace(2 * reg, static_cast<qsizetype>(qstrlen(hexValue) / 2), hex(hexValue));
        };
        set(14, "8000");      // W (int16)
        set(2, "ffff");       // A (uint16)
        set(24, "00000000");  // WH (acc32)
        set(40, "ffffffff");  // Evt1
        set(17, "8000");      // Hz_SF
        const auto block = InverterBlock::decode(bytes);
        QVERIFY(block.ok());
        for (const char16_t* point : {u"W", u"A", u"WH", u"Hz"})
            QVERIFY2(!block->value(point).has_value(), qPrintable(QStringView(point).toString()));
        QVERIFY(!block->raw(u"Evt1").has_value());
        QCOMPARE(*block->value(u"DCV"), 720.5);  // the others stand
    }

    void decodeScaled()
    {
        const QByteArray bytes = threePhaseBlock();
        QCOMPARE(bytes.size(), 104);
        QCOMPARE(bytes.left(4), hex("00670032"));  // ID 103, L 50
        const auto block = InverterBlock::decode(bytes);
        QVERIFY(block.ok());
        QCOMPARE(block->model(), 103);
        QCOMPARE(*block->value(u"W"), 40000.0);
        QCOMPARE(*block->value(u"A"), 62.4);
        QCOMPARE(*block->value(u"Hz"), 50.01);
        // Divided by a power of ten, not multiplied by its inverse: exactly the decimal.
        QCOMPARE(shortest(*block->value(u"Hz")), u"50.01");
        QCOMPARE(shortest(*block->value(u"DCV")), u"720.5");
        QCOMPARE(*block->value(u"WH"), 123456789000.0);
        QCOMPARE(*block->value(u"TmpCab"), -12.5);
        QCOMPARE(*block->raw(u"St"), 4u);
        QCOMPARE(*block->raw(u"Evt1"), 0u);
        // Points the device does not implement decode to nothing.
        QVERIFY(!block->value(u"AphB").has_value());
        QVERIFY(!block->value(u"VAr").has_value());  // no VAr_SF either
        QVERIFY(!block->raw(u"Evt2").has_value());
        QVERIFY(!block->value(u"NoSuchPoint").has_value());
    }

    void rejected()
    {
        QByteArray wrongModel = threePhaseBlock();
        wrongModel[1] = char(120);  // model 120: nameplate ratings, not an inverter
        QCOMPARE(QByteArray(InverterBlock::decode(wrongModel).error().code()), "sunspec.model");
        QByteArray wrongLength = threePhaseBlock();
        wrongLength[3] = char(49);
        QCOMPARE(QByteArray(InverterBlock::decode(wrongLength).error().code()), "sunspec.length");
        QByteArray wildScale = threePhaseBlock();
        wildScale[qsizetype{2} * 15] = 0;  // W_SF = 11
        wildScale[qsizetype{2} * 15 + 1] = 11;
        const auto scale = InverterBlock::decode(wildScale);
        QCOMPARE(QByteArray(scale.error().code()), "sunspec.scale-factor");
        QVERIFY(scale.error().message().contains(u"W_SF"));
        QCOMPARE(QByteArray(InverterBlock::decode(threePhaseBlock().left(103)).error().code()),
                 "sunspec.size");
        // A float model in an integer block's size, and the reverse, are not inverters.
        QByteArray floatId = threePhaseBlock();
        floatId[1] = char(113);
        QCOMPARE(QByteArray(InverterBlock::decode(floatId).error().code()), "sunspec.model");
        QByteArray floats = encodeInverterBlock(111, {{"W", 1}}, {});
        floats[1] = char(101);
        QCOMPARE(QByteArray(InverterBlock::decode(floats).error().code()), "sunspec.model");
        floats[1] = char(111);
        floats[3] = char(50);
        QCOMPARE(QByteArray(InverterBlock::decode(floats).error().code()), "sunspec.length");
    }
};

QTEST_GUILESS_MAIN(TestSunSpec)
#include "tst_sunspec.moc"
