#pragma once

#include "analytics/asset_info.h"
#include "common/text.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <vector>

namespace pp::store {
struct DailyRow;
}

namespace pp::valuation {

// One day of a station as the valuation counts it.
struct PvDay
{
    std::int64_t day = 0;  // UTC+8 (analytics/daily_summary.h)
    // The increase of the lifetime energy register since the station's previous verified
    // sample, which may lie days back (a gap the register spans); kWh.
    double kwh = 0;
    double spanDays = 0;  // the time that increase covers, in days
    bool plausible = true;
    std::uint64_t samples = 0, faultSamples = 0;
};

// "2025-03": how statements, tables and JSON name a month.
QString monthLabel(int year, int month);

struct PvMonth
{
    int year = 0, month = 0;
    double verifiedKwh = 0, plausibleKwh = 0, excludedKwh = 0;
    std::uint64_t days = 0;    // with verified samples
    double finalYield = 0;     // plausible kWh / kWp
    double clearSkyYield = 0;  // of the month's plausible days, kWh/kWp (horizontal)
};

struct PvYear
{
    int year = 0;
    double plausibleKwh = 0, finalYield = 0, clearSkyYield = 0;
    std::uint64_t days = 0;
};

// P50 and P90 of a year's energy (docs/valuation.md §P50).
struct AnnualEnergy
{
    std::int64_t fromDay = 0, toDay = -1;  // the window: the latest 365 days, or fewer
    double windowDays = 0;
    double plausibleKwh = 0;  // in the window
    // The share of the window that plausible register increases span.
    double coverage = 0;
    double sigmaResource = 0, sigmaMeter = 0, sigmaCoverage = 0, sigma = 0;
    double p50Kwh = 0, p90Kwh = 0;
};

// IEC 61724-1 style indicators of a station from its verified daily summaries.
struct PvPerformance
{
    double capacityKw = 0;  // DC
    std::vector<PvDay> days;
    double verifiedKwh = 0, plausibleKwh = 0, excludedKwh = 0;
    std::uint64_t daysExcluded = 0;
    std::vector<PvMonth> months;
    std::vector<PvYear> years;
    AnnualEnergy annual;
    std::optional<double> finalYieldAnnual;    // P50 / kWp
    double availability = 0;                   // sample intervals with a verified, non-fault sample
    std::optional<double> clearSkyRatio;       // plausible yield over clear-sky yield, same days
    std::optional<double> degradationPerYear;  // year-on-year median, once two years exist
    Text degradationAbsent;
    // Less than 30 days of verified data: computed, but not to be lent on.
    bool insufficientData = false;
};

struct PvInputs
{
    analytics::AssetInfo info;
    std::span<const store::DailyRow> rows;  // the station's, in day order
    const std::set<std::int64_t>* implausibleDays = nullptr;
    std::int64_t tipDay = 0;  // the day of the workspace's verified tip
    double sigmaResource = 0.05, sigmaMeter = 0.01;
};

PvPerformance assessPv(const PvInputs& in);

}  // namespace pp::valuation
