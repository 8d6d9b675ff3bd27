// The device simulator's physics, device by device and without a chain: what a PV
// financier, a battery insurer and a fleet analyst would check first. Solar geometry is
// held against NREL's SPA reference and against measured PV data (../shared/data).

#include "crypto/frame_signature.h"
#include "node/sim/battery_pack.h"
#include "node/sim/calendar.h"
#include "node/sim/fleet.h"
#include "node/sim/pv_station.h"
#include "node/sim/solar.h"
#include "node/sim/vehicle.h"
#include "records/gbt32960.h"
#include "records/sunspec.h"
#include "support/test_data.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <map>

using namespace pp;
using namespace pp::node::sim;

namespace {

constexpr std::int64_t kStart = 1735660800000LL;  // 2025-01-01 00:00 Beijing time

// Runs every device of `fleet` for `days` days from kStart, handing each output to `see`.
template <typename See>
void run(Fleet& fleet, int days, See see)
{
    for (std::int64_t h = 0; h < days * 24LL; ++h) {
        const std::int64_t hour = kStart + h * kHourMs;
        if (h % 24 == 0)
            fleet.beginDay(hour);
        for (FleetDevice& d : fleet.devices) {
            HourOutput out;
            d.device->simulateHour(hour, out);
            for (const records::RecordBody& body : out)
                see(d, body);
        }
    }
}

FleetOptions options(int pv, int batteries, int vehicles, int days)
{
    FleetOptions o;
    o.pv = pv;
    o.batteries = batteries;
    o.vehicles = vehicles;
    o.days = days;
    o.startMs = kStart;
    o.seed = "physics";
    return o;
}

}  // namespace

class TestSimulatorPhysics : public QObject
{
    Q_OBJECT

private slots:
    void calendarIsExact()
    {
        const CivilTime t = beijingTime(kStart);
        QCOMPARE(t.year, 2025);
        QCOMPARE(t.month, 1);
        QCOMPARE(t.day, 1);
        QCOMPARE(t.hour, 0);
        QCOMPARE(t.weekday, 3);  // a Wednesday
        QCOMPARE(beijingMidnight(2025, 1, 1), kStart);
        const CivilTime leap = beijingTime(beijingMidnight(2024, 12, 31) + 13 * kHourMs + 61000);
        QCOMPARE(leap.dayOfYear, 366);
        QCOMPARE(leap.minute, 1);
        QCOMPARE(leap.second, 1);
    }

    // NREL's SPA paper, worked example: 2003-10-17 12:30:30 at UTC-7, Golden, Colorado.
    void sunPositionMatchesSpaReference()
    {
        const std::int64_t utc = 1066419030000LL;  // 2003-10-17 19:30:30 UTC
        const SunPosition sun = sunPosition(utc, 39.742476, -105.1786);
        QVERIFY2(std::abs(sun.zenith - 50.11162) < 0.3, qPrintable(QString::number(sun.zenith)));
        QVERIFY2(std::abs(sun.azimuth - 194.34024) < 0.3, qPrintable(QString::number(sun.azimuth)));
    }

