// SunSpec inverter blocks (models 101-103): our point table checked point by point against
// the published model definitions in ../shared/data/sunspec-models, decoding with scale
// factors and not-implemented sentinels, and refusal of blocks that are not inverters.

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
    }
    return "";
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
        QTest::newRow("101") << QStringLiteral("model_101.json");
        QTest::newRow("103") << QStringLiteral("model_103.json");
    }
    void tableMatchesPublishedModels()
    {
        PP_REQUIRE_SHARED();
        QFETCH(QString, file);
        const QJsonArray points =
            pp::test::readJson(pp::test::sharedPath(QStringLiteral("data/sunspec-models/") + file))
                .value(u"group")
                .toObject()
                .value(u"points")
                .toArray();
        QCOMPARE(static_cast<std::size_t>(points.size()), inverterPoints().size());
        int offset = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QJsonObject json = points[i].toObject();
            const Point& ours = inverterPoints()[static_cast<std::size_t>(i)];
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
        QCOMPARE(offset, kBlockRegisters);
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
    }
};

QTEST_GUILESS_MAIN(TestSunSpec)
#include "tst_sunspec.moc"
