#pragma once

#include "crypto/private_key.h"
#include "node/sim/device.h"
#include "node/sim/random.h"
#include "node/sim/weather.h"
#include "records/gbt32960.h"

#include <cstdint>
#include <optional>

namespace pp::node::sim {

// A terminal that lies: from lieFromMs on it reports the odometer rolled back.
enum class VehicleLie { None, OdometerRollback };

struct VanSpec
{
    RegistrationInfo info;
    SiteWeather* weather = nullptr;  // the depot's city
    QByteArray vin;                  // 17 characters
    double batteryKwh = 50;          // LFP
    int seriesCells = 104;
    double depotLatitude = 0, depotLongitude = 0;
    double dailyKm = 150;              // a typical working day's distance
    double consumptionKwhPerKm = 0.2;  // at the wheels, mild weather
    double startOdometerKm = 20'000;
    VehicleLie lie = VehicleLie::None;
    std::int64_t lieFromMs = 0;
    double rollbackKm = 0;
    // Its terminal's edition of GB/T 32960.3. A 2025 terminal signs each packet with its
    // frame key (SM2), registered as meta "frame_key".
    records::gbt32960::Edition edition = records::gbt32960::Edition::Gb2016;
    std::optional<crypto::PrivateKey> frameKey;
};

// An electric light-logistics van on delivery rounds around its depot, as its GB/T
// 32960.3 terminal reports it: a complete real-time packet (vehicle, drive motor,
// position, extremes and alarms; cell voltages and probe temperatures every tenth packet)
// each 30 s while driving and each 60 s while charging; nothing while it is switched off.
// A 2016 terminal sends the 2016 edition; a 2025 terminal the 2025 edition (no extremes
// unit; other offsets; coordinate system; its alarms listed with levels), signed.
// A working day leaves the depot between 07:30 and 08:45, drives from stop to stop along
// the street grid with traffic lights and deliveries, breaks for lunch, returns when the
// day's distance is done or the battery runs low, and charges at the depot.
class Van : public SimulatedDevice
{
public:
    Van(VanSpec spec, QByteArrayView seed, QByteArrayView stream);

    records::AssetClass assetClass() const override { return records::AssetClass::Vehicle; }
    cbor::Value registrationMeta() const override;
    QString name() const override { return spec_.info.name; }
    void simulateHour(std::int64_t hourStartMs, HourOutput& out) override;

    const VanSpec& spec() const { return spec_; }
    double odometerKm() const { return odometerKm_; }

private:
    enum class Mode { Parked, Driving, Delivering, Charging };
    void planDay(std::int64_t nowMs);
    void chooseNextStop(double hour);
    void tick(std::int64_t nowMs, double seconds);  // 30 s
    records::gbt32960::Packet packet(std::int64_t nowMs);
    QByteArray encoded(const records::gbt32960::Packet& p) const;  // signed when 2025
    double packVoltage() const;

    VanSpec spec_;
    Random random_;
    bool started_ = false;
    Mode mode_ = Mode::Parked;
    double x_ = 0, y_ = 0;  // metres east and north of the depot
    double targetX_ = 0, targetY_ = 0;
    bool eastFirst_ = true;  // which leg of the street-grid path comes first
    bool headingHome_ = false;
    double speedKmh_ = 0, powerKw_ = 0;
    int redLightTicks_ = 0;
    double soc_ = 0.95, soh_ = 0.97;
    double odometerKm_ = 0;
    double kmToday_ = 0, targetKmToday_ = 0;
    bool workingDay_ = false, hadLunch_ = false;
    std::int64_t departMs_ = 0, busyUntilMs_ = 0;
    double chargeTo_ = 1.0, chargeKw_ = 20;
    double packTemperature_ = 20, motorTemperature_ = 20;
    int packetCount_ = 0;
    std::int64_t insulationFaultUntilMs_ = 0;
    int weakCell_ = 1, hotProbe_ = 1;
};

}  // namespace pp::node::sim
