// A battery history's figures (analytics/battery) on hand-made packs and vans whose answers
// are known, and the degradation projection on data drawn from a known law.
#include "analytics/battery/battery_history.h"
#include "analytics/battery/degradation_fit.h"
#include "records/gbt32960.h"

#include <QTest>

#include <cmath>

using namespace pp;
using namespace pp::analytics;

namespace {

constexpr std::uint64_t kMinute = 60'000;
constexpr std::uint64_t kStart = 1'735'689'600'000;  // 2025-01-01T00:00:00Z

// A 30 Ah LFP pack's registration.
AssetInfo pack(std::optional<double> capacityAh = 30)
{
    AssetInfo a;
    a.deviceId = QByteArray(16, '\x01');
    a.assetClass = records::AssetClass::Battery;
    a.name = QStringLiteral("test pack");
    a.chemistry = QStringLiteral("LFP");
    a.capacityAh = capacityAh;
    return a;
}

// Appends `n` one-minute samples at `currentA`, moving the SoC as a pack of `trueAh` would.
struct PackBuilder
{
    BatterySamples s;
    std::uint64_t t = kStart;
    double soc = 50, trueAh = 30, soh = 100;
    double tempMax = 25, tempMin = 20;

    void run(int n, double currentA, std::uint64_t stepMs = kMinute)
    {
        for (int i = 0; i < n; ++i) {
            BatteryPoint p;
            p.timeMs = t;
            p.holdMs = static_cast<std::uint32_t>(stepMs);
            p.voltageV = 52;
            p.currentA = static_cast<float>(currentA);
            p.socPct = static_cast<float>(soc);
            p.sohPct = static_cast<float>(soh);
            p.tempMaxC = static_cast<float>(tempMax);
            p.tempMinC = static_cast<float>(tempMin);
            p.cellMaxV = 3.3F;
            p.cellMinV = 3.2F;
            p.record = static_cast<std::uint32_t>(s.records.size());
            s.records.push_back({1, s.points.size(), s.points.size()});
            s.points.push_back(p);
            t += stepMs;
            soc += currentA * (static_cast<double>(stepMs) / 3.6e6) / trueAh * 100;
        }
    }
    BatteryHistory history(AssetInfo info = pack())
    {
        s.info = std::move(info);
        return computeBatteryHistory(s, 0, UINT64_MAX);
    }
};

}  // namespace

class TestBatteryHistory : public QObject
{
    Q_OBJECT

private slots:
    void throughputAndEquivalentFullCycles()
    {
        // 60 min charging at 15 A (15 Ah), 30 min at −30 A (15 Ah): 30 Ah through a 30 Ah
        // pack is half an equivalent full cycle; energy at 52 V is 1.56 kWh.
        PackBuilder b;
        b.run(60, 15);
        b.run(30, -30);
        const BatteryHistory h = b.history();
        QCOMPARE(h.samples, std::uint64_t{90});
        QVERIFY(std::abs(h.throughputAh - 30) < 1e-9);
        QVERIFY(std::abs(h.throughputKwh - 1.56) < 1e-9);
        QVERIFY(h.efc);
        QVERIFY(std::abs(*h.efc - 0.5) < 1e-9);
        QVERIFY(std::abs(*h.cRate.maxCharge - 0.5) < 1e-9);
        QVERIFY(std::abs(*h.cRate.maxDischarge - 1.0) < 1e-9);
        QCOMPARE(*h.cRate.fastChargeShare, 0.0);
        QCOMPARE(h.coverage.share, 1.0);
    }

    void aGapIsNotZeroCurrent()
    {
        // The same currents with two idle days between them: the throughput is the same,
        // the window is longer and only partly covered, and the silence is an event.
        PackBuilder b;
        b.run(60, 15);
        b.t += 2 * 86'400'000;
        b.run(30, -30);
        const BatteryHistory h = b.history();
        QVERIFY(std::abs(h.throughputAh - 30) < 1e-9);
        QVERIFY(h.coverage.share < 0.05);
        const auto gap = std::find_if(
            h.negativeEvents.begin(), h.negativeEvents.end(),
            [](const NegativeEvent& e) { return e.kind == NegativeEvent::Kind::DataGap; });
        QVERIFY(gap != h.negativeEvents.end());
        QCOMPARE(gap->worst, 48.0);  // hours
    }

    void fastChargeShare()
    {
        // 20 min at 60 A (2 C, 20 Ah) and 40 min at 15 A (10 Ah): two thirds above 1 C.
        PackBuilder b;
        b.soc = 10;
        b.run(20, 60);
        b.run(40, 15);
        const BatteryHistory h = b.history();
        QVERIFY(std::abs(*h.cRate.fastChargeShare - 2.0 / 3) < 1e-9);
        QVERIFY(std::abs(*h.cRate.maxCharge - 2.0) < 1e-9);
    }

