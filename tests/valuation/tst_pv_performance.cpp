// A station's verified energy as the valuation counts it (valuation/pv_performance): the
// lifetime register's increases through real SunSpec blocks with a scale factor and across
// a gap, and P50/P90 with σ and coverage on daily rows whose answers are worked by hand.
#include "analytics/daily_summary.h"
#include "records/payload.h"
#include "records/sunspec.h"
#include "valuation/pv_performance.h"

#include <QTest>

#include <cmath>

using namespace pp;
using namespace pp::valuation;

namespace {

constexpr std::int64_t kDay0 = 20'089;  // 2025-01-01, UTC+8

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}

analytics::AssetInfo station(double dcW = 10'000)
{
    analytics::AssetInfo a;
    a.deviceId = QByteArray(16, '\x07');
    a.assetClass = records::AssetClass::Pv;
    a.capacityW = dcW;
    a.latitude = 31.49;
    a.longitude = 120.31;
    return a;
}

// `days` days of 40 kWh each (96 samples, a register that climbs 40 kWh a day), without
// the days in [gapFrom, gapTo).
std::vector<store::DailyRow> fortyKwhDays(int days, int gapFrom = -1, int gapTo = -1)
{
    std::vector<store::DailyRow> rows;
    for (int k = 0; k < days; ++k) {
        if (k >= gapFrom && k < gapTo)
            continue;
        store::DailyRow r;
        r.deviceId = station().deviceId;
        r.day = kDay0 + k;
        r.samples = 96;
        r.whMin = 40'000.0 * k;
        r.whMax = 40'000.0 * (k + 1);
        rows.push_back(r);
    }
    return rows;
}

// A PV batch of four quarter-hour samples with these lifetime register values (Wh).
records::RecordBody pvBatch(std::uint64_t timeMs, std::initializer_list<double> wh, int whScale)
{
    records::RecordBody body;
    body.type = records::RecordType::PvBatch;
    body.timeMs = timeMs;
    body.intervalS = 900;
    for (double v : wh)
        body.binarySamples.push_back(records::sunspec::encodeInverterBlock(
            103, {{"W", 5000}, {"WH", v}, {"St", 4}, {"Evt1", 0}},
            {{"W_SF", 0}, {"WH_SF", whScale}}));
    return body;
}

}  // namespace

class TestPvPerformance : public QObject
{
    Q_OBJECT

private slots:
    void energyIsTheRegistersIncreaseAcrossAGap()
    {
        // WH_SF = 1: the register counts tens of Wh. Day one grows 1.5 kWh within itself;
        // two days later the first sample after the gap stands 60.5 kWh higher than the
        // last one before it, which is energy made during the gap and counts in full.
        analytics::DailySummary summary(station().deviceId);
        const std::uint64_t t0 = static_cast<std::uint64_t>(analytics::dayStartMs(kDay0)) +
                                 10 * 3'600'000;  // 10:00 UTC+8
        for (const records::RecordBody& body :
             {pvBatch(t0, {1'000'000, 1'000'500, 1'001'000, 1'001'500}, 1),
              pvBatch(t0 + 2 * 86'400'000, {1'061'500, 1'062'000, 1'062'000, 1'062'000}, 1)}) {
            const records::Payload payload = records::Payload::decode(body);
            QVERIFY(payload.faults.empty());
            QCOMPARE(payload.blocks.front().value(u"WH").value_or(-1),
                     body.timeMs == t0 ? 1'000'000.0 : 1'061'500.0);
            summary.add(body, payload);
        }
        const std::vector<store::DailyRow> rows = summary.rows();
        QCOMPARE(rows.size(), std::size_t{2});
        const PvPerformance p = assessPv({station(), rows, nullptr, kDay0 + 2});
        QCOMPARE(p.days.size(), std::size_t{2});
        QVERIFY(near(p.days[0].kwh, 1.5, 1e-9));
        QVERIFY(near(p.days[1].kwh, 60.5, 1e-9));
        QCOMPARE(p.days[1].spanDays, 2.0);
        QVERIFY(near(p.verifiedKwh, 62.0, 1e-9));
        // The window is the three days from the first sample; the register spans them all.
        QCOMPARE(p.annual.windowDays, 3.0);
        QVERIFY(near(p.annual.coverage, 1.0, 1e-12));
        QVERIFY(p.insufficientData);  // two days of data: computed, and marked
        QVERIFY(near(p.annual.p50Kwh, 62.0 * 365 / 3, 1e-6));
    }

