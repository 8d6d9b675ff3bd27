#include "analytics/battery/battery_history.h"

#include "analytics/battery/negative_events.h"
#include "analytics/battery/rainflow.h"
#include "analytics/battery/soh_estimate.h"
#include "analytics/daily_summary.h"
#include "store/workspace.h"

#include <algorithm>
#include <cmath>

namespace pp::analytics {

namespace {

constexpr double kHotC = 45, kColdC = 0;
constexpr int kTemperatureBinC = 5;
constexpr double kFastChargeC = 1;

Text says(const char* source, QStringList args = {})
{
    return Text("Battery", source, std::move(args));
}

bool isVehicle(const AssetInfo& info)
{
    return info.assetClass == records::AssetClass::Vehicle;
}

// What a full cycle is measured against. A pack registers its nominal charge; a van only
// its energy, which over the median pack voltage of its samples is its charge (LFP and
// NMC packs spend most of their charge near that voltage).
void setNominal(BatteryHistory& h, std::span<const BatteryPoint> points)
{
    if (!isVehicle(h.info)) {
        if (h.info.capacityAh && *h.info.capacityAh > 0) {
            h.nominalAh = h.info.capacityAh;
            h.nominalBasis = says(QT_TRANSLATE_NOOP("Battery", "the registered capacity"));
        } else {
            h.nominalBasis = says(
                QT_TRANSLATE_NOOP("Battery", "the registration gives no nominal_capacity_mah"));
        }
        return;
    }
    if (!h.info.capacityWh || *h.info.capacityWh <= 0) {
        h.nominalBasis =
            says(QT_TRANSLATE_NOOP("Battery", "the registration gives no battery_capacity_wh"));
        return;
    }
    std::vector<double> volts;
    volts.reserve(points.size());
    for (const BatteryPoint& p : points)
        volts.push_back(p.voltageV);
    auto mid = volts.begin() + static_cast<std::ptrdiff_t>(volts.size() / 2);
    std::nth_element(volts.begin(), mid, volts.end());
    h.nominalAh = *h.info.capacityWh / *mid;
    h.nominalBasis =
        says(QT_TRANSLATE_NOOP("Battery",
                               "the registered %1 kWh over the median pack voltage, "
                               "%2 V"),
             {QString::number(*h.info.capacityWh / 1000, 'f', 1), QString::number(*mid, 'f', 1)});
}

std::vector<DodBin> dodHistogram(std::span<const BatteryPoint> points)
{
    std::vector<double> soc;
    soc.reserve(points.size());
    for (const BatteryPoint& p : points)
        soc.push_back(p.socPct);
    std::vector<DodBin> bins(10);
    for (int b = 0; b < 10; ++b)
        bins[b] = {b * 10, b * 10 + 10, 0};
    for (const RainflowRange& r : rainflow(soc))
        bins[std::clamp(static_cast<int>(r.range / 10), 0, 9)].cycles += r.count;
    return bins;
}

TemperatureExposure temperatureExposure(std::span<const BatteryPoint> points)
{
    TemperatureExposure t;
    std::map<int, double> minutesByBin;
    for (const BatteryPoint& p : points) {
        const double minutes = p.hours() * 60;
        if (const auto hot = p.tempMax()) {
            ++t.samples;
            if (*hot > kHotC)
                t.minutesAbove45C += minutes;
            const int bin = static_cast<int>(std::floor(*hot / kTemperatureBinC));
            minutesByBin[bin] += minutes;
        }
        if (const auto cold = p.tempMin(); cold && *cold < kColdC) {
            t.minutesBelow0C += minutes;
            if (p.currentA > 0)
                t.minutesChargingBelow0C += minutes;
        }
    }
    if (!minutesByBin.empty()) {
        for (int b = minutesByBin.begin()->first; b <= minutesByBin.rbegin()->first; ++b) {
            const auto it = minutesByBin.find(b);
            t.histogram.push_back({b * kTemperatureBinC, (b + 1) * kTemperatureBinC,
                                   it == minutesByBin.end() ? 0 : it->second});
        }
    }
    return t;
}

CRate cRate(std::span<const BatteryPoint> points, const BatteryHistory& h)
{
    CRate c;
    if (!h.nominalAh) {
        c.absent = h.nominalBasis;
        return c;
    }
    double charged = 0, chargedFast = 0, maxCharge = 0, maxDischarge = 0;
    for (const BatteryPoint& p : points) {
        const double rate = p.currentA / *h.nominalAh;
        maxCharge = std::max(maxCharge, rate);
        maxDischarge = std::max(maxDischarge, -rate);
        if (rate > 0) {
            charged += p.currentA * p.hours();
            if (rate > kFastChargeC)
                chargedFast += p.currentA * p.hours();
        }
    }
    c.maxCharge = maxCharge;
    c.maxDischarge = maxDischarge;
    if (charged > 0)
        c.fastChargeShare = chargedFast / charged;
    return c;
}

// The SoH the projection fits: the BMS's own, unless it reports itself healthier than its
// currents show; then the estimates. Ages from commissioning (or the first sample).
DegradationProjection project(const BatteryHistory& h, std::span<const BatteryPoint> points,
                              std::uint64_t serviceStartMs)
{
    const bool estimated = h.soh.overReported || h.soh.reported.empty();
    std::vector<std::pair<std::uint64_t, double>> soh;
    if (estimated) {
        for (const CapacitySegment& s : h.soh.estimates)
            soh.emplace_back(s.endMs, s.sohPct);
    } else {
        for (const SohSample& s : h.soh.reported)
            soh.emplace_back(s.timeMs, s.pct);
    }
    // Each value's EFC: the throughput counted up to its time.
    std::vector<SohObservation> obs;
    std::size_t k = 0;
    double flow = 0;
    for (const auto& [timeMs, pct] : soh) {
        while (k < points.size() && points[k].timeMs < timeMs) {
            const BatteryPoint& p = points[k++];
            flow += std::abs(p.currentA) * p.hours();
        }
        const double days =
            static_cast<double>(timeMs > serviceStartMs ? timeMs - serviceStartMs : 0) / 8.64e7;
        obs.push_back({days, h.nominalAh ? flow / (2 * *h.nominalAh) : 0, pct});
    }
    const double spanDays = static_cast<double>(h.coverage.toMs - h.coverage.fromMs) / 8.64e7;
    const double efcPerDay = h.efc && spanDays > 0 ? *h.efc / spanDays : 0;
    return fitDegradation(obs, efcPerDay,
                          estimated ? QStringLiteral("estimated") : QStringLiteral("reported"));
}

}  // namespace

BatteryHistory computeBatteryHistory(const BatterySamples& samples, std::uint64_t fromMs,
                                     std::uint64_t toMs)
{
    BatteryHistory h;
    h.info = samples.info;
    h.recordsUsed = samples.recordsUsed;
    h.recordsImplausible = samples.recordsImplausible;
    h.recordsRejected = samples.recordsRejected;
    h.samplesLeftOut = samples.samplesLeftOut;
    const std::span<const BatteryPoint> points = samples.points;
    h.samples = points.size();
    // An open window ends where the data does.
    h.coverage.fromMs = fromMs > 0 || points.empty() ? fromMs : points.front().timeMs;
    h.coverage.toMs =
        toMs < UINT64_MAX || points.empty() ? toMs : points.back().timeMs + points.back().holdMs;
    if (points.empty())
        return h;

    setNominal(h, points);
    double ah = 0, kwh = 0;
    std::int64_t day = dayOf(points.front().timeMs);
    for (const BatteryPoint& p : points) {
        const std::uint64_t end = std::min<std::uint64_t>(p.timeMs + p.holdMs, h.coverage.toMs);
        h.coverage.coveredMs += end > p.timeMs ? end - p.timeMs : 0;
        if (h.nominalAh && dayOf(p.timeMs) != day) {
            h.efcOverTime.push_back(
                {static_cast<std::uint64_t>(dayStartMs(day + 1)), ah / (2 * *h.nominalAh)});
            day = dayOf(p.timeMs);
        }
        ah += std::abs(p.currentA) * p.hours();
        kwh += std::abs(p.voltageV * p.currentA) * p.hours() / 1000;
    }
    h.throughputAh = ah;
    h.throughputKwh = kwh;
    if (h.nominalAh) {
        h.efc = ah / (2 * *h.nominalAh);
        h.efcOverTime.push_back({points.back().timeMs + points.back().holdMs, *h.efc});
    }
    const std::uint64_t window = h.coverage.toMs - h.coverage.fromMs;
    h.coverage.share =
        window > 0 ? static_cast<double>(h.coverage.coveredMs) / static_cast<double>(window) : 0;

    h.dodHistogram = dodHistogram(points);
    h.cRate = cRate(points, h);
    h.temperature = temperatureExposure(points);
    h.soh = estimateSoh(points, h.nominalAh);
    if (!h.nominalAh)
        h.soh.absent = h.nominalBasis;
    const auto limits = cellLimits(h.info.chemistry);
    if (limits)
        h.cellLimitsOf = QString::fromLatin1(limits->chemistry);
    h.negativeEvents = findNegativeEvents(points, samples.records, limits, isVehicle(h.info));
    h.projection = project(h, points, h.info.commissionedMs.value_or(points.front().timeMs));
    return h;
}

Result<BatteryHistory> loadBatteryHistory(store::Workspace& workspace, const QByteArray& deviceId,
                                          std::uint64_t fromMs, std::uint64_t toMs,
                                          const std::atomic<bool>* cancel)
{
    auto genesis = workspace.chain().trustedGenesis();
    if (!genesis)
        return std::move(genesis).error();
    auto tip = workspace.chain().tip();
    if (!tip)
        return std::move(tip).error();
    auto samples = loadBatterySamples(workspace, deviceId, fromMs, toMs, cancel);
    if (!samples)
        return std::move(samples).error();
    BatteryHistory h = computeBatteryHistory(*samples, fromMs, toMs);
    h.chainId = genesis->chainId();
    h.anchor = *tip;
    return h;
}

}  // namespace pp::analytics
