#include "node/sim/battery_pack.h"

#include "node/sim/calendar.h"

#include <algorithm>
#include <cmath>

namespace pp::node::sim {

namespace {

// BMS fault flag bits (docs/protocol.md, battery samples).
constexpr std::int64_t kOverTemperature = 1, kUnderVoltage = 2, kOverCurrent = 4,
                       kCellImbalance = 8;

constexpr double kMinute = 1.0 / 60.0;  // hours
constexpr double kYearDays = 365.25;

// Ageing doubles for every 10 °C (Arrhenius, as a rule of thumb for Li-ion).
double ageingFactor(double temperatureC)
{
    return std::max(0.3, std::exp(0.0693 * (temperatureC - 25)));
}

}  // namespace

BatteryPack::BatteryPack(BatteryPackSpec spec, QByteArrayView seed, QByteArrayView stream)
    : spec_(std::move(spec)), random_(seed, stream)
{
}

cbor::Value BatteryPack::registrationMeta() const
{
    const bool lfp = spec_.chemistry == Chemistry::Lfp;
    const double nominalCell = lfp ? 3.2 : 3.7;
    return sim::registrationMeta(
        spec_.info,
        {{"chemistry", cbor::Value::text(lfp ? QStringLiteral("LFP") : QStringLiteral("NMC"))},
         {"nominal_voltage_mv", cbor::Value::unsignedInt(static_cast<std::uint64_t>(
                                    std::lround(spec_.seriesCells * nominalCell * 1000)))},
         {"nominal_capacity_mah",
          cbor::Value::unsignedInt(static_cast<std::uint64_t>(spec_.capacityAh * 1000))},
         {"rated_cycles", cbor::Value::unsignedInt(static_cast<std::uint64_t>(spec_.ratedCycles))},
         {"application", cbor::Value::text(spec_.use == BatteryUse::RiderSwap
                                               ? QStringLiteral("two-wheeler swap")
                                               : QStringLiteral("stationary storage"))},
         {"city", cbor::Value::text(QString::fromLatin1(spec_.weather->site().name))}});
}

void BatteryPack::start(std::int64_t nowMs)
{
    started_ = true;
    serviceStartMs_ = spec_.info.commissionedMs;
    const double ageDays = std::max(0.0, static_cast<double>(nowMs - serviceStartMs_) / kDayMs);
    const bool rider = spec_.use == BatteryUse::RiderSwap;
    cycles_ = ageDays * (rider ? 2.6 : 0.9) * random_.uniform(0.8, 1.0);
    const double calendar =
        (spec_.chemistry == Chemistry::Lfp ? 0.025 : 0.035) * std::sqrt(ageDays / kYearDays);
    soh_ = std::clamp(1.0 - calendar - 1.1 * 0.2 / spec_.ratedCycles * cycles_, 0.6, 1.0);
    reportedSoh_ = soh_;
    soc_ = random_.uniform(0.6, 0.95);
    const CivilTime local = beijingTime(nowMs);
    temperature_ = spec_.weather->temperature(local.hourOfDay());
    planDay(nowMs);
}

void BatteryPack::planDay(std::int64_t nowMs)
{
    if (spec_.use != BatteryUse::RiderSwap)
        return;
    // Rain brings orders; a pack does 2 to 4 cycles a day around the meal peaks.
    const bool rainy = spec_.weather->rainy();
    const double u = random_.uniform();
    cyclesLeftToday_ = u < (rainy ? 0.1 : 0.3) ? 2 : u < (rainy ? 0.55 : 0.8) ? 3 : 4;
    const std::int64_t midnight = beijingDayStart(nowMs);
    nextUseMs_ = midnight + static_cast<std::int64_t>(random_.uniform(6.5, 9.5) * kHourMs);
}

double BatteryPack::currentFor(std::int64_t nowMs)
{
    const double capacity = spec_.capacityAh * soh_;
    const double packVoltage = spec_.seriesCells * openCircuitVoltage(spec_.chemistry, soc_);
    const double hour = beijingTime(nowMs).hourOfDay();
    if (spec_.use == BatteryUse::Stationary) {
        if (hour >= 9.5 && hour < 15 && soc_ < 0.98)  // PV surplus
            return 0.25 * capacity * spec_.weather->clearSkyIndex(hour);
        if (hour >= 18 && hour < 23.5 && soc_ > 0.1)  // the evening load
            return -0.2 * capacity * random_.uniform(0.6, 1.2);
        return 0;
    }
    switch (mode_) {
        case Mode::Discharge: {
            if (random_.chance(0.2))
                return -12.0 / packVoltage;  // stopped at a pick-up: lights and controller only
            const bool peak = (hour >= 11 && hour < 13.5) || (hour >= 17 && hour < 20.5);
            const double watts = std::clamp(random_.normal(peak ? 800 : 650, 200), 150.0, 1800.0);
            return -watts / packVoltage;
        }
        case Mode::Charge: {
            const double cvFrom = spec_.chemistry == Chemistry::Lfp ? 0.93 : 0.85;
            const double cc = 0.5 * capacity;
            return soc_ < cvFrom ? cc : std::max(0.03 * capacity, cc * (1 - soc_) / (1 - cvFrom));
        }
        case Mode::Rest:
            break;
    }
    return 0;
}

void BatteryPack::recalibrateSoh()
{
    // A BMS re-estimates capacity on a full charge; it filters the estimate and never lets
    // it climb by more than a little, as real ones do.
    const double measured = soh_ + random_.normal(0, 0.0015);
    reportedSoh_ = std::min(reportedSoh_ + 0.001, 0.8 * reportedSoh_ + 0.2 * measured);
}

void BatteryPack::step(std::int64_t nowMs)
{
    const CivilTime local = beijingTime(nowMs);
    const double hour = local.hourOfDay();
    if (local.hour == 0 && local.minute == 0)
        planDay(nowMs);

    if (spec_.use == BatteryUse::RiderSwap) {
        switch (mode_) {
            case Mode::Rest:
                if (chargeAtMs_ < 0 && soc_ < 0.9)
                    chargeAtMs_ = nowMs;  // the cabinet charges any pack that is not full
                if (chargeAtMs_ >= 0 && nowMs >= chargeAtMs_) {
                    mode_ = Mode::Charge;
                    chargeAtMs_ = -1;
                } else if (cyclesLeftToday_ > 0 && nowMs >= nextUseMs_ && soc_ >= 0.9 &&
                           hour < 21) {
                    mode_ = Mode::Discharge;
                    swapAt_ = random_.uniform(0.12, 0.28);
                    --cyclesLeftToday_;
                }
                break;
            case Mode::Discharge:
                if (soc_ <= swapAt_ || hour >= 23) {  // swapped, or the shift is over
                    mode_ = Mode::Rest;
                    chargeAtMs_ =
                        nowMs + static_cast<std::int64_t>(random_.uniform(5, 40) * kMinuteMs);
                }
                break;
            case Mode::Charge:
                if (soc_ >= 0.995) {
                    mode_ = Mode::Rest;
                    recalibrateSoh();
                    nextUseMs_ = std::max(
                        nextUseMs_,
                        nowMs + static_cast<std::int64_t>(random_.uniform(5, 45) * kMinuteMs));
                }
                break;
        }
    }
    current_ = currentFor(nowMs);
    if (spec_.use == BatteryUse::Stationary) {
        const Mode before = mode_;
        mode_ = current_ > 0.05 ? Mode::Charge : current_ < -0.05 ? Mode::Discharge : Mode::Rest;
        if (before == Mode::Charge && mode_ != Mode::Charge)
            recalibrateSoh();
    }

    // Charge, heat and wear over the minute.
    const double capacity = spec_.capacityAh * soh_;
    soc_ = std::clamp(soc_ + current_ * kMinute / capacity, 0.0, 1.0);
    const double ambient = spec_.weather->temperature(hour);
    const bool inSun =
        mode_ == Mode::Discharge && spec_.use == BatteryUse::RiderSwap && hour > 9 && hour < 17;
    // A swap cabinet is heated in winter (never below 10 °C inside) and a little warmer
    // than outside in summer; an abused pack's cabinet outdoors is not.
    const bool inCabinet = spec_.use == BatteryUse::RiderSwap && mode_ != Mode::Discharge;
    double surroundings = ambient + (inSun ? 5 * spec_.weather->clearSkyIndex(hour) : 0);
    if (inCabinet && !spec_.chargedInTheCold)
        surroundings = std::max(ambient + 2, 10.0);
    const double packResistance = spec_.seriesCells * spec_.cellResistanceOhm *
                                  (1 + 7.5 * (1 - soh_)) * std::exp(0.025 * (25 - temperature_));
    const double heatCapacity = 8000 * spec_.capacityAh / 30;  // J/K
    temperature_ += (surroundings - temperature_) / 45.0 +
                    current_ * current_ * packResistance * 60 / heatCapacity;

    const double stress = ageingFactor(temperature_);
    const double serviceDays = std::max(1.0, static_cast<double>(nowMs - serviceStartMs_) / kDayMs);
    const double calendarRate =
        (spec_.chemistry == Chemistry::Lfp ? 0.025 : 0.035) / std::sqrt(kYearDays);
    soh_ -= calendarRate * stress * (0.5 + soc_) / (2 * std::sqrt(serviceDays)) / 1440;
    if (current_ < 0) {
        const double throughput = -current_ * kMinute / spec_.capacityAh;  // full cycles
        cycles_ += throughput;
        const double depth = spec_.use == BatteryUse::RiderSwap ? 1 - swapAt_ : 0.8;
        soh_ -= 0.2 / spec_.ratedCycles * stress * (0.7 + 0.6 * depth) * throughput;
    }
    if (spec_.developsImbalance)
        imbalanceMv_ += 0.4 / 1440;  // a weak cell drifting away, 0.4 mV a day
}

records::BatterySample BatteryPack::sample() const
{
    const double cellResistance =
        spec_.cellResistanceOhm * (1 + 7.5 * (1 - soh_)) * std::exp(0.025 * (25 - temperature_));
    const double cell = openCircuitVoltage(spec_.chemistry, soc_) + current_ * cellResistance;
    // Cells drift apart with age and most at the ends of the charge curve.
    const double ends = soc_ < 0.1 || soc_ > 0.95 ? 2.0 : 1.0;
    const double spread = (imbalanceMv_ + 60 * (1 - soh_)) * ends / 1000;
    const double cellMax = cell + spread / 2, cellMin = cell - spread / 2;
    const double tempMax = temperature_ + 0.5 + std::abs(current_) / spec_.capacityAh * 1.5;
    const double tempMin = temperature_ - 0.5;
    std::int64_t faults = 0;
    if (tempMax > 55)
        faults |= kOverTemperature;
    if (cellMin < (spec_.chemistry == Chemistry::Lfp ? 2.8 : 3.0))
        faults |= kUnderVoltage;
    if (std::abs(current_) > 2 * spec_.capacityAh)
        faults |= kOverCurrent;
    if (spread * 1000 > 100)
        faults |= kCellImbalance;
    const auto cycleCount = static_cast<std::int64_t>(std::floor(cycles_ - cycleOffset_));
    const double reported = spec_.lie == BatteryLie::SohOverstated
                                ? 1 - (1 - reportedSoh_) / 3  // two thirds of the fade unsaid
                                : reportedSoh_ + sohOffset_;
    const double soh = std::clamp(reported, 0.0, 1.0);
    return {std::llround(spec_.seriesCells * cell * 1000),
            std::llround(current_ * 1000),
            std::llround(soc_ * 1000),
            std::llround(soh * 1000),
            std::llround(tempMax * 10),
            std::llround(tempMin * 10),
            std::llround(cellMax * 1000),
            std::llround(cellMin * 1000),
            std::max<std::int64_t>(0, cycleCount),
            faults};
}

void BatteryPack::simulateHour(std::int64_t hourStartMs, HourOutput& out)
{
    if (!started_)
        start(hourStartMs);
    if (spec_.lie == BatteryLie::CycleCounterReset && !lying_ && hourStartMs >= spec_.lieFromMs) {
        lying_ = true;  // "refurbished": counter back to zero, SoH back to new
        cycleOffset_ = std::floor(cycles_);
        sohOffset_ = 1.0 - reportedSoh_;
    }
    // Samples each minute in use, each half hour at rest; a record per run of samples at
    // one interval.
    records::RecordBody* open = nullptr;
    std::int64_t lastSampleMs = 0;
    for (int minute = 0; minute < 60; ++minute) {
        const std::int64_t now = hourStartMs + minute * kMinuteMs;
        step(now);
        const bool inUse = mode_ != Mode::Rest;
        if (!inUse && minute % 30 != 0)
            continue;
        const std::uint64_t interval = inUse ? 60 : 1800;
        if (open == nullptr || open->intervalS != interval ||
            now != lastSampleMs + static_cast<std::int64_t>(interval) * 1000) {
            records::RecordBody body;
            body.type = records::RecordType::BatteryBatch;
            body.timeMs = static_cast<std::uint64_t>(now);
            body.intervalS = interval;
            out.push_back(std::move(body));
            open = &out.back();
        }
        open->batterySamples.push_back(sample());
        lastSampleMs = now;
    }
}

}  // namespace pp::node::sim
