#pragma once

#include "common/text.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace pp::analytics {

// One state-of-health value at an age: days since the battery entered service and the
// equivalent full cycles it had done by then.
struct SohObservation
{
    double days = 0;
    double efc = 0;
    double sohPct = 0;
};

// Days from the last observation until SoH reaches a threshold: the fitted curve's
// answer, and the earliest and latest within ±2 RMSE of it.
struct RemainingLife
{
    double earliestDays = 0, days = 0, latestDays = 0;
};

// SoH = q − a·√days − b·EFC^z with a, b ≥ 0 (a calendar term and a cycle term, the form
// of NREL's BLAST-Lite models), fitted by least squares for each z in 0.5, 0.55 … 2.0 and
// the best z kept; the battery's future use is its average EFC a day so far.
struct DegradationProjection
{
    bool supported = false;
    Text reason;    // why the data cannot support a fit, when it cannot
    QString basis;  // "reported" or "estimated": which SoH was fitted
    double intercept = 0, calendar = 0, cycle = 0, exponent = 1;
    double rmse = 0;
    std::size_t points = 0;
    double spanDays = 0;
    double efcPerDay = 0;
    double lastDays = 0, lastEfc = 0;
    std::optional<RemainingLife> to80, to70;  // absent: not within kHorizonDays

    static constexpr double kHorizonDays = 50 * 365.25;

    double sohAt(double days, double efc) const;
    // The curve ahead of the last observation, `days` on from it.
    double projectedSoh(double daysAhead) const;

    // The curve as charts draw it: from `fromMs` (the window's end) until it reaches 70 %
    // (at least 30 days, at most five years), in 61 points.
    struct Curve
    {
        std::vector<double> timeMs, sohPct;
    };
    Curve curveFrom(std::uint64_t fromMs) const;
};

DegradationProjection fitDegradation(std::span<const SohObservation> observations, double efcPerDay,
                                     const QString& basis);

}  // namespace pp::analytics
