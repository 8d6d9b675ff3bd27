#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

// GB/T 32960.3-2016 real-time packets of electric vehicles (spec §7, type 12 samples):
// "##", command, response flag, 17-byte VIN, encryption, data length, data unit, BCC
// (XOR of every byte from the command through the data unit). The data unit is a
// 6-byte time and a sequence of typed information units; we implement those a
// battery-electric vehicle sends: 0x01 vehicle, 0x02 drive motors, 0x05 position,
// 0x06 extremes, 0x07 alarms, 0x08 cell voltages, 0x09 probe temperatures.
// Field values are kept raw (as transmitted); quantities() applies units, offsets and the
// standard's 0xFE/0xFF (abnormal/invalid) sentinels.
namespace pp::records::gbt32960 {

inline constexpr qsizetype kVinSize = 17;
enum class Command : std::uint8_t { RealTime = 0x02, Reissue = 0x03 };

struct Time
{
    int year = 2000, month = 1, day = 1, hour = 0, minute = 0, second = 0;
    bool operator==(const Time&) const = default;
};

// Packet times are Beijing time (UTC+8); this is the instant in Unix milliseconds.
std::uint64_t utcMs(const Time& t);

struct VehicleUnit
{  // 0x01
    std::uint8_t state = 0, charging = 0, mode = 0;
    std::uint16_t speed = 0;     // 0.1 km/h
    std::uint32_t odometer = 0;  // 0.1 km
    std::uint16_t voltage = 0;   // 0.1 V
    std::uint16_t current = 0;   // 0.1 A, offset -1000 A
    std::uint8_t soc = 0;        // %
    std::uint8_t dcdc = 0, gear = 0;
    std::uint16_t insulation = 0;  // kΩ
    std::uint8_t accelerator = 0, brake = 0;
    bool operator==(const VehicleUnit&) const = default;
};

struct MotorUnit
{                                                           // one motor of 0x02
    std::uint8_t index = 1, state = 0, controllerTemp = 0;  // temps: °C offset -40
    std::uint16_t speed = 0;                                // rpm, offset -20000
    std::uint16_t torque = 0;                               // 0.1 N·m, offset -2000
    std::uint8_t motorTemp = 0;
    std::uint16_t controllerVoltage = 0;  // 0.1 V
    std::uint16_t controllerCurrent = 0;  // 0.1 A, offset -1000 A
    bool operator==(const MotorUnit&) const = default;
};

struct PositionUnit
{                                               // 0x05
    std::uint8_t status = 0;                    // bit 0: invalid fix; bit 1: south; bit 2: west
    std::uint32_t longitude = 0, latitude = 0;  // 1e-6 degree
    bool operator==(const PositionUnit&) const = default;
};

struct ExtremesUnit
{  // 0x06
    std::uint8_t maxVoltageSystem = 1, maxVoltageCell = 1;
    std::uint16_t maxCellVoltage = 0;  // mV
    std::uint8_t minVoltageSystem = 1, minVoltageCell = 1;
    std::uint16_t minCellVoltage = 0;
    std::uint8_t maxTempSystem = 1, maxTempProbe = 1, maxTemp = 0;  // °C offset -40
    std::uint8_t minTempSystem = 1, minTempProbe = 1, minTemp = 0;
    bool operator==(const ExtremesUnit&) const = default;
};

struct AlarmUnit
{                             // 0x07
    std::uint8_t level = 0;   // 0 none, 1-3
    std::uint32_t flags = 0;  // general alarm bits
    std::vector<std::uint32_t> batteryFaults, motorFaults, engineFaults, otherFaults;
    bool operator==(const AlarmUnit&) const = default;
};

struct CellVoltages
{  // one subsystem of 0x08
    std::uint8_t system = 1;
    std::uint16_t voltage = 0;  // 0.1 V
    std::uint16_t current = 0;  // 0.1 A, offset -1000 A
    std::uint16_t totalCells = 0, firstCell = 1;
    std::vector<std::uint16_t> cells;  // mV
    bool operator==(const CellVoltages&) const = default;
};

struct ProbeTemperatures
{  // one subsystem of 0x09
    std::uint8_t system = 1;
    std::vector<std::uint8_t> probes;  // °C offset -40
    bool operator==(const ProbeTemperatures&) const = default;
};

struct Packet
{
    Command command = Command::RealTime;
    QByteArray vin;  // 17 ASCII characters
    Time time;
    std::optional<VehicleUnit> vehicle;
    std::vector<MotorUnit> motors;
    std::optional<PositionUnit> position;
    std::optional<ExtremesUnit> extremes;
    std::optional<AlarmUnit> alarms;
    std::vector<CellVoltages> cellVoltages;
    std::vector<ProbeTemperatures> temperatures;
    bool operator==(const Packet&) const = default;
};

QByteArray encode(const Packet& packet);
// Strict: start "##", command 0x02 or 0x03, response flag 0xFE, no encryption (0x01), a
// data length that matches, a correct BCC, known units only, each complete. Errors
// ("gbt32960.*") name the byte offset and unit.
Result<Packet> decode(QByteArrayView bytes);

// A named quantity in SI-ish display units, or why it has no value.
struct Quantity
{
    const char* name;  // "vehicle.speed", "position.latitude", ...
    const char* unit;  // "km/h", "km", "V", "A", "%", "°", "°C", "mV", "kΩ" or ""
    enum class Status { Valid, Abnormal, Invalid } status;
    double value;  // meaningful when Valid
};
std::vector<Quantity> quantities(const Packet& packet);

}  // namespace pp::records::gbt32960
