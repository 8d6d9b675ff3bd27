#include "valuation/valuate.h"

#include "analytics/battery/battery_summaries.h"
#include "analytics/daily_summary.h"
#include "analytics/portfolio.h"
#include "common/bytes.h"
#include "common/parallel_map.h"
#include "store/workspace.h"
#include "valuation/reference_data.h"

#include <map>
#include <set>

namespace pp::valuation {

namespace {

constexpr double kYearMs = 365.25 * 86'400'000;
constexpr const char* kSettingsKey = "valuation_parameters";

// What every asset's valuation reads from the workspace once.
struct Shared
{
    std::map<QByteArray, std::vector<store::DailyRow>> daily;
    analytics::ImplausibleDays implausibleDays;
    std::uint64_t tipMs = 0;
};

PvValuation valuePv(const analytics::AssetInfo& info, const Shared& shared,
                    const ValuationParameters& p)
{
    static const std::vector<store::DailyRow> none;
    static const std::set<std::int64_t> noDays;
    auto rows = shared.daily.find(info.deviceId);
    auto implausible = shared.implausibleDays.find(info.deviceId);
    PvValuation v;
    v.performance =
        assessPv({info, rows == shared.daily.end() ? none : rows->second,
                  implausible == shared.implausibleDays.end() ? &noDays : &implausible->second,
                  analytics::dayOf(shared.tipMs), p.sigmaResource, p.sigmaMeter});

    const ReferenceData& ref = referenceData();
    const Province* province = ref.province(p.province);
    if (province == nullptr && info.latitude && info.longitude)
        province = &ref.nearestProvince(*info.latitude, *info.longitude);
    if (province != nullptr) {
        v.provinceKey = province->key;
        v.provinceName = province->name;
        v.provinceNameZh = province->nameZh;
    }
    v.tariffOverridden = p.tariffCnyPerKwh.has_value();
    v.tariffCnyPerKwh = p.tariffCnyPerKwh.value_or(province ? province->tariffCnyPerKwh : 0.0);
    if (info.commissionedMs && *info.commissionedMs < shared.tipMs)
        v.ageYears = static_cast<double>(shared.tipMs - *info.commissionedMs) / kYearMs;

    v.inputs = {v.performance.annual.p50Kwh, v.performance.annual.p90Kwh,
                v.performance.capacityKw,    v.ageYears,
                v.tariffCnyPerKwh,           p};
    v.cashFlows = projectCashFlows(v.inputs);
    v.sensitivity = npvSensitivity(v.inputs);
    v.settlement = settle(v.performance.months, v.tariffCnyPerKwh);
    const EmissionFactor* factor = ref.emissionFactor(p.emissionFactor);
    v.certificates = certify(v.performance.months,
                             factor ? *factor : *ref.emissionFactor(ref.defaultEmissionFactor),
                             ref.parameter(QStringLiteral("certificate_mwh")));
    if (v.performance.verifiedKwh > 0)
        v.haircutShare = v.performance.excludedKwh / v.performance.verifiedKwh;
    return v;
}

std::vector<analytics::DayValue> plausibleKm(const QByteArray& deviceId, const Shared& shared)
{
    std::vector<analytics::DayValue> out;
    auto rows = shared.daily.find(deviceId);
    if (rows == shared.daily.end())
        return out;
    auto implausible = shared.implausibleDays.find(deviceId);
    for (const store::DailyRow& r : rows->second) {
        if (r.samples == 0 || !r.kmMax)
            continue;
        if (implausible != shared.implausibleDays.end() && implausible->second.contains(r.day))
            continue;
        out.push_back({r.day, r.km()});
    }
    return out;
}

Result<AssetValuation> valueAsset(const QString& path, const analytics::AssetInfo& info,
                                  const Shared& shared, const ValuationSettings& settings,
                                  const std::atomic<bool>* cancel)
{
    AssetValuation a;
    a.info = info;
    a.parameters = settings.forAsset(info.deviceId);
    if (info.assetClass == records::AssetClass::Pv) {
        a.pv = valuePv(info, shared, a.parameters);
        a.coverage = a.pv->performance.annual.coverage;
        if (a.pv->performance.days.empty())
            a.absent = Text("Valuation",
                            QT_TRANSLATE_NOOP("Valuation", "no verified energy register values"));
        return a;
    }
    // SQLite connections are not shared across threads: one each.
    auto own = store::Workspace::openForReading(path);
    if (!own)
        return std::move(own).error();
    auto summary = analytics::loadBatterySummary(*own, info.deviceId, cancel);
    if (!summary)
        return std::move(summary).error();
    a.coverage = summary->coverageShare;
    if (summary->empty())
        a.absent = Text("Valuation", QT_TRANSLATE_NOOP("Valuation", "no verified samples"));
    a.storage = valueStorage(info, *summary, plausibleKm(info.deviceId, shared), a.parameters);
    return a;
}

Result<Shared> readShared(store::Workspace& ws, const std::vector<QByteArray>& devices)
{
    Shared s;
    auto daily = devices.size() == 1 ? ws.daily().ofDevice(devices.front()) : ws.daily().ofDevice();
    if (!daily)
        return std::move(daily).error();
    for (store::DailyRow& r : *daily)
        s.daily[r.deviceId].push_back(std::move(r));
    auto implausible = analytics::implausibleDays(ws);
    if (!implausible)
        return std::move(implausible).error();
    s.implausibleDays = std::move(*implausible);
    return s;
}

}  // namespace

Result<PortfolioValuation> valuatePortfolio(
    const QString& path, const ValuationSettings& settings, const std::vector<QByteArray>& devices,
    const std::function<void(std::size_t, std::size_t)>& progress, const std::atomic<bool>* cancel)
{
    auto ws = store::Workspace::openForReading(path);
    if (!ws)
        return std::move(ws).error();
    PortfolioValuation out;
    auto genesis = ws->chain().trustedGenesis();
    if (!genesis)
        return std::move(genesis).error();
    out.chainId = genesis->chainId();
    out.chainName = genesis->fields().name;
    auto tip = ws->chain().tip();
    if (!tip)
        return std::move(tip).error();
    out.anchor = *tip;
    auto verified = ws->records().count();
    if (!verified)
        return std::move(verified).error();
    out.recordsVerified = *verified;

    std::vector<analytics::AssetInfo> assets;
    if (devices.empty()) {
        auto rows = ws->registrations().devices();
        if (!rows)
            return std::move(rows).error();
        for (const store::DeviceRow& d : *rows)
            assets.push_back(analytics::AssetInfo::fromDevice(d));
    }
    for (const QByteArray& id : devices) {
        auto info = analytics::AssetInfo::load(*ws, id);
        if (!info)
            return std::move(info).error();
        assets.push_back(std::move(*info));
    }
    auto shared = readShared(*ws, devices);
    if (!shared)
        return std::move(shared).error();
    shared->tipMs = out.anchor ? out.anchor->header.timeMs : 0;

    auto valued = parallelMap<AssetValuation>(
        assets.size(),
        [&](std::size_t i) -> Result<AssetValuation> {
            auto a = valueAsset(path, assets[i], *shared, settings, cancel);
            if (!a)
                return std::move(a).error().within(QT_TRANSLATE_NOOP("Error", "device %1"),
                                                   {toHex(assets[i].deviceId)});
            return a;
        },
        progress, cancel);
    if (!valued)
        return std::move(valued).error();
    for (AssetValuation& a : *valued) {
        out.totalValueCny += a.valueCny().value_or(0);
        if (a.pv) {
            out.totalP50Kwh += a.pv->performance.annual.p50Kwh;
            out.totalP90Kwh += a.pv->performance.annual.p90Kwh;
        }
        out.assets.push_back(std::move(a));
    }
    return out;
}

Result<ValuationSettings> loadValuationSettings(const QString& path)
{
    auto ws = store::Workspace::openForReading(path);
    if (!ws)
        return std::move(ws).error();
    auto stored = ws->userSetting(kSettingsKey);
    if (!stored)
        return std::move(stored).error();
    if (stored->isEmpty())
        return ValuationSettings{};
    return ValuationSettings::fromJson(*stored);
}

Status saveValuationSettings(store::Workspace& workspace, const ValuationSettings& settings)
{
    return workspace.setUserSetting(kSettingsKey, settings.toJson());
}

}  // namespace pp::valuation
