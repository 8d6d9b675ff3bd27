#include "lightnode/sync_coverage.h"

#include "store/workspace.h"

#include <algorithm>

namespace pp::lightnode {

Coverage withWindow(const Coverage& held, std::uint64_t fromMs, std::uint64_t toMs,
                    std::optional<std::uint64_t> throughSeq)
{
    Coverage out;
    auto append = [&out](store::CoverageRow w) {
        if (w.fromMs >= w.toMs)
            return;
        // Windows that meet and say the same merge, so that the table stays as short as
        // the syncs were different.
        if (!out.empty() && out.back().toMs == w.fromMs && out.back().throughSeq == w.throughSeq)
            out.back().toMs = w.toMs;
        else
            out.push_back(w);
    };
    bool placed = false;
    for (const store::CoverageRow& w : held) {
        if (!placed && w.toMs > fromMs && w.fromMs >= fromMs) {
            append({fromMs, toMs, throughSeq});
            placed = true;
        }
        append({w.fromMs, std::min(w.toMs, fromMs), w.throughSeq});  // before the window
        if (!placed && w.toMs > fromMs) {
            append({fromMs, toMs, throughSeq});
            placed = true;
        }
        append({std::max(w.fromMs, toMs), w.toMs, w.throughSeq});  // after it
    }
    if (!placed)
        append({fromMs, toMs, throughSeq});
    return out;
}

std::vector<CoverageHole> holesIn(const Coverage& held, std::uint64_t fromMs, std::uint64_t toMs,
                                  std::optional<std::uint64_t> lastSeq)
{
    std::vector<CoverageHole> out;
    if (!lastSeq)
        return out;
    auto hole = [&out](std::uint64_t from, std::uint64_t to, std::optional<std::uint64_t> after) {
        if (from >= to)
            return;
        if (!out.empty() && out.back().toMs == from && out.back().after == after)
            out.back().toMs = to;
        else
            out.push_back({from, to, after});
    };
    std::uint64_t at = fromMs;
    for (const store::CoverageRow& w : held) {
        if (w.toMs <= at)
            continue;
        if (w.fromMs >= toMs)
            break;
        hole(at, std::min(w.fromMs, toMs), std::nullopt);  // no sync took this
        const std::uint64_t end = std::min(w.toMs, toMs);
        if (!w.throughSeq || *w.throughSeq < *lastSeq)
            hole(std::max(w.fromMs, at), end, w.throughSeq);  // taken before later records
        at = end;
    }
    hole(at, toMs, std::nullopt);
    return out;
}

Result<std::vector<DeviceHoles>> uncoveredTime(store::Workspace& workspace,
                                               const std::vector<QByteArray>& devices)
{
    auto windows = workspace.coverage().all();
    auto registered = workspace.registrations().devices();
    if (!windows)
        return std::move(windows).error();
    if (!registered)
        return std::move(registered).error();
    std::vector<DeviceHoles> out;
    for (const store::DeviceRow& d : *registered) {
        if (!devices.empty() &&
            std::find(devices.begin(), devices.end(), d.deviceId) == devices.end())
            continue;
        auto progress = workspace.records().progress(d.deviceId);
        if (!progress)
            return std::move(progress).error();
        const auto it = windows->find(d.deviceId);
        auto holes = holesIn(it == windows->end() ? Coverage() : it->second, 0, UINT64_MAX,
                             progress->lastSeq);
        if (!holes.empty())
            out.push_back({d.deviceId, std::move(holes)});
    }
    return out;
}

}  // namespace pp::lightnode
