#pragma once

#include <QByteArray>

#include <cstdint>
#include <optional>

namespace pp::store {

// One device's verified samples of one day, summed up at sync time so that dashboards of a
// year of a fleet read a few thousand rows instead of decoding a million records. Days are
// China Standard Time (UTC+8), the time zone of GB/T 32960 packets and of the fleets we
// serve. A field is empty when the device's class does not report it.
struct DailyRow
{
    QByteArray deviceId;
    std::int64_t day = 0;  // days since 1970-01-01, UTC+8
    std::uint64_t samples = 0;
    std::uint64_t lastMs = 0;  // the latest sample summed in, for the "last" fields
    // PV: the lifetime energy register (SunSpec WH, Wh) and the peak AC power (W).
    std::optional<double> whMin, whMax, peakW;
    // Vehicles: the odometer (km) and the top speed (km/h).
    std::optional<double> kmMin, kmMax, speedMax;
    // Batteries and vehicles: state of charge (%); batteries: the day's last SoH (%) and
    // cycle count, and the highest cell temperature (°C).
    std::optional<double> socMin, socMax, sohLast, cyclesLast, tempMax;
    std::uint64_t alarms = 0;  // samples that carried a fault or alarm

    double energyWh() const { return whMax && whMin ? *whMax - *whMin : 0.0; }
    double km() const { return kmMax && kmMin ? *kmMax - *kmMin : 0.0; }
    bool operator==(const DailyRow&) const = default;
};

}  // namespace pp::store
