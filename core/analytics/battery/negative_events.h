#pragma once

#include "analytics/battery/battery_history.h"

#include <QStringView>

#include <optional>
#include <span>
#include <vector>

namespace pp::analytics {

// A chemistry's cell voltage window: outside it a cell is over- or under-charged.
struct CellLimits
{
    const char* chemistry;
    double minV, maxV;
};

// The defaults for LFP (2.5–3.65 V) and NMC (2.8–4.25 V); none for a chemistry we do not
// know. docs/battery-history.md gives their sources.
std::optional<CellLimits> cellLimits(QStringView chemistry);

// Thresholds of the events (docs/battery-history.md).
inline constexpr double kOverTemperatureC = 55;  // our BMS's over-temperature flag
inline constexpr double kDeepDischargePct = 5;
inline constexpr std::uint64_t kLongGapMs = 86'400'000;

// A van's terminal sends nothing while the van is switched off (a weekend in the depot):
// its silence is a gap only when the SoC moved across it by more than this.
inline constexpr double kSilentSocMovePct = 5;

// The events a battery's samples show, in time order: a run of samples in the same
// condition is one event, from its first sample to its last; `records` are the places the
// points' record indices name. `silentWhenOff`: the
// device is a van (kSilentSocMovePct).
std::vector<NegativeEvent> findNegativeEvents(std::span<const BatteryPoint> points,
                                              std::span<const RecordPlace> records,
                                              const std::optional<CellLimits>& limits,
                                              bool silentWhenOff);

}  // namespace pp::analytics
