#include "node/sim/pv_station.h"

#include "node/sim/calendar.h"
#include "node/sim/solar.h"
#include "records/sunspec.h"

#include <algorithm>
#include <cmath>

namespace pp::node::sim {

namespace {

// SunSpec inverter operating states (model 101-103 point St).
enum State : int { Sleeping = 2, Starting = 3, Mppt = 4, Throttled = 5, Fault = 7 };
// Evt1 bits an inverter fault raises: ground fault, DC over-voltage, grid disconnect,
// over-temperature, AC over-voltage.
constexpr std::uint32_t kFaultEvents[] = {1u << 0, 1u << 1, 1u << 4, 1u << 7, 1u << 10};

// The coarsest-but-fitting scale factor: the smallest exponent, no finer than `finest`,
// that keeps `largest` within a register's `limit`.
int scaleFactorFor(double largest, double limit, int finest)
{
    return std::max(finest,
                    static_cast<int>(std::ceil(std::log10(std::max(largest, 1.0) / limit))));
}

constexpr double kYearMs = 365.25 * kDayMs;

}  // namespace

PvStation::PvStation(PvStationSpec spec, QByteArrayView seed, QByteArrayView stream)
    : spec_(std::move(spec)), random_(seed, stream)
{
    const double phaseVoltage = 230;
    const double maxAcCurrent = spec_.acW / (singlePhase() ? phaseVoltage : 3 * phaseVoltage);
    // Twice the rating of headroom, so that a lying station's claims fit the registers.
    scales_.power = scaleFactorFor(2 * spec_.acW, 32767, 0);
    scales_.current = scaleFactorFor(2 * maxAcCurrent, 65534, -2);
    scales_.dcCurrent = scaleFactorFor(2 * spec_.dcW / (0.7 * spec_.mppVoltage), 65534, -2);
    // Thirty years at the best Chinese sites, twice over, fit the 32-bit energy register.
    scales_.energy = scaleFactorFor(spec_.dcW * 1700 * 30 * 2, 4'294'967'294.0, 0);
}

cbor::Value PvStation::registrationMeta() const
{
    const Site& site = spec_.weather->site();
    return sim::registrationMeta(
        spec_.info,
        {{"lat_e6", cbor::Value::integer(std::llround(site.latitude * 1e6))},
         {"lon_e6", cbor::Value::integer(std::llround(site.longitude * 1e6))},
         {"capacity_dc_w", cbor::Value::unsignedInt(static_cast<std::uint64_t>(spec_.dcW))},
         {"capacity_ac_w", cbor::Value::unsignedInt(static_cast<std::uint64_t>(spec_.acW))},
         {"site", cbor::Value::text(QString::fromLatin1(site.name))},
         {"tilt_deg", cbor::Value::unsignedInt(static_cast<std::uint64_t>(spec_.tiltDeg))},
         {"azimuth_deg", cbor::Value::unsignedInt(static_cast<std::uint64_t>(spec_.azimuthDeg))}});
}

double PvStation::acPower(std::int64_t utcMs) const
{
    const Site& site = spec_.weather->site();
    const SunPosition sun = sunPosition(utcMs, site.latitude, site.longitude);
    if (!sun.up())
        return 0;
    const CivilTime local = beijingTime(utcMs);
    const Irradiance clear =
        clearSky(sun, local.dayOfYear, site.altitudeM,
                 site.linkeTurbidity[static_cast<std::size_t>(local.month - 1)]);
    const Irradiance sky =
        cloudySky(sun, local.dayOfYear, clear, spec_.weather->clearSkyIndex(local.hourOfDay()));
    const double poa = planeOfArray(sky, sun, spec_.tiltDeg, spec_.azimuthDeg);
    const double cellC =
        spec_.weather->temperature(local.hourOfDay()) + (spec_.noctC - 20) / 800 * poa;
    const double age = static_cast<double>(utcMs - spec_.info.commissionedMs) / kYearMs;
    const double dc = spec_.dcW * poa / 1000 * (1 + spec_.temperatureCoefficient * (cellC - 25)) *
                      spec_.systemLoss * (1 - spec_.degradationPerYear * std::max(0.0, age));
    if (dc < 0.002 * spec_.dcW)
        return 0;  // below the inverter's start-up threshold
    // Efficiency falls off at light load (fixed losses), and the AC rating clips.
    const double load = dc / spec_.acW;
    return std::min(spec_.acW, dc * spec_.inverterEfficiency * load / (load + 0.004));
}

void PvStation::scheduleIncidents(std::int64_t nowMs)
{
    if (nowMs >= faultUntil_) {
        faultFrom_ = nowMs + static_cast<std::int64_t>(
                                 random_.exponentialDays(spec_.faultsPerYear / 365.0) * kDayMs);
        faultUntil_ = faultFrom_ + static_cast<std::int64_t>(random_.uniform(1, 8) * kHourMs);
        faultEvent_ = kFaultEvents[random_.integer(0, std::size(kFaultEvents) - 1)];
    }
    if (nowMs >= outageUntil_) {
        outageFrom_ = nowMs + static_cast<std::int64_t>(
                                  random_.exponentialDays(spec_.outagesPerYear / 365.0) * kDayMs);
        outageUntil_ = outageFrom_ + static_cast<std::int64_t>(random_.uniform(2, 36)) * kHourMs;
    }
}

void PvStation::simulateHour(std::int64_t hourStartMs, HourOutput& out)
{
    if (faultUntil_ == 0 && outageUntil_ == 0) {  // the first hour simulated
        faultUntil_ = outageUntil_ = hourStartMs;
        // The lifetime register starts with what the station made since commissioning: a
        // typical year of its site (kWh/kWp, i.e. Wh per W) for each year in service.
        const Site& site = spec_.weather->site();
        const double years =
            std::max(0.0, static_cast<double>(hourStartMs - spec_.info.commissionedMs) / kYearMs);
        lifetimeWh_ = years * spec_.dcW * (site.yieldLow + site.yieldHigh) / 2;
    }
    scheduleIncidents(hourStartMs);
    const bool outage = hourStartMs >= outageFrom_ && hourStartMs < outageUntil_;
    records::RecordBody body;
    body.type = records::RecordType::PvBatch;
    body.timeMs = static_cast<std::uint64_t>(hourStartMs);
    body.intervalS = kIntervalS;
    for (int q = 0; q < 4; ++q) {
        const std::int64_t start = hourStartMs + q * static_cast<std::int64_t>(kIntervalS) * 1000;
        const std::int64_t mid = start + static_cast<std::int64_t>(kIntervalS) * 500;
        const bool faulted = mid >= faultFrom_ && mid < faultUntil_;
        double ac = faulted ? 0 : acPower(mid);
        const double dc = ac > 0 ? ac / spec_.inverterEfficiency : 0;
        const Site& site = spec_.weather->site();
        int state = faulted                                                ? Fault
                    : ac >= spec_.acW                                      ? Throttled
                    : ac > 0                                               ? Mppt
                    : sunPosition(mid, site.latitude, site.longitude).up() ? Starting
                                                                           : Sleeping;
        if (spec_.lie != PvLie::None && mid >= spec_.lieFromMs) {
            if (spec_.lie == PvLie::AboveCapacity && ac > 0.3 * spec_.acW)
                ac *= 1.8;
            if (spec_.lie == PvLie::NightGeneration && state == Sleeping) {
                ac = spec_.acW * random_.uniform(0.08, 0.15);
                state = Mppt;
            }
        }
        lifetimeWh_ += ac * static_cast<double>(kIntervalS) / 3600.0;
        if (!outage)
            body.binarySamples.push_back(block(mid, ac, dc, state, faulted ? faultEvent_ : 0));
    }
    if (!body.binarySamples.empty())
        out.push_back(std::move(body));
}

QByteArray PvStation::block(std::int64_t utcMs, double acW, double dcW, int state,
                            std::uint32_t events)
{
    const double hour = beijingTime(utcMs).hourOfDay();
    const double ambient = spec_.weather->temperature(hour);
    const double load = acW / spec_.acW;
    const double phaseV = 230 + random_.normal(0, 2.0);
    const double pf = acW > 0 ? std::clamp(0.995 + random_.normal(0, 0.002), 0.98, 1.0) : 1.0;
    const double current = acW / pf / (singlePhase() ? phaseV : 3 * phaseV);
    const double cellC = ambient + (spec_.noctC - 20) / 800 * 1000 * std::min(1.0, load);
    const double dcV = dcW > 0 ? spec_.mppVoltage *
                                     (1 + spec_.temperatureCoefficient * 0.8 * (cellC - 25)) *
                                     (0.93 + 0.07 * std::min(1.0, load))
                               : 0;
    std::vector<records::sunspec::PointValue> values = {
        {"A", current},
        {"AphA", singlePhase() ? current : current * random_.uniform(0.99, 1.01)},
        {"PhVphA", phaseV},
        {"W", acW},
        {"Hz", 50 + random_.normal(0, 0.015)},
        {"VA", acW / pf},
        {"VAr", acW / pf * std::sqrt(1 - pf * pf)},
        {"PF", pf * 100},
        {"WH", lifetimeWh_},
        {"DCA", dcV > 0 ? dcW / dcV : 0},
        {"DCV", dcV},
        {"DCW", dcW},
        {"TmpCab", ambient + 3 + 12 * load},
        {"TmpSnk", ambient + 5 + 25 * load},
        {"St", static_cast<double>(state)},
        {"Evt1", static_cast<double>(events)},
    };
    if (!singlePhase()) {
        const double phaseB = phaseV + random_.normal(0, 1.0),
                     phaseC = phaseV + random_.normal(0, 1.0);
        values.insert(values.end(), {{"AphB", current * random_.uniform(0.99, 1.01)},
                                     {"AphC", current * random_.uniform(0.99, 1.01)},
                                     {"PhVphB", phaseB},
                                     {"PhVphC", phaseC},
                                     {"PPVphAB", (phaseV + phaseB) / 2 * std::sqrt(3.0)},
                                     {"PPVphBC", (phaseB + phaseC) / 2 * std::sqrt(3.0)},
                                     {"PPVphCA", (phaseC + phaseV) / 2 * std::sqrt(3.0)}});
    }
    return records::sunspec::encodeInverterBlock(spec_.model, values,
                                                 {{"A_SF", scales_.current},
                                                  {"V_SF", -1},
                                                  {"W_SF", scales_.power},
                                                  {"Hz_SF", -2},
                                                  {"VA_SF", scales_.power},
                                                  {"VAr_SF", scales_.power},
                                                  {"PF_SF", -2},
                                                  {"WH_SF", scales_.energy},
                                                  {"DCA_SF", scales_.dcCurrent},
                                                  {"DCV_SF", -1},
                                                  {"DCW_SF", scales_.power},
                                                  {"Tmp_SF", -1}});
}

}  // namespace pp::node::sim
