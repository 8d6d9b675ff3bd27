#pragma once

#include "analytics/battery/battery_history.h"

#include <span>

namespace pp::analytics {

// Capacity from coulomb counting (docs/battery-history.md): over each uninterrupted charge
// or discharge whose SoC moves at least kMinSegmentSocPct points, capacity = ∫|I| dt / ΔSoC.
inline constexpr double kMinSegmentSocPct = 30;
// Current below this share of a C is rest: it neither ends a segment nor adds to it.
inline constexpr double kRestC = 0.01;

// The reported SoH by day, the estimates against the nominal charge (none without one) and
// whether the BMS reports itself healthier than its currents show.
SohFigures estimateSoh(std::span<const BatteryPoint> points, std::optional<double> nominalAh);

}  // namespace pp::analytics
