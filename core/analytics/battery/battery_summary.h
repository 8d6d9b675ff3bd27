#pragma once

#include "analytics/battery/battery_history.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace pp::analytics {

// One part of a battery's risk score: the figure it comes from, what that figure scores
// on its own (0 none … 1 the worst the scale knows) and its weight in the score
// (analytics/battery/battery_fleet.h weighs them).
struct RiskPart
{
    const char* key;  // "temperature", "depth_of_discharge", ...
    double figure = 0;
    double score = 0;
    double weight = 0;
};

// What a financier's valuation and an insurer's fleet ranking take from a battery's whole
// history: a few figures, where the history itself is computed from every verified sample.
// The workspace keeps one a battery, made at sync time (analytics/battery/battery_summaries.h),
// so that valuing or ranking a fleet does not reread a year of records of every pack.
struct BatterySummary
{
    std::uint64_t samples = 0;
    double coverageShare = 0;
    std::uint64_t coveredMs = 0;
    double throughputKwh = 0;
    std::optional<double> efc;
    std::optional<double> sohReported, sohEstimated;
    bool sohOverReported = false;
    std::size_t negativeEvents = 0;
    // Negative events apart from data gaps and charging below 0 °C, which are missing data
    // and a term of their own.
    std::size_t abuseEvents = 0;
    double minutesAbove45C = 0, minutesChargingBelow0C = 0;
    bool lifeSupported = false;
    std::optional<double> daysTo80, daysTo70;
    Text lifeAbsent;  // why the data cannot support a projection, when it cannot
    std::vector<RiskPart> risk;

    bool empty() const { return samples == 0; }
};

BatterySummary summarize(const BatteryHistory& history);

// The summary as the workspace keeps it: a JSON object whose "v" says its layout. A summary
// of another layout, or one that does not parse, is none (the caller computes it again).
QByteArray summaryToJson(const BatterySummary& summary);
std::optional<BatterySummary> summaryFromJson(const QByteArray& json);

}  // namespace pp::analytics