    void temperatureMinutes()
    {
        PackBuilder b;
        b.tempMax = 47;  // 10 min above 45 °C, at rest
        b.run(10, 0);
        b.tempMax = 5;
        b.tempMin = -3;  // 7 min below 0 °C charging, then 5 resting
        b.run(7, 10);
        b.run(5, 0);
        const BatteryHistory h = b.history();
        QCOMPARE(h.temperature.minutesAbove45C, 10.0);
        QCOMPARE(h.temperature.minutesBelow0C, 12.0);
        QCOMPARE(h.temperature.minutesChargingBelow0C, 7.0);
        // Time at temperature, in 5 °C bins of the highest temperature, from 5 to 50 °C.
        QCOMPARE(h.temperature.histogram.front().fromC, 5);
        QCOMPARE(h.temperature.histogram.front().minutes, 12.0);
        QCOMPARE(h.temperature.histogram.back().fromC, 45);
        QCOMPARE(h.temperature.histogram.back().minutes, 10.0);
        QCOMPARE(h.temperature.histogram.size(), std::size_t{9});
        const auto charging = std::count_if(
            h.negativeEvents.begin(), h.negativeEvents.end(), [](const NegativeEvent& e) {
                return e.kind == NegativeEvent::Kind::ChargingBelowFreezing;
            });
        QCOMPARE(charging, 1);  // one run of samples, one event
    }

    void depthOfDischargeHistogram()
    {
        // Three cycles 90 % → 20 % → 90 %: 70-point swings.
        PackBuilder b;
        b.soc = 90;
        for (int k = 0; k < 3; ++k) {
            b.run(42, -30);  // −70 points
            b.run(42, 30);
        }
        const BatteryHistory h = b.history();
        QCOMPARE(h.dodHistogram.size(), std::size_t{10});
        double total = 0;
        for (const DodBin& bin : h.dodHistogram)
            total += bin.cycles;
        QCOMPARE(total, 3.0);
        QCOMPARE(h.dodHistogram[6].fromPct, 60);  // 69.999…: float steps land under 70
        QVERIFY(h.dodHistogram[6].cycles + h.dodHistogram[7].cycles == 3.0);
    }

    void stateOfHealthFromCoulombCounting()
    {
        // The pack holds 27 Ah of its nominal 30 (90 %) but its BMS says 98 %: a day of full
        // swings, for ten days.
        PackBuilder b;
        b.trueAh = 27;
        b.soh = 98;
        b.soc = 95;
        for (int day = 0; day < 10; ++day) {
            b.run(108, -12);  // 21.6 Ah: 80 points of 27 Ah
            b.run(108, 12);
            b.run(1224, 0);  // rest to the next day
        }
        const BatteryHistory h = b.history();
        QCOMPARE(h.soh.estimates.size(), std::size_t{20});
        for (const CapacitySegment& c : h.soh.estimates)
            QVERIFY2(std::abs(c.sohPct - 90) < 0.5, qPrintable(QString::number(c.sohPct)));
        QVERIFY(std::abs(*h.soh.estimatedLatest - 90) < 0.5);
        QCOMPARE(*h.soh.reportedLatest, 98.0);
        QVERIFY(h.soh.overReported);
        QVERIFY(h.soh.overReportedSince);

        // An honest BMS: no flag.
        PackBuilder honest;
        honest.trueAh = 27;
        honest.soh = 90;
        honest.soc = 95;
        for (int day = 0; day < 10; ++day) {
            honest.run(108, -12);
            honest.run(108, 12);
            honest.run(1224, 0);
        }
        QVERIFY(!honest.history().soh.overReported);
    }

    void withoutNominalCapacityTheRestIsComputed()
    {
        PackBuilder b;
        b.run(60, 15);
        const BatteryHistory h = b.history(pack(std::nullopt));
        QVERIFY(!h.efc);
        QVERIFY(!h.cRate.maxCharge);
        QVERIFY(h.soh.estimates.empty());
        QVERIFY(h.nominalBasis.english().contains(u"nominal_capacity_mah"));
        QVERIFY(h.soh.absent.english().contains(u"nominal_capacity_mah"));
        QVERIFY(std::abs(h.throughputAh - 15) < 1e-9);
        QCOMPARE(h.temperature.samples, std::uint64_t{60});
    }

    void anEmptyWindowSaysSo()
    {
        BatterySamples none;
        none.info = pack();
        const BatteryHistory h = computeBatteryHistory(none, kStart, kStart + 86'400'000);
        QVERIFY(h.empty());
        QVERIFY(!h.efc);
        QVERIFY(h.dodHistogram.empty());
    }

