#include "analytics/portfolio.h"

#include "analytics/daily_summary.h"
#include "findings/finding_codes.h"
#include "store/workspace.h"

#include <QDateTime>

#include <algorithm>
#include <map>
#include <set>

namespace pp::analytics {

namespace {

std::vector<DayValue> series(const std::map<std::int64_t, double>& byDay)
{
    std::vector<DayValue> out;
    out.reserve(byDay.size());
    for (const auto& [day, v] : byDay)
        out.push_back({day, v});
    return out;
}

}  // namespace

std::uint64_t Portfolio::assetCount(records::AssetClass c) const
{
    return static_cast<std::uint64_t>(
        std::count_if(assets.begin(), assets.end(),
                      [c](const AssetOverview& a) { return a.info.assetClass == c; }));
}

Result<Portfolio> loadPortfolio(store::Workspace& workspace)
{
    Portfolio p;
    auto genesis = workspace.chain().trustedGenesis();
    if (!genesis)
        return std::move(genesis).error();
    p.chainName = genesis->fields().name;
    p.chainId = genesis->chainId();
    auto tip = workspace.chain().tip();
    if (!tip)
        return std::move(tip).error();
    p.tip = *tip;
    auto verified = workspace.records().count();
    if (!verified)
        return std::move(verified).error();
    p.recordsVerified = *verified;
    auto findings = workspace.findings().counts();
    if (!findings)
        return std::move(findings).error();
    p.findingCounts = *findings;
    for (const auto& [code, n] : p.findingCounts) {
        const findings::FindingCode* c = findings::findingCode(code);
        if (c != nullptr && c->rejectsEntry && code != u"MALFORMED")
            p.recordsRejected += n;
    }
    // MALFORMED names a refused entry, or one sample of a record that stands: read them.
    if (p.findingCounts.contains(QStringLiteral("MALFORMED"))) {
        auto malformed = workspace.findings().list({}, QStringLiteral("MALFORMED"));
        if (!malformed)
            return std::move(malformed).error();
        p.recordsRejected += static_cast<std::uint64_t>(
            std::count_if(malformed->begin(), malformed->end(), findings::refusesEntry));
    }
    auto devices = workspace.registrations().devices();
    if (!devices)
        return std::move(devices).error();
    auto daily = workspace.daily().ofDevice();
    if (!daily)
        return std::move(daily).error();

    std::map<QByteArray, std::size_t> index;
    for (const store::DeviceRow& d : *devices) {
        index[d.deviceId] = p.assets.size();
        AssetOverview a;
        a.info = AssetInfo::fromDevice(d);
        p.assets.push_back(std::move(a));
    }
    auto implausible = implausibleDays(workspace);
    if (!implausible)
        return std::move(implausible).error();

    std::map<std::int64_t, double> energy, km;
    std::map<std::int64_t, std::set<QByteArray>> reporting;
    for (const store::DailyRow& row : *daily) {
        auto it = index.find(row.deviceId);
        if (it == index.end() || row.samples == 0)
            continue;
        AssetOverview& a = p.assets[it->second];
        if (a.daysWithData++ == 0)
            a.firstDay = row.day;
        a.lastDay = row.day;  // rows come in day order per device
        reporting[row.day].insert(row.deviceId);
        const auto flagged = implausible->find(row.deviceId);
        const bool plausible = flagged == implausible->end() || !flagged->second.contains(row.day);
        switch (a.info.assetClass) {
            case records::AssetClass::Pv:
                a.energyWh += row.energyWh();
                if (plausible)
                    energy[row.day] += row.energyWh() / 1000;
                else
                    ++p.pvDaysLeftOut;
                break;
            case records::AssetClass::Vehicle:
                a.km += row.km();
                if (plausible)
                    km[row.day] += row.km();
                else
                    ++p.vehicleDaysLeftOut;
                break;
            case records::AssetClass::Battery:
                if (row.sohLast)
                    a.soh = row.sohLast;
                break;
        }
    }
    const std::int64_t tipDay = p.tip ? dayOf(p.tip->header.timeMs) : 0;
    for (AssetOverview& a : p.assets) {
        if (a.daysWithData > 0) {
            const std::int64_t span = std::max(tipDay, a.lastDay) - a.firstDay + 1;
            a.coverage = static_cast<double>(a.daysWithData) / static_cast<double>(span);
        }
        if (a.soh)
            p.batterySoh.push_back(*a.soh);
    }
    p.pvEnergyKwh = series(energy);
    p.vehicleKm = series(km);
    if (!p.assets.empty()) {
        std::map<std::int64_t, double> share;
        for (const auto& [day, ids] : reporting)
            share[day] =
                100.0 * static_cast<double>(ids.size()) / static_cast<double>(p.assets.size());
        p.coverage = series(share);
    }
    return p;
}

Result<ImplausibleDays> implausibleDays(store::Workspace& workspace)
{
    auto times = workspace.findings().times(QStringLiteral("IMPLAUSIBLE"));
    if (!times)
        return std::move(times).error();
    ImplausibleDays out;
    for (const auto& [device, timeMs] : *times)
        out[device].insert(dayOf(timeMs));
    return out;
}

}  // namespace pp::analytics