    void p50AndP90OverAYearWithAGap()
    {
        // 400 days of 40 kWh a day, ten of them (days 100–109) without samples: the register
        // covers them, so the window of the latest 365 days is fully covered.
        const std::vector<store::DailyRow> rows = fortyKwhDays(400, 100, 110);
        const PvPerformance p = assessPv({station(), rows, nullptr, kDay0 + 399});
        QVERIFY(!p.insufficientData);
        QCOMPARE(p.annual.windowDays, 365.0);
        QVERIFY(near(p.annual.coverage, 1.0, 1e-12));
        QVERIFY(near(p.annual.plausibleKwh, 365 * 40.0, 1e-6));
        QVERIFY(near(p.annual.p50Kwh, 14'600, 1e-6));
        const double sigma = std::sqrt(0.05 * 0.05 + 0.01 * 0.01);
        QVERIFY(near(p.annual.sigma, sigma, 1e-12));
        QVERIFY(near(p.annual.p90Kwh, 14'600 * (1 - 1.2816 * sigma), 1e-6));
        QVERIFY(near(*p.finalYieldAnnual, 1'460, 1e-6));  // kWh/kWp of a 10 kWp station
        // Availability counts samples, not energy: the ten silent days are unavailable.
        QVERIFY(near(p.availability, 355.0 / 365.0, 1e-12));
        QCOMPARE(p.days[100].spanDays, 11.0);
        QVERIFY(near(p.days[100].kwh, 440, 1e-9));
    }

    void implausibleDaysAreLeftOutAndWidenSigma()
    {
        const std::vector<store::DailyRow> rows = fortyKwhDays(400);
        std::set<std::int64_t> implausible;
        for (int k = 200; k < 220; ++k)
            implausible.insert(kDay0 + k);
        const PvPerformance p = assessPv({station(), rows, &implausible, kDay0 + 399});
        QCOMPARE(p.daysExcluded, std::uint64_t{20});
        QVERIFY(near(p.excludedKwh, 800, 1e-9));
        QVERIFY(near(p.plausibleKwh, 15'200, 1e-9));
        QVERIFY(near(p.verifiedKwh, 16'000, 1e-9));
        const double coverage = 345.0 / 365.0;
        QVERIFY(near(p.annual.coverage, coverage, 1e-12));
        // The plausible days' rate, over a year: the same 40 kWh a day.
        QVERIFY(near(p.annual.p50Kwh, 14'600, 1e-6));
        const double sigma =
            std::sqrt(0.05 * 0.05 + 0.01 * 0.01 + std::pow((1 - coverage) * 0.5, 2));
        QVERIFY(near(p.annual.sigmaCoverage, (1 - coverage) * 0.5, 1e-12));
        QVERIFY(near(p.annual.p90Kwh, 14'600 * (1 - 1.2816 * sigma), 1e-6));
        // Monthly figures keep what was left out beside what counts.
        double excluded = 0;
        for (const PvMonth& m : p.months)
            excluded += m.excludedKwh;
        QVERIFY(near(excluded, 800, 1e-9));
    }

    void aRegisterThatGoesBackCountsNothing()
    {
        std::vector<store::DailyRow> rows = fortyKwhDays(3);
        rows[2].whMin = 0;
        rows[2].whMax = 1'000;  // reset
        const PvPerformance p = assessPv({station(), rows, nullptr, kDay0 + 2});
        QCOMPARE(p.days[2].kwh, 0.0);
        QVERIFY(near(p.verifiedKwh, 80, 1e-9));
    }

    void yearOnYearDegradationNeedsTwoYears()
    {
        const PvPerformance one = assessPv({station(), fortyKwhDays(300), nullptr, kDay0 + 299});
        QVERIFY(!one.degradationPerYear);
        QVERIFY(!one.degradationAbsent.isEmpty());
        // Two years, the second 1 % lower every day.
        std::vector<store::DailyRow> rows;
        double wh = 0;
        for (int k = 0; k < 730; ++k) {
            store::DailyRow r;
            r.day = kDay0 + k;
            r.samples = 96;
            r.whMin = wh;
            wh += k < 365 ? 40'000 : 39'600;
            r.whMax = wh;
            rows.push_back(r);
        }
        const PvPerformance two = assessPv({station(), rows, nullptr, kDay0 + 729});
        QVERIFY(two.degradationPerYear);
        QVERIFY2(near(*two.degradationPerYear, 0.01, 0.002),
                 qPrintable(QString::number(*two.degradationPerYear)));
        // A horizontal clear sky at Wuxi gives 1,800–2,300 kWh/m² a year; a flat 40 kWh a day
        // from 10 kWp (1,460 kWh/kWp) is some 0.6–0.8 of it.
        QVERIFY(two.clearSkyRatio);
        QVERIFY2(*two.clearSkyRatio > 0.55 && *two.clearSkyRatio < 0.85,
                 qPrintable(QString::number(*two.clearSkyRatio)));
    }
};

QTEST_GUILESS_MAIN(TestPvPerformance)
#include "tst_pv_performance.moc"
