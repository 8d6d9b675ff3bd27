#pragma once

#include "analytics/asset_info.h"
#include "analytics/battery/battery_summary.h"
#include "analytics/portfolio.h"
#include "valuation/valuation_parameters.h"

#include <optional>
#include <vector>

namespace pp::valuation {

// One term that lowers a battery's value, shown with what it rests on.
struct Haircut
{
    QString key;  // "negative_events", "heat", "cold_charging"
    double share = 0;
    Text basis;  // "4 negative events", "1.2 % of the time above 45 °C", ...
};

// A van's use, from its verified odometer and battery.
struct VanUse
{
    double km = 0;
    std::uint64_t activeDays = 0;  // with at least 1 km
    std::optional<double> kmPerActiveDay, kwhPer100Km;
    // Revenue per km × km a month over the lease payment, when both are given.
    std::optional<double> leaseCoverRatio;
};

// A battery pack's or van battery's second-life value (docs/valuation.md §Batteries).
struct StorageValuation
{
    double nominalKwh = 0;
    std::optional<double> sohPct;  // the estimate when the BMS over-reports, else reported
    QString sohBasis;              // "estimated", "reported" or empty
    double remainingKwh = 0;
    std::optional<double> daysTo80, daysTo70;  // from the degradation projection
    Text lifeAbsent;
    double grossCny = 0;  // remaining kWh × (second-life price − refurbishment)
    std::vector<Haircut> haircuts;
    double haircutShare = 0;  // their sum, at most 1
    double valueCny = 0;
    std::optional<VanUse> van;
};

// From the summary of the battery's whole history. `dailyKm`: a van's verified, plausible
// km on each day with data (empty for packs).
StorageValuation valueStorage(const analytics::AssetInfo& info,
                              const analytics::BatterySummary& summary,
                              const std::vector<analytics::DayValue>& dailyKm,
                              const ValuationParameters& parameters);

}  // namespace pp::valuation
