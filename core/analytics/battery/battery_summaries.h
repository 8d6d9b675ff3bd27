#pragma once

#include "analytics/battery/battery_summary.h"
#include "common/result.h"

#include <QByteArray>

#include <atomic>
#include <cstdint>
#include <functional>

namespace pp::store {
class Workspace;
struct DeviceRow;
struct SummaryBasis;
}  // namespace pp::store

namespace pp::analytics {

// What a battery's kept summary is made from, as the device's row says it now.
store::SummaryBasis summaryBasis(const store::DeviceRow& device);

// The summary of a battery's history over [fromMs, toMs), computed from its records.
Result<BatterySummary> summarizeBatteryHistory(store::Workspace& workspace,
                                               const QByteArray& deviceId, std::uint64_t fromMs,
                                               std::uint64_t toMs,
                                               const std::atomic<bool>* cancel = nullptr);

// The summary of a battery's whole history: the one the workspace keeps while it still
// describes the device's verified data, else computed from its records (a workspace not
// synced since it was made, or one a sync left midway).
Result<BatterySummary> loadBatterySummary(store::Workspace& workspace, const QByteArray& deviceId,
                                          const std::atomic<bool>* cancel = nullptr);

// Summarises again every battery pack and van whose verified data changed since its kept
// summary was made, each on a read-only connection of its own across the cores, and keeps
// them in one transaction. The last stage of a sync; returns how many it made.
Result<std::size_t> keepBatterySummaries(
    store::Workspace& workspace, const std::function<void(std::size_t, std::size_t)>& progress = {},
    const std::atomic<bool>* cancel = nullptr);

}  // namespace pp::analytics
