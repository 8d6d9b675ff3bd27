// FindingTableModel on hand-built findings, under QAbstractItemModelTester: each column's
// text, the roles the Findings view and the inspector use, chain-level findings, names from
// the portfolio, and the explanation of each code in the reader's language.
#include "findings/finding.h"
#include "models/finding_table_model.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace pp;

class TestFindingTableModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsRolesAndNames()
    {
        auto rows = std::make_shared<std::vector<findings::Finding>>();
        findings::Finding night;
        night.deviceId = QByteArray::fromHex("a38a518d7015700d253d56b6cd1086a3");
        night.code = QStringLiteral("IMPLAUSIBLE");
        night.height = 2997;
        night.index = 13;
        night.seq = 2977;
        night.timeMs = 1746400000000;
        night.message = Text("Finding", "the odometer went back from %1 km to %2 km",
                             {QStringLiteral("12.5"), QStringLiteral("9.0")});
        findings::Finding fork;
        fork.code = QStringLiteral("FORK");
        fork.height = 812;
        fork.message = Text("Finding", "the odometer went back from %1 km to %2 km",
                            {QStringLiteral("1"), QStringLiteral("0")});
        rows->push_back(night);
        rows->push_back(fork);

        ui::FindingTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(rows);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ui::FindingTableModel::Code).data().toString(),
                 QStringLiteral("IMPLAUSIBLE"));
        QCOMPARE(model.index(0, 0).data(ui::FindingTableModel::HeightRole).toULongLong(), 2997u);
        QCOMPARE(model.index(0, 0).data(ui::FindingTableModel::IndexRole).toULongLong(), 13u);
        QCOMPARE(model.index(0, ui::FindingTableModel::Detail).data().toString(),
                 QStringLiteral("the odometer went back from 12.5 km to 9.0 km"));
        QVERIFY(model.index(0, ui::FindingTableModel::Time)
                    .data()
                    .toString()
                    .contains(QStringLiteral("2025-05-05")));
        // A device without a name shows its short id; with one, its name.
        QVERIFY(model.index(0, ui::FindingTableModel::Asset)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("a38a")));
        model.setAssetNames({{night.deviceId, QStringLiteral("Beijing PV 14")}});
        QCOMPARE(model.index(0, ui::FindingTableModel::Asset).data().toString(),
                 QStringLiteral("Beijing PV 14"));
        // A chain-level finding has no device.
        QCOMPARE(model.index(1, ui::FindingTableModel::Asset).data().toString(),
                 QStringLiteral("The chain"));
        QVERIFY(model.index(1, 0)
                    .data(ui::FindingTableModel::ExplanationRole)
                    .toString()
                    .contains(QStringLiteral("validators signed twice")));
        // A code from a newer light node is shown for what it is, not as nothing.
        QCOMPARE(ui::FindingTableModel::explanation(QStringLiteral("NOPE")),
                 QStringLiteral("A finding this version does not know."));
        model.setFindings(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestFindingTableModel)
#include "tst_finding_table_model.moc"
