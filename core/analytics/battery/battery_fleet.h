#pragma once

#include "analytics/battery/battery_summary.h"

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace pp::analytics {

// A battery of the fleet, as an insurer ranks it (docs/battery-history.md, "Risk score").
struct FleetBattery
{
    AssetInfo info;
    std::uint64_t samples = 0;
    double risk = 0;  // 0–100: Σ weight × score
    std::vector<RiskPart> parts;
    std::optional<double> efc, sohReported, sohEstimated;
    bool sohOverReported = false;
    std::size_t negativeEvents = 0;
    double coverage = 0;
    Text noData;  // when the window holds none of its samples
};

// The weights, which sum to 100.
std::vector<RiskPart> riskParts(const BatteryHistory& history);

// A battery's entry in the ranking, from its summary.
FleetBattery fleetBattery(const AssetInfo& info, const BatterySummary& summary);

// Every battery pack and van of the workspace at `path`, riskiest first, each read on its
// own connection across the cores. `progress(done, total)` after each; `cancel` stops it.
Result<std::vector<FleetBattery>> rankBatteryFleet(
    const QString& path, std::uint64_t fromMs, std::uint64_t toMs,
    const std::function<void(std::size_t, std::size_t)>& progress = {},
    const std::atomic<bool>* cancel = nullptr);

}  // namespace pp::analytics
