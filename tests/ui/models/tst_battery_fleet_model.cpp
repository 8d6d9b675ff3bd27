// BatteryFleetModel on a hand-built ranking, under Qt's QAbstractItemModelTester: each
// risk part shows the points it adds, columns sort by the raw value, a missing figure is
// a dash that sorts last, and a BMS that overstates its health is marked.
#include "models/battery_fleet_model.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace pp;
using ui::BatteryFleetModel;

namespace {

analytics::FleetBattery battery(const char* idHex, records::AssetClass c, const char* name,
                                double sohPoints, double temperaturePoints)
{
    analytics::FleetBattery b;
    b.info.deviceId = QByteArray::fromHex(idHex);
    b.info.assetClass = c;
    b.info.name = QString::fromUtf8(name);
    b.parts = {{"soh_discrepancy", 0, sohPoints / 30, 30},
               {"temperature", 0, temperaturePoints / 20, 20},
               {"coverage", 1, 0, 10}};
    for (const analytics::RiskPart& p : b.parts)
        b.risk += p.score * p.weight;
    b.samples = 1000;
    return b;
}

std::shared_ptr<const std::vector<analytics::FleetBattery>> fleet()
{
    using C = records::AssetClass;
    auto f = std::make_shared<std::vector<analytics::FleetBattery>>();
    f->push_back(battery("01", C::Battery, "Lying pack", 30, 0));
    f->push_back(battery("02", C::Battery, "Cold pack", 0, 12.5));
    f->push_back(battery("03", C::Vehicle, "Van", 0, 1));
    (*f)[0].sohOverReported = true;
    (*f)[0].sohReported = 91.5;
    (*f)[0].sohEstimated = 73.3;
    (*f)[0].efc = 640;
    (*f)[1].sohReported = 88;
    (*f)[1].efc = 550;
    return f;
}

}  // namespace

class TestBatteryFleetModel : public QObject
{
    Q_OBJECT

private slots:
    void showsEachPartAndSortsByItsValue()
    {
        BatteryFleetModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.hasFleet());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFleet(fleet());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(BatteryFleetModel::ColumnCount));

        // A part's cell is the points it adds to the risk, out of its weight.
        QCOMPARE(model.index(0, BatteryFleetModel::SohDiscrepancy)
                     .data(BatteryFleetModel::SortRole)
                     .toDouble(),
                 30.0);
        QCOMPARE(model.index(1, BatteryFleetModel::Temperature)
                     .data(BatteryFleetModel::SortRole)
                     .toDouble(),
                 12.5);
        QCOMPARE(
            model.index(1, BatteryFleetModel::Risk).data(BatteryFleetModel::SortRole).toDouble(),
            12.5);
        QCOMPARE(model.index(0, BatteryFleetModel::Rank).data().toInt(), 1);
        QCOMPARE(model.index(2, BatteryFleetModel::Name).data().toString(), QStringLiteral("Van"));
        QCOMPARE(model.index(1, BatteryFleetModel::Name)
                     .data(BatteryFleetModel::DeviceIdRole)
                     .toByteArray(),
                 QByteArray::fromHex("02"));
        // A part the score lacks, and a figure it lacks: a dash.
        QCOMPARE(model.index(2, BatteryFleetModel::CRate).data().toString(), QStringLiteral("–"));
        QCOMPARE(model.index(2, BatteryFleetModel::SohReported).data().toString(),
                 QStringLiteral("–"));

        // The lying BMS's reported SoH is marked, with why.
        QVERIFY(model.index(0, BatteryFleetModel::SohReported).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, BatteryFleetModel::SohReported)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        QVERIFY(!model.index(1, BatteryFleetModel::SohReported).data(Qt::ForegroundRole).isValid());

        // Sorting a proxy by SortRole: by number, a missing SoH last when descending.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(BatteryFleetModel::SortRole);
        proxy.sort(BatteryFleetModel::Temperature, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, BatteryFleetModel::Name).data().toString(),
                 QStringLiteral("Cold pack"));
        proxy.sort(BatteryFleetModel::SohReported, Qt::DescendingOrder);
        QCOMPARE(proxy.index(2, BatteryFleetModel::Name).data().toString(), QStringLiteral("Van"));
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }
};

QTEST_MAIN(TestBatteryFleetModel)
#include "tst_battery_fleet_model.moc"
