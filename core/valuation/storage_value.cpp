#include "valuation/storage_value.h"

#include <algorithm>

namespace pp::valuation {

namespace {

// Caps keep one bad habit from valuing a pack at nothing: the sum of all is capped at 1.
constexpr double kPerEvent = 0.01, kEventsCap = 0.2;
constexpr double kHeatCap = 0.15;
constexpr double kPerColdHour = 0.01, kColdCap = 0.1;

std::vector<Haircut> haircuts(const analytics::BatterySummary& s)
{
    std::vector<Haircut> out;
    // Gaps are missing data, not abuse, and cold charging has its own term.
    const std::size_t events = s.abuseEvents;
    if (events > 0)
        out.push_back({QStringLiteral("negative_events"),
                       std::min(kEventsCap, kPerEvent * static_cast<double>(events)),
                       Text("Valuation", QT_TRANSLATE_NOOP("Valuation", "%1 negative events"),
                            {QString::number(events)})});
    const double coveredMinutes = static_cast<double>(s.coveredMs) / 60'000;
    if (coveredMinutes > 0 && s.minutesAbove45C > 0) {
        const double share = s.minutesAbove45C / coveredMinutes;
        out.push_back(
            {QStringLiteral("heat"), std::min(kHeatCap, share),
             Text("Valuation", QT_TRANSLATE_NOOP("Valuation", "%1 % of the time above 45 °C"),
                  {QString::number(share * 100, 'f', 2)})});
    }
    if (const double hours = s.minutesChargingBelow0C / 60; hours > 0)
        out.push_back(
            {QStringLiteral("cold_charging"), std::min(kColdCap, kPerColdHour * hours),
             Text("Valuation", QT_TRANSLATE_NOOP("Valuation", "%1 h of charging below 0 °C"),
                  {QString::number(hours, 'f', 1)})});
    return out;
}

}  // namespace

StorageValuation valueStorage(const analytics::AssetInfo& info, const analytics::BatterySummary& s,
                              const std::vector<analytics::DayValue>& dailyKm,
                              const ValuationParameters& p)
{
    StorageValuation v;
    v.nominalKwh = info.capacityWh.value_or(0) / 1000;
    // A BMS that over-reports is valued on what its currents show; so is a van, whose
    // GB/T 32960 packets carry no SoH. An estimate above 100 % is capped: no battery holds
    // more than it was rated for.
    if (s.sohReported && !s.sohOverReported) {
        v.sohPct = s.sohReported;
        v.sohBasis = QStringLiteral("reported");
    } else if (s.sohEstimated) {
        v.sohPct = std::min(100.0, *s.sohEstimated);
        v.sohBasis = QStringLiteral("estimated");
    }
    v.remainingKwh = v.nominalKwh * std::max(0.0, v.sohPct.value_or(0)) / 100;
    if (s.lifeSupported) {
        v.daysTo80 = s.daysTo80;
        v.daysTo70 = s.daysTo70;
    } else {
        v.lifeAbsent = s.lifeAbsent;
    }
    v.grossCny = v.remainingKwh * (p.secondLifeCnyPerKwh - p.refurbishmentCnyPerKwh);
    v.haircuts = haircuts(s);
    for (const Haircut& c : v.haircuts)
        v.haircutShare += c.share;
    v.haircutShare = std::min(1.0, v.haircutShare);
    v.valueCny = std::max(0.0, v.grossCny) * (1 - v.haircutShare);

    if (info.assetClass == records::AssetClass::Vehicle) {
        VanUse u;
        for (const analytics::DayValue& d : dailyKm) {
            u.km += d.value;
            if (d.value >= 1)
                ++u.activeDays;
        }
        if (u.activeDays > 0)
            u.kmPerActiveDay = u.km / static_cast<double>(u.activeDays);
        // What went out of the battery: half its throughput, as much came back in.
        if (u.km > 0 && s.throughputKwh > 0)
            u.kwhPer100Km = s.throughputKwh / 2 / u.km * 100;
        if (p.revenueCnyPerKm && p.leaseCnyPerMonth && *p.leaseCnyPerMonth > 0 &&
            !dailyKm.empty()) {
            const auto days = static_cast<double>(dailyKm.back().day - dailyKm.front().day + 1);
            const double kmPerMonth = u.km / days * 365.25 / 12;
            u.leaseCoverRatio = *p.revenueCnyPerKm * kmPerMonth / *p.leaseCnyPerMonth;
        }
        v.van = u;
    }
    return v;
}

}  // namespace pp::valuation