    // A measured 5 kW system (NREL PVDAQ 50, Golden, tilt 45°, azimuth 158°): it produces
    // only while our sun is up, and its clear-day peaks sit under our clear-sky model.
    void measuredPvAgreesWithSunAndClearSky()
    {
        PP_REQUIRE_SHARED();
        QFile file(
            pp::test::sharedPath(QStringLiteral("data/pv-measured/serf_east_15min_ac_power.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine();
        int producing = 0, dark = 0;
        std::map<QString, double> peakMeasured, peakModel;
        while (!file.atEnd()) {
            const QList<QByteArray> cols = file.readLine().trimmed().split(',');
            if (cols.size() != 2)
                continue;
            const QDateTime at = QDateTime::fromString(QString::fromLatin1(cols[0]), Qt::ISODate);
            QVERIFY(at.isValid());
            bool ok = false;
            const double watts = cols[1].toDouble(&ok);
            if (!ok)
                continue;  // gaps in the measured series
            const std::int64_t mid = at.toMSecsSinceEpoch() + 450'000;
            const SunPosition sun = sunPosition(mid, 39.742, -105.1727);
            const QString day = at.date().toString(Qt::ISODate);
            if (watts > 100) {
                ++producing;
                // Production with the sun a degree or more below the horizon is impossible.
                if (sun.zenith > 91)
                    ++dark;
                peakMeasured[day] = std::max(peakMeasured[day], watts);
            }
            const int doy = at.date().dayOfYear();
            const double poa = planeOfArray(clearSky(sun, doy, 1730, 2.5), sun, 45, 158);
            peakModel[day] = std::max(peakModel[day], 5000 * poa / 1000 * 0.85);
        }
        QVERIFY(producing > 3000);
        QCOMPARE(dark, 0);
        // On the clearest days (the top tenth by measured peak) the system reaches most of
        // what our clear sky allows and never far beyond (cloud edges add a little).
        std::vector<double> ratios;
        for (const auto& [day, peak] : peakMeasured)
            ratios.push_back(peak / peakModel[day]);
        std::sort(ratios.begin(), ratios.end());
        const double clearDays = ratios[ratios.size() * 9 / 10];
        qInfo("measured/model peak on clear days: %.2f (max %.2f)", clearDays, ratios.back());
        QVERIFY2(clearDays > 0.8 && clearDays < 1.15, qPrintable(QString::number(clearDays)));
        QVERIFY(ratios.back() < 1.3);
    }

    // A year of every PV site: honest stations yield what their resource zone gives, never
    // at night, never above their AC rating, with a lifetime register that only rises.
    void pvStationsYieldWhatTheirSitesGive()
    {
        Fleet fleet = *Fleet::create(options(16, 0, 0, 365));
        struct Stats
        {
            double firstWh = -1, lastWh = 0, maxW = 0;
            int night = 0, faults = 0, samples = 0, backwards = 0;
        };
        std::map<QByteArray, Stats> stats;
        run(fleet, 365, [&](const FleetDevice& d, const records::RecordBody& body) {
            const auto& pv = static_cast<const PvStation&>(*d.device);
            Stats& s = stats[d.deviceId];
            for (std::size_t i = 0; i < body.binarySamples.size(); ++i) {
                auto block = records::sunspec::InverterBlock::decode(body.binarySamples[i]);
                QVERIFY2(block, qPrintable(block ? QString() : block.error().message()));
                const double wh = *block->value(u"WH");
                if (wh < s.lastWh)
                    ++s.backwards;
                if (s.firstWh < 0)
                    s.firstWh = wh;
                s.lastWh = wh;
                const double w = *block->value(u"W");
                s.maxW = std::max(s.maxW, w);
                const std::int64_t mid = static_cast<std::int64_t>(body.timeMs) +
                                         static_cast<std::int64_t>(i * 900 + 450) * 1000;
                const Site& site = pv.spec().weather->site();
                if (w > 0 && !sunPosition(mid, site.latitude, site.longitude).up())
                    ++s.night;
                s.faults += *block->raw(u"St") == 7 ? 1 : 0;
                ++s.samples;
            }
        });
        int honest = 0;
        QStringList outOfZone;
        for (const FleetDevice& d : fleet.devices) {
            const auto& pv = static_cast<const PvStation&>(*d.device);
            const Stats& s = stats[d.deviceId];
            const double yield = (s.lastWh - s.firstWh) / pv.spec().dcW;
            const Site& site = pv.spec().weather->site();
            qInfo(
                "%-28s %-8s %7.0f kWp  yield %6.0f kWh/kWp [%4.0f-%4.0f]  max %.2f AC  faults %d  "
                "samples %d%s",
                qPrintable(pv.name()), site.key, pv.spec().dcW / 1000, yield, site.yieldLow,
                site.yieldHigh, s.maxW / pv.spec().acW, s.faults, s.samples,
                pv.spec().lie == PvLie::None ? "" : "  (lies)");
            QCOMPARE(s.backwards, 0);
            if (pv.spec().lie != PvLie::None)
                continue;
            ++honest;
            QCOMPARE(s.night, 0);
            QVERIFY(s.maxW <= pv.spec().acW * 1.001);
            if (yield < site.yieldLow || yield > site.yieldHigh || yield < 850 || yield > 1750)
                outOfZone << QStringLiteral("%1: %2").arg(pv.name()).arg(yield);
        }
        QVERIFY2(outOfZone.isEmpty(), qPrintable(outOfZone.join(u", ")));
        QVERIFY(honest >= 12);
    }

    // Half a year of riders' swap packs and storage packs: cycles a day, fading SoH,
    // temperatures of the seasons, and the misbehaving packs as they show, or do not, in the data.
    void batteriesCycleAndAgeLikeRealPacks()
    {
        constexpr int days = 180;
        Fleet fleet = *Fleet::create(options(0, 20, 0, days));
        struct Stats
        {
            std::int64_t firstCycles = -1, lastCycles = 0, counterBackwards = 0;
            int firstSoh = -1, lastSoh = 0, minSoh = 1000, sohRises = 0;
            double maxTemp = -100, minTemp = 100;
            int imbalanceFlags = 0, samples = 0, charges = 0;
            bool charging = false;
            std::uint64_t lastTime = 0;
        };
        std::map<QByteArray, Stats> stats;
        run(fleet, days, [&](const FleetDevice& d, const records::RecordBody& body) {
            Stats& s = stats[d.deviceId];
            QVERIFY(body.intervalS == 60u || body.intervalS == 1800u);
            QVERIFY(body.timeMs > s.lastTime);
            s.lastTime = body.timeMs;
            for (const records::BatterySample& v : body.batterySamples) {
                const int soh = static_cast<int>(v[3]);
                if (s.firstSoh < 0)
                    s.firstSoh = soh;
                if (soh > s.minSoh + 5)
                    ++s.sohRises;
                s.minSoh = std::min(s.minSoh, soh);
                s.lastSoh = soh;
                if (s.firstCycles < 0)
                    s.firstCycles = v[8];
                if (v[8] < s.lastCycles)
                    ++s.counterBackwards;
                s.lastCycles = v[8];
                s.maxTemp = std::max(s.maxTemp, v[4] / 10.0);
                s.minTemp = std::min(s.minTemp, v[5] / 10.0);
                s.imbalanceFlags += (v[9] & 8) ? 1 : 0;
                // A discharge/charge cycle ends with a charge: count charges that begin.
                const bool charging = v[1] > 500;
                s.charges += charging && !s.charging ? 1 : 0;
                s.charging = charging;
                QVERIFY(v[2] >= 0 && v[2] <= 1000);
                QVERIFY(v[6] >= v[7]);
                ++s.samples;
            }
        });
        for (const FleetDevice& d : fleet.devices) {
            const auto& pack = static_cast<const BatteryPack&>(*d.device);
            const Stats& s = stats[d.deviceId];
            const double perDay = static_cast<double>(s.charges) / days;
            const double efcPerDay = static_cast<double>(s.lastCycles - s.firstCycles) / days;
            const bool rider = pack.spec().use == BatteryUse::RiderSwap;
            qInfo(
                "%-26s %s %2d s %2.0f Ah  cycles/day %.2f (%.2f full)  SoH %d->%d  temp %.1f..%.1f "
                " "
                "imbalance flags %d  samples/day %d%s",
                qPrintable(pack.name()), pack.spec().chemistry == Chemistry::Lfp ? "LFP" : "NMC",
                pack.spec().seriesCells, pack.spec().capacityAh, perDay, efcPerDay, s.firstSoh,
                s.lastSoh, s.minTemp, s.maxTemp, s.imbalanceFlags, s.samples / days,
                d.truth.value(u"honest").toBool() ? "" : "  (misconduct)");
            QVERIFY(s.maxTemp < 65 && s.minTemp > -25);
            if (pack.spec().lie == BatteryLie::CycleCounterReset) {
                QVERIFY(s.counterBackwards > 0);  // the reset shows
                QVERIFY(s.sohRises > 0);
                continue;
            }
            if (pack.spec().lie == BatteryLie::SohOverstated) {
                // Nothing a record shows: the counter counts, the SoH only falls, by a
                // third of the true fade.
                QCOMPARE(s.counterBackwards, 0);
                QCOMPARE(s.sohRises, 0);
                QVERIFY(s.lastSoh < s.firstSoh);
                QVERIFY(1000 - s.lastSoh < (1 - pack.trueSoh()) * 1000 / 2);
                continue;
            }
            QCOMPARE(s.counterBackwards, 0);
            QCOMPARE(s.sohRises, 0);
            QVERIFY(s.lastSoh < s.firstSoh);
            if (rider)
                QVERIFY2(perDay >= 1.8 && perDay <= 4.2, qPrintable(pack.name()));
            else
                QVERIFY2(perDay >= 0.3 && perDay <= 1.2, qPrintable(pack.name()));
            QCOMPARE(s.imbalanceFlags > 0, pack.spec().developsImbalance);
        }
    }

    // Two months of vans: every packet a complete GB/T 32960 packet of the registered VIN
    // in its terminal's edition (a 2025 terminal's signed with the frame key it
    // registers), working days of 80-250 km, honest odometers that never go back, and
    // positions that move no faster than the reported speed allows.
    void vansDriveRealRounds()
    {
        constexpr int days = 60;
        Fleet fleet = *Fleet::create(options(0, 0, 6, days));
        struct Stats
        {
            double lastKm = -1, dayStartKm = -1, maxSpeed = 0;
            int backwards = 0, jumps = 0, packets = 0, alarms = 0, lastDay = -1, signedOk = 0;
            std::vector<double> dailyKm;
            std::int64_t lastMs = 0;
            double lastLat = 0, lastLon = 0, lastSpeed = 0;
        };
        std::map<QByteArray, Stats> stats;
        run(fleet, days, [&](const FleetDevice& d, const records::RecordBody& body) {
            const auto& van = static_cast<const Van&>(*d.device);
            Stats& s = stats[d.deviceId];
            for (const QByteArray& sample : body.binarySamples) {
                auto p = records::gbt32960::decode(sample);
                QVERIFY2(p, qPrintable(p ? QString() : p.error().message()));
                QCOMPARE(p->vin, van.spec().vin);
                QCOMPARE(p->edition, van.spec().edition);
                const bool gb2025 = p->edition == records::gbt32960::Edition::Gb2025;
                QVERIFY(p->vehicle && p->position && p->alarms && !p->motors.empty());
                QCOMPARE(p->extremes.has_value(), !gb2025);
                if (gb2025) {
                    const auto key =
                        crypto::FrameKey::fromDer(van.spec().frameKey->publicKey().spkiDer());
                    QVERIFY(key && p->signature);
                    s.signedOk +=
                        key->verify(p->signature->algorithm, p->signature->r, p->signature->s,
                                    records::gbt32960::signedBytes(sample, *p))
                            .ok();
                }
                const double km = p->vehicle->odometer / 10.0;
                const QDateTime at(QDate(p->time.year, p->time.month, p->time.day),
                                   QTime(p->time.hour, p->time.minute, p->time.second),
                                   QTimeZone(8 * 3600));
                const std::int64_t ms = at.toMSecsSinceEpoch();
                const int day = static_cast<int>((ms - kStart) / kDayMs);
                if (day != s.lastDay) {
                    if (s.dayStartKm >= 0 && s.lastKm - s.dayStartKm > 1)
                        s.dailyKm.push_back(s.lastKm - s.dayStartKm);
                    s.dayStartKm = km;
                    s.lastDay = day;
                }
                if (s.lastKm >= 0 && km < s.lastKm)
                    ++s.backwards;
                const double lat = p->position->latitude / 1e6, lon = p->position->longitude / 1e6;
                const double speed = p->vehicle->speed / 10.0;
                // Compared with the last packet, when both had a fix.
                if (s.lastMs > 0 && ms - s.lastMs <= 30'000 && p->position->status == 0) {
                    const double metres =
                        std::hypot((lat - s.lastLat) * 111'320,
                                   (lon - s.lastLon) * 111'320 * std::cos(lat * M_PI / 180));
                    if (metres > std::max(speed, s.lastSpeed) / 3.6 * 30 * 1.5 + 30)
                        ++s.jumps;
                }
                s.lastLat = lat;
                s.lastLon = lon;
                s.lastMs = p->position->status == 0 ? ms : 0;
                s.lastSpeed = speed;
                s.lastKm = km;
                s.maxSpeed = std::max(s.maxSpeed, speed);
                s.alarms += p->alarms->level > 0 ? 1 : 0;
                ++s.packets;
            }
        });
        for (const FleetDevice& d : fleet.devices) {
            const auto& van = static_cast<const Van&>(*d.device);
            const Stats& s = stats[d.deviceId];
            const auto [low, high] = std::minmax_element(s.dailyKm.begin(), s.dailyKm.end());
            double sum = 0;
            for (double k : s.dailyKm)
                sum += k;
            qInfo(
                "%-18s %s  working days %zu  km/day %.0f..%.0f (mean %.0f)  max %.0f km/h  "
                "packets/day %d  alarm packets %d%s",
                qPrintable(van.name()), van.spec().vin.constData(), s.dailyKm.size(), *low, *high,
                sum / s.dailyKm.size(), s.maxSpeed, s.packets / days, s.alarms,
                van.spec().lie == VehicleLie::None ? "" : "  (rolls back)");
            QCOMPARE(s.jumps, 0);
            QVERIFY(s.dailyKm.size() >= days * 3 / 4);
            const bool gb2025 = van.spec().edition == records::gbt32960::Edition::Gb2025;
            QCOMPARE(s.signedOk, gb2025 ? s.packets : 0);
            if (van.spec().lie != VehicleLie::None) {
                QCOMPARE(s.backwards, 1);
                continue;
            }
            QCOMPARE(s.backwards, 0);
            QVERIFY2(*low >= 75 && *high <= 255, qPrintable(van.name()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSimulatorPhysics)
#include "tst_simulator_physics.moc"
