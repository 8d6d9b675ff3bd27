// AssetTableModel and AssetFilterModel on a hand-built portfolio, under Qt's
// QAbstractItemModelTester (which checks every index, role and signal the views rely on):
// what each column shows and sorts by, and how class, search and "with findings" filter.
#include "models/asset_filter_model.h"
#include "models/asset_table_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pp;

namespace {

analytics::AssetOverview asset(const char* idHex, records::AssetClass c, const char* name,
                               std::uint64_t records, std::uint64_t findings)
{
    analytics::AssetOverview a;
    a.info.deviceId = QByteArray::fromHex(idHex);
    a.info.assetClass = c;
    a.info.name = QString::fromUtf8(name);
    a.info.owner = QStringLiteral("Owner of %1").arg(QString::fromUtf8(name));
    a.info.records = records;
    a.info.findings = findings;
    a.coverage = 0.5;
    return a;
}

std::shared_ptr<const analytics::Portfolio> portfolio()
{
    auto p = std::make_shared<analytics::Portfolio>();
    using C = records::AssetClass;
    p->assets = {asset("01", C::Pv, "Beijing PV 14", 35'000, 2832),
                 asset("02", C::Pv, "Hefei PV 3", 36'000, 0),
                 asset("03", C::Battery, "Swap pack 7", 11'600, 1),
                 asset("04", C::Vehicle, "Van 2", 9'000, 0)};
    p->assets[0].info.capacityW = 250'000;
    p->assets[3].info.vin = QStringLiteral("LNBSCB3F5JD123456");
    return p;
}

}  // namespace

class TestAssetTableModel : public QObject
{
    Q_OBJECT

private slots:
    void tableShowsAndSortsEachColumn()
    {
        ui::AssetTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setPortfolio(portfolio());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ui::AssetTableModel::ColumnCount));
        const QModelIndex name = model.index(0, ui::AssetTableModel::Name);
        QCOMPARE(name.data().toString(), QStringLiteral("Beijing PV 14"));
        QCOMPARE(model.index(0, 0).data(ui::AssetTableModel::DeviceIdRole).toByteArray(),
                 QByteArray::fromHex("01"));
        QCOMPARE(model.index(2, 0).data(ui::AssetTableModel::AssetClassRole).toInt(),
                 int(records::AssetClass::Battery));
        // Numbers sort as numbers: 11,600 before 9,000 as text, after it as a number.
        const auto records = [&model](int row) {
            return model.index(row, ui::AssetTableModel::Records)
                .data(ui::AssetTableModel::SortRole);
        };
        QVERIFY(records(2).toULongLong() > records(3).toULongLong());
        QVERIFY(model.index(3, ui::AssetTableModel::Location)
                    .data()
                    .toString()
                    .contains(QStringLiteral("LNBSCB3F5JD123456")));
        model.setPortfolio(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void filterByClassSearchAndFindings()
    {
        ui::AssetTableModel model;
        model.setPortfolio(portfolio());
        ui::AssetFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), 4);
        filter.setAssetClass(int(records::AssetClass::Pv));
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearch(QStringLiteral("hefei"));  // any case
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, ui::AssetTableModel::Name).data().toString(),
                 QStringLiteral("Hefei PV 3"));
        filter.setSearch(QStringLiteral("04"));  // a device id's start, in another class
        QCOMPARE(filter.rowCount(), 0);
        filter.setAssetClass(std::nullopt);
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearch({});
        filter.setOnlyWithFindings(true);
        QCOMPARE(filter.rowCount(), 2);
        filter.sort(ui::AssetTableModel::Findings, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, ui::AssetTableModel::Name).data().toString(),
                 QStringLiteral("Beijing PV 14"));
        model.setPortfolio(nullptr);  // the proxy follows a reset
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_MAIN(TestAssetTableModel)
#include "tst_asset_table_model.moc"
