#include "analytics/battery/battery_fleet.h"

#include "analytics/battery/battery_summaries.h"
#include "common/parallel_map.h"
#include "store/workspace.h"

#include <algorithm>
#include <functional>

namespace pp::analytics {

namespace {

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}

double sum(const std::vector<DodBin>& bins, int fromPct)
{
    double n = 0;
    for (const DodBin& b : bins) {
        if (b.fromPct >= fromPct)
            n += b.cycles;
    }
    return n;
}

// The whole history has its summary kept in the workspace; a window is summarised from its
// samples.
Result<BatterySummary> summaryOf(store::Workspace& ws, const QByteArray& deviceId,
                                 std::uint64_t fromMs, std::uint64_t toMs,
                                 const std::atomic<bool>* cancel)
{
    if (fromMs == 0 && toMs == UINT64_MAX)
        return loadBatterySummary(ws, deviceId, cancel);
    return summarizeBatteryHistory(ws, deviceId, fromMs, toMs, cancel);
}

}  // namespace

std::vector<RiskPart> riskParts(const BatteryHistory& h)
{
    const double coveredMinutes = static_cast<double>(h.coverage.coveredMs) / 60'000;
    const double windowMs = static_cast<double>(h.coverage.toMs - h.coverage.fromMs);
    std::vector<RiskPart> parts;
    // Heat and cold charging, whichever is worse: minutes above 45 °C against a tenth of
    // the time with samples; hours charging below 0 °C a month against one (cell makers
    // forbid it: lithium plates on the anode, and a little of it often does lasting harm).
    const double months = windowMs / (30 * 8.64e7);
    const double heat =
        coveredMinutes > 0 ? clamp01(h.temperature.minutesAbove45C / (0.1 * coveredMinutes)) : 0;
    const double coldHoursPerMonth =
        months > 0 ? h.temperature.minutesChargingBelow0C / 60 / months : 0;
    parts.push_back({"temperature",
                     h.temperature.minutesAbove45C + h.temperature.minutesChargingBelow0C,
                     std::max(heat, clamp01(coldHoursPerMonth)), 20});
    // Deep cycling: the share of rainflow cycles of 80 points or more.
    const double cycles = sum(h.dodHistogram, 0);
    const double deep = cycles > 0 ? sum(h.dodHistogram, 80) / cycles : 0;
    parts.push_back({"depth_of_discharge", deep, deep, 10});
    // Hard charging: nothing at 0.5 C or below, all of it at 2 C.
    const double maxC = h.cRate.maxCharge.value_or(0);
    parts.push_back({"c_rate", maxC, clamp01((maxC - 0.5) / 1.5), 10});
    const double fast = h.cRate.fastChargeShare.value_or(0);
    parts.push_back({"fast_charge_share", fast, fast, 10});
    // Negative events a month, apart from those another part scores (charging below 0 °C,
    // gaps): ten a month is the top.
    const auto events = static_cast<double>(std::count_if(
        h.negativeEvents.begin(), h.negativeEvents.end(), std::mem_fn(&NegativeEvent::isAbuse)));
    const double perMonth = months > 0 ? events / months : 0;
    parts.push_back({"negative_events", perMonth, clamp01(perMonth / 10), 10});
    // A BMS that overstates its health makes every other figure it reports doubtful:
    // flagged, or by how much of the 5 points it is over.
    const double over = h.soh.reportedLatest && h.soh.estimatedLatest
                            ? *h.soh.reportedLatest - *h.soh.estimatedLatest
                            : 0;
    parts.push_back({"soh_discrepancy", over, h.soh.overReported ? 1.0 : clamp01(over / 5), 30});
    // What the window does not show: time in unexplained gaps (a van parked and switched
    // off is explained).
    double gapMs = 0;
    for (const NegativeEvent& e : h.negativeEvents) {
        if (e.kind == NegativeEvent::Kind::DataGap)
            gapMs += static_cast<double>(e.endMs - e.startMs);
    }
    const double dark = windowMs > 0 ? clamp01(gapMs / windowMs) : 1;
    parts.push_back({"coverage", 1 - dark, dark, 10});
    return parts;
}

FleetBattery fleetBattery(const AssetInfo& info, const BatterySummary& s)
{
    FleetBattery b;
    b.info = info;
    b.samples = s.samples;
    if (s.empty()) {
        b.noData =
            Text("Battery", QT_TRANSLATE_NOOP("Battery", "no verified samples in the window"));
    } else {
        b.parts = s.risk;
        for (const RiskPart& p : b.parts)
            b.risk += p.weight * p.score;
    }
    b.efc = s.efc;
    b.sohReported = s.sohReported;
    b.sohEstimated = s.sohEstimated;
    b.sohOverReported = s.sohOverReported;
    b.negativeEvents = s.negativeEvents;
    b.coverage = s.coverageShare;
    return b;
}

Result<std::vector<FleetBattery>> rankBatteryFleet(
    const QString& path, std::uint64_t fromMs, std::uint64_t toMs,
    const std::function<void(std::size_t, std::size_t)>& progress, const std::atomic<bool>* cancel)
{
    auto ws = store::Workspace::openForReading(path);
    if (!ws)
        return std::move(ws).error();
    auto devices = ws->registrations().devices();
    if (!devices)
        return std::move(devices).error();
    std::vector<store::DeviceRow> batteries;
    for (const store::DeviceRow& d : *devices) {
        if (hasBatteryHistory(static_cast<records::AssetClass>(d.assetClass)))
            batteries.push_back(d);
    }
    auto ranked = parallelMap<FleetBattery>(
        batteries.size(),
        [&](std::size_t i) -> Result<FleetBattery> {
            // SQLite connections are not shared across threads: one each.
            auto own = store::Workspace::openForReading(path);
            if (!own)
                return std::move(own).error();
            auto summary = summaryOf(*own, batteries[i].deviceId, fromMs, toMs, cancel);
            if (!summary)
                return std::move(summary).error();
            return fleetBattery(AssetInfo::fromDevice(batteries[i]), *summary);
        },
        progress, cancel);
    if (!ranked)
        return ranked;
    std::stable_sort(ranked->begin(), ranked->end(),
                     [](const FleetBattery& a, const FleetBattery& b) { return a.risk > b.risk; });
    return ranked;
}

}  // namespace pp::analytics
