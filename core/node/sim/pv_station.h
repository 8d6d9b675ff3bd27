#pragma once

#include "node/sim/device.h"
#include "node/sim/random.h"
#include "node/sim/weather.h"

#include <cstdint>

namespace pp::node::sim {

// How a dishonest PV station lies (the ground truth lists which one does what).
enum class PvLie { None, AboveCapacity, NightGeneration };

struct PvStationSpec
{
    RegistrationInfo info;
    SiteWeather* weather = nullptr;    // shared by the stations of the site
    double dcW = 10'000, acW = 8'000;  // nameplate: module STC power, inverter AC rating
    double tiltDeg = 25, azimuthDeg = 180;
    // SunSpec 101 (single phase, small rooftops) or 103 (three phase); or their float
    // twins 111 and 113, which some makers' inverters serve by default.
    int model = 103;
    double temperatureCoefficient = -0.0037;  // per °C above 25 °C cell temperature
    double noctC = 45;                        // nominal operating cell temperature
    double systemLoss = 0.9;  // soiling, mismatch, wiring, reflection: what reaches the inverter
    double inverterEfficiency = 0.975;
    double degradationPerYear = 0.005;
    double mppVoltage = 600;  // string voltage at the maximum power point, STC
    double faultsPerYear = 3;
    double outagesPerYear = 2;
    PvLie lie = PvLie::None;
    std::int64_t lieFromMs = 0;
};

// A PV station as its data logger sees it: the inverter's SunSpec block read every 15
// minutes, uploaded hourly as one type 10 record of four samples. Physics: sun position,
// clear sky and the site's weather give plane-of-array irradiance; cell temperature derates
// the modules; the inverter clips at its AC rating; modules degrade from commissioning.
// Faults stop the inverter (St = FAULT with an Evt1 bit) until repaired; communication
// outages lose whole hours of samples while the lifetime energy register keeps counting.
class PvStation : public SimulatedDevice
{
public:
    PvStation(PvStationSpec spec, QByteArrayView seed, QByteArrayView stream);

    records::AssetClass assetClass() const override { return records::AssetClass::Pv; }
    cbor::Value registrationMeta() const override;
    QString name() const override { return spec_.info.name; }
    void simulateHour(std::int64_t hourStartMs, HourOutput& out) override;

    const PvStationSpec& spec() const { return spec_; }
    static constexpr std::uint64_t kIntervalS = 900;

    // The station's true AC output (W) averaged over the 15 minutes centred on `utcMs`,
    // before any fault or lie: what the physics alone gives.
    double acPower(std::int64_t utcMs) const;

private:
    bool singlePhase() const { return spec_.model % 10 == 1; }
    struct Scales
    {
        int power, current, dcCurrent, energy;
    };
    QByteArray block(std::int64_t utcMs, double acW, double dcW, int state, std::uint32_t events);
    void scheduleIncidents(std::int64_t nowMs);

    PvStationSpec spec_;
    Random random_;
    Scales scales_{};
    double lifetimeWh_ = 0;
    std::int64_t faultFrom_ = 0, faultUntil_ = 0;
    std::uint32_t faultEvent_ = 0;
    std::int64_t outageFrom_ = 0, outageUntil_ = 0;
};

}  // namespace pp::node::sim
