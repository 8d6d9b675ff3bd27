#include "analytics/battery/battery_summaries.h"

#include "common/parallel_map.h"
#include "store/workspace.h"

namespace pp::analytics {

Result<BatterySummary> summarizeBatteryHistory(store::Workspace& workspace,
                                               const QByteArray& deviceId, std::uint64_t fromMs,
                                               std::uint64_t toMs, const std::atomic<bool>* cancel)
{
    auto history = loadBatteryHistory(workspace, deviceId, fromMs, toMs, cancel);
    if (!history)
        return std::move(history).error();
    return summarize(*history);
}

store::SummaryBasis summaryBasis(const store::DeviceRow& d)
{
    return {d.records, d.findings, d.metaCbor};
}

Result<BatterySummary> loadBatterySummary(store::Workspace& workspace, const QByteArray& deviceId,
                                          const std::atomic<bool>* cancel)
{
    auto devices = workspace.registrations().devices(deviceId);
    if (!devices)
        return std::move(devices).error();
    auto kept = workspace.batterySummaries().of(deviceId);
    if (!kept)
        return std::move(kept).error();
    if (*kept && !devices->empty() && (*kept)->basis == summaryBasis(devices->front())) {
        if (auto summary = summaryFromJson((*kept)->summary))
            return std::move(*summary);
    }
    return summarizeBatteryHistory(workspace, deviceId, 0, UINT64_MAX, cancel);
}

Result<std::size_t> keepBatterySummaries(
    store::Workspace& workspace, const std::function<void(std::size_t, std::size_t)>& progress,
    const std::atomic<bool>* cancel)
{
    auto devices = workspace.registrations().devices();
    if (!devices)
        return std::move(devices).error();
    auto kept = workspace.batterySummaries().all();
    if (!kept)
        return std::move(kept).error();
    std::map<QByteArray, store::SummaryBasis> keptBasis;
    for (store::BatterySummaryRow& r : *kept)
        keptBasis.emplace(std::move(r.deviceId), std::move(r.basis));
    std::vector<const store::DeviceRow*> stale;
    for (const store::DeviceRow& d : *devices) {
        const auto it = keptBasis.find(d.deviceId);
        if (hasBatteryHistory(static_cast<records::AssetClass>(d.assetClass)) &&
            (it == keptBasis.end() || !(it->second == summaryBasis(d))))
            stale.push_back(&d);
    }
    if (progress && !stale.empty())
        progress(0, stale.size());
    auto made = parallelMap<store::BatterySummaryRow>(
        stale.size(),
        [&](std::size_t i) -> Result<store::BatterySummaryRow> {
            // SQLite connections are not shared across threads: one each, reading what the
            // sync has committed.
            auto own = store::Workspace::openForReading(workspace.path());
            if (!own)
                return std::move(own).error();
            auto summary = summarizeBatteryHistory(*own, stale[i]->deviceId, 0, UINT64_MAX, cancel);
            if (!summary)
                return std::move(summary).error();
            return store::BatterySummaryRow{stale[i]->deviceId, summaryBasis(*stale[i]),
                                            summaryToJson(*summary)};
        },
        progress, cancel);
    if (!made)
        return std::move(made).error();
    if (auto st = workspace.batterySummaries().save(*made); !st)
        return std::move(st).error();
    return made->size();
}

}  // namespace pp::analytics
