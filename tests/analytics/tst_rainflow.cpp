// Rainflow counting (analytics/battery/rainflow.h) against ASTM E1049-85's worked example
// and series whose answer is known by hand, and the invariant every count must keep.
#include "analytics/battery/rainflow.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <map>

using namespace pp::analytics;

namespace {

// Cycles by range, summed.
std::map<double, double> byRange(const std::vector<RainflowRange>& ranges)
{
    std::map<double, double> out;
    for (const RainflowRange& r : ranges)
        out[r.range] += r.count;
    return out;
}

double totalVariation(const std::vector<double>& series)
{
    double tv = 0;
    for (std::size_t i = 1; i < series.size(); ++i)
        tv += std::abs(series[i] - series[i - 1]);
    return tv;
}

}  // namespace

class TestRainflow : public QObject
{
    Q_OBJECT

private slots:
    void astmWorkedExample()
    {
        // ASTM E1049-85 Fig. 6 / Table 4: the loading −2, 1, −3, 5, −1, 3, −4, 4, −2 counts
        // ranges 3: ½, 4: 1½, 6: ½, 8: 1, 9: ½.
        const std::vector<double> loading{-2, 1, -3, 5, -1, 3, -4, 4, -2};
        const auto counted = byRange(rainflow(loading));
        const std::map<double, double> expected{{3, 0.5}, {4, 1.5}, {6, 0.5}, {8, 1.0}, {9, 0.5}};
        QCOMPARE(counted, expected);
    }

    void reversalsDropRepeatsAndMonotonicRuns()
    {
        QCOMPARE(reversals(std::vector<double>{1, 1, 2, 3, 3, 2, 0, 0, 4}),
                 (std::vector<double>{1, 3, 0, 4}));
        QCOMPARE(reversals(std::vector<double>{}), std::vector<double>{});
        QCOMPARE(reversals(std::vector<double>{5, 5, 5}), std::vector<double>{5});
    }

    void handBuiltSeries()
    {
        // A monotonic series is one half cycle of its whole range.
        QCOMPARE(byRange(rainflow(std::vector<double>{10, 20, 35, 90})),
                 (std::map<double, double>{{80, 0.5}}));
        // A constant one, and a single point, count nothing.
        QVERIFY(rainflow(std::vector<double>{50, 50, 50}).empty());
        QVERIFY(rainflow(std::vector<double>{50}).empty());
        // Two points: one half cycle.
        QCOMPARE(byRange(rainflow(std::vector<double>{100, 20})),
                 (std::map<double, double>{{80, 0.5}}));
        // A pack cycled 100 → 20 → 100 → 20 → 100: each swing as long as the one before holds
        // the starting point, so each is a half cycle (step 5): four halves of 80.
        QCOMPARE(byRange(rainflow(std::vector<double>{100, 20, 100, 20, 100})),
                 (std::map<double, double>{{80, 2.0}}));
    }

    void countsCoverHalfTheTotalVariation_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<quint32>("seed");
        for (int length : {2, 3, 10, 100, 5000}) {
            for (quint32 seed : {1u, 7u, 42u})
                QTest::addRow("%d points, seed %u", length, seed) << length << seed;
        }
    }

    void countsCoverHalfTheTotalVariation()
    {
        // Every step between reversals is counted once as half a cycle, in a full cycle
        // or alone: Σ range × count = ½ Σ |x[i] − x[i−1]|, whatever the series.
        QFETCH(int, length);
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        std::vector<double> soc;
        for (int i = 0; i < length; ++i)
            soc.push_back(std::round(random.bounded(1000.0)) / 10);  // SoC in 0.1 %
        double sum = 0;
        for (const RainflowRange& r : rainflow(soc)) {
            QVERIFY(r.count == 0.5 || r.count == 1.0);
            sum += r.range * r.count;
        }
        QVERIFY2(std::abs(sum - totalVariation(soc) / 2) < 1e-6,
                 qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(totalVariation(soc) / 2)));
    }
};

QTEST_GUILESS_MAIN(TestRainflow)
#include "tst_rainflow.moc"