    void outOfRangeSamplesAreLeftOutAndCounted()
    {
        records::RecordBody body;
        body.type = records::RecordType::BatteryBatch;
        body.timeMs = kStart;
        body.intervalS = 60;
        body.batterySamples = {
            {52'000, 10'000, 500, 990, 250, 200, 3300, 3200, 10, 0},
            {52'000, 10'000, 1200, 990, 250, 200, 3300, 3200, 10, 0},  // SoC 120 %
            {52'000, 10'000, 510, 1500, 250, 200, 3300, 3200, 10, 0},  // SoH 150 %
            {52'000, 10'000, 520, 990, 9990, 200, 3300, 3200, 10, 0},  // 999 °C
        };
        BatterySamples s;
        s.info = pack();
        appendBatterySamples(body, {5, 2, 9}, s);
        QCOMPARE(s.points.size(), std::size_t{3});
        QCOMPARE(s.samplesLeftOut.at(QStringLiteral("soc_out_of_range")), std::uint64_t{1});
        QCOMPARE(s.samplesLeftOut.at(QStringLiteral("soh_out_of_range")), std::uint64_t{1});
        QCOMPARE(s.samplesLeftOut.at(QStringLiteral("temperature_out_of_range")), std::uint64_t{1});
        QVERIFY(!s.points[1].soh());
        QVERIFY(!s.points[2].tempMax());
        QCOMPARE(s.points[2].tempMin().value(), 20.0);
        QCOMPARE(s.records.size(), std::size_t{1});
        QCOMPARE(s.records[s.points[0].record].height, std::uint64_t{5});
    }

    void vanPacketsWithInvalidMarkersAreLeftOut()
    {
        // GB/T 32960 marks a value it does not have with 0xFE (abnormal) or 0xFF (invalid).
        using namespace records::gbt32960;
        auto packet = [](int second, std::uint8_t soc, std::uint16_t current) {
            Packet p;
            p.vin = QByteArrayLiteral("LTESTVIN000000001");
            p.time = {2025, 1, 1, 8, 0, second};
            VehicleUnit v;
            v.voltage = 3500;  // 350 V
            v.current = current;
            v.soc = soc;
            p.vehicle = v;
            return encode(p);
        };
        records::RecordBody body;
        body.type = records::RecordType::VehicleBatch;
        body.binarySamples = {packet(0, 80, 10'000 + 500), packet(30, 0xFF, 10'000),
                              packet(40, 80, 0xFFFF), packet(50, 79, 10'000 - 1000),
                              QByteArrayLiteral("##garbage")};
        BatterySamples s;
        s.info.assetClass = records::AssetClass::Vehicle;
        appendBatterySamples(body, {1, 0, 0}, s);
        settleHolds(s);
        QCOMPARE(s.points.size(), std::size_t{2});
        QCOMPARE(s.samplesLeftOut.at(QStringLiteral("invalid_marker")), std::uint64_t{2});
        QCOMPARE(s.samplesLeftOut.at(QStringLiteral("undecodable")), std::uint64_t{1});
        // GB/T's + is discharging; ours is charging.
        QCOMPARE(s.points[0].currentA, -50.0);
        QCOMPARE(s.points[1].currentA, 100.0);
        // A packet holds until the next one; the last as long as the one before.
        QCOMPARE(s.points[0].holdMs, std::uint64_t{50'000});
        QCOMPARE(s.points[1].holdMs, std::uint64_t{50'000});
    }

    void projectionRecoversAKnownLaw()
    {
        // SoH = 100 − 0.5·√days − 0.005·EFC, at 1.5 EFC a day, measured daily for a year.
        auto law = [](double d) { return 100 - 0.5 * std::sqrt(d) - 0.005 * 1.5 * d; };
        std::vector<SohObservation> obs;
        for (int d = 1; d <= 365; ++d)
            obs.push_back({double(d), 1.5 * d, law(d)});
        const DegradationProjection p = fitDegradation(obs, 1.5, QStringLiteral("reported"));
        QVERIFY2(p.supported, qPrintable(p.reason.english()));
        QVERIFY(std::abs(p.calendar - 0.5) < 0.02);
        QVERIFY(std::abs(p.cycle - 0.005) < 0.001);
        QVERIFY(std::abs(p.exponent - 1.0) < 0.051);
        QVERIFY(p.rmse < 0.01);
        // Where the law itself reaches 80 %: about 791 days in, 426 after the last value.
        double day80 = 365;
        while (law(day80) > 80)
            day80 += 0.01;
        QVERIFY(p.to80);
        QVERIFY2(std::abs(p.to80->days - (day80 - 365)) < 3,
                 qPrintable(QStringLiteral("%1 vs %2").arg(p.to80->days).arg(day80 - 365)));
        QVERIFY(p.to80->earliestDays <= p.to80->days && p.to80->days <= p.to80->latestDays);
        QVERIFY(p.to70 && p.to70->days > p.to80->days);
    }

    void projectionSaysWhenDataCannotSupportIt()
    {
        std::vector<SohObservation> few{{1, 1, 99}, {2, 2, 98.9}, {3, 3, 98.8}};
        const DegradationProjection short_ = fitDegradation(few, 1, QStringLiteral("reported"));
        QVERIFY(!short_.supported);
        QVERIFY(short_.reason.english().contains(u"at least 8"));
        // A flat, noisy SoH: no fade to project.
        std::vector<SohObservation> flat;
        for (int d = 0; d < 200; ++d)
            flat.push_back({double(d), double(d), 95 + ((d * 7) % 5 - 2) * 0.3});
        const DegradationProjection none = fitDegradation(flat, 1, QStringLiteral("reported"));
        QVERIFY(!none.supported);
        QVERIFY(!none.reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBatteryHistory)
#include "tst_battery_history.moc"
