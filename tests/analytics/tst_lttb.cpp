// LTTB keeps the ends and the extremes of a series while cutting it to the threshold.
#include "analytics/lttb.h"

#include <QTest>

#include <cmath>

using namespace pp;

class TestLttb : public QObject
{
    Q_OBJECT

private slots:
    void keepsEverythingBelowTheThreshold()
    {
        const std::vector<double> x{0, 1, 2, 3}, y{5, 6, 7, 8};
        QCOMPARE(analytics::lttb(x, y, 10), (std::vector<std::size_t>{0, 1, 2, 3}));
        QCOMPARE(analytics::lttb(x, y, 2).size(), std::size_t{4});
    }

    void cutsToTheThresholdKeepingEndsAndPeaks()
    {
        std::vector<double> x, y;
        for (int i = 0; i < 100'000; ++i) {
            x.push_back(i);
            y.push_back(std::sin(i / 500.0));
        }
        y[31'337] = 50;   // a spike
        y[77'001] = -50;  // a dip
        const auto kept = analytics::lttb(x, y, 2000);
        QCOMPARE(kept.size(), std::size_t{2000});
        QCOMPARE(kept.front(), std::size_t{0});
        QCOMPARE(kept.back(), std::size_t{99'999});
        QVERIFY(std::is_sorted(kept.begin(), kept.end()));
        QVERIFY(std::adjacent_find(kept.begin(), kept.end()) == kept.end());
        QVERIFY(std::find(kept.begin(), kept.end(), 31'337) != kept.end());
        QVERIFY(std::find(kept.begin(), kept.end(), 77'001) != kept.end());
    }
};

QTEST_APPLESS_MAIN(TestLttb)
#include "tst_lttb.moc"
