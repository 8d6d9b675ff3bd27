#pragma once

#include "common/result.h"
#include "crypto/frame_signature.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

// GB/T 32960.3 real-time packets of electric vehicles (spec §7, type 12 samples), of both
// editions: start marker ("##" 2016, "$$" 2025), command, response flag, 17-byte VIN,
// encryption, data length, data unit, BCC (XOR of every byte from the command through the
// data unit). The data unit is a 6-byte time and a sequence of typed information units:
// - 2016, table 8: 0x01 vehicle, 0x02 drive motors, 0x03 fuel cell, 0x04 engine,
//   0x05 position, 0x06 extremes, 0x07 alarms, 0x08 cell voltages, 0x09 probe temperatures;
// - 2025: 0x01 vehicle, 0x02 drive motors, 0x03 fuel-cell engine and hydrogen system,
//   0x04 engine, 0x05 position, 0x06 alarms, 0x07 cell voltages, 0x08 probe temperatures,
//   0x30 fuel-cell stacks, 0x31 supercapacitor, 0x32 supercapacitor extremes, and last
//   0xFF, the terminal's own signature over the data unit before it;
// - both: a maker's own units, 0x80-0xFE, each a WORD length and that many bytes, kept.
// Field values are kept raw (as transmitted); quantities() and fields() apply units,
// offsets and the standards' 0xFE/0xFF (abnormal/invalid) markers. Where the editions
// lay out one unit differently, the struct holds the union and says which edition has what.
namespace pp::records::gbt32960 {

inline constexpr qsizetype kVinSize = 17;
// The position of the data unit (its time) in a packet: what a 2025 signature covers
// starts here.
inline constexpr qsizetype kDataUnitOffset = 2 + 1 + 1 + kVinSize + 1 + 2;
enum class Edition : std::uint8_t { Gb2016, Gb2025 };
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
    std::uint16_t current = 0;   // 0.1 A, offset -1000 A (2016) or -3000 A (2025)
    std::uint8_t soc = 0;        // %
    std::uint8_t dcdc = 0, gear = 0;
    std::uint16_t insulation = 0;             // kΩ
    std::uint8_t accelerator = 0, brake = 0;  // 2016 only
    bool operator==(const VehicleUnit&) const = default;
};

struct MotorUnit
{                                                           // one motor of 0x02
    std::uint8_t index = 1, state = 0, controllerTemp = 0;  // temps: °C offset -40
    std::uint16_t speed = 0;   // rpm, offset -20000 (2016) or -32000 (2025)
    std::uint32_t torque = 0;  // 0.1 N·m, offset -2000 N·m (2016, a WORD) or -20000 (2025)
    std::uint8_t motorTemp = 0;
    std::uint16_t controllerVoltage = 0;  // 0.1 V; 2016 only
    std::uint16_t controllerCurrent = 0;  // 0.1 A, offset -1000 A; 2016 only
    bool operator==(const MotorUnit&) const = default;
};

struct FuelCellUnit
{                                      // 0x03
    std::uint16_t voltage = 0;         // 0.1 V
    std::uint16_t current = 0;         // 0.1 A
    std::uint16_t consumption = 0;     // 0.01 kg/100 km
    std::vector<std::uint8_t> probes;  // °C offset -40 (a WORD count before them)
    std::uint16_t h2MaxTemp = 0;       // 0.1 °C offset -40 °C
    std::uint8_t h2MaxTempProbe = 0;
    std::uint16_t h2MaxConcentration = 0;  // mg/kg
    std::uint8_t h2MaxConcentrationSensor = 0;
    std::uint16_t h2MaxPressure = 0;  // 0.1 MPa
    std::uint8_t h2MaxPressureSensor = 0;
    std::uint8_t dcdc = 0;  // high-voltage DC/DC: 1 working, 2 off
    bool operator==(const FuelCellUnit&) const = default;
};

// 0x03 of the 2025 edition: the fuel-cell engine's hydrogen system (the stacks are 0x30).
struct HydrogenUnit
{
    std::uint16_t maxTemp = 0;  // °C offset -40
    std::uint8_t maxTempProbe = 0;
    std::uint16_t maxConcentration = 0;  // 0.0001 %
    std::uint8_t maxConcentrationSensor = 0;
    std::uint16_t maxPressure = 0;  // 0.1 MPa
    std::uint8_t maxPressureSensor = 0;
    std::uint8_t dcdc = 0;       // high-voltage DC/DC: 1 working, 2 off
    std::uint8_t remaining = 0;  // hydrogen left, %
    std::uint8_t dcdcTemp = 0;   // °C offset -40
    bool operator==(const HydrogenUnit&) const = default;
};

struct EngineUnit
{                                   // 0x04
    std::uint8_t state = 0;         // 1 running, 2 off; 2016 only
    std::uint16_t crankshaft = 0;   // rpm
    std::uint16_t consumption = 0;  // 0.01 L/100 km; 2016 only
    bool operator==(const EngineUnit&) const = default;
};

// A unit kept as its bytes: a maker's own (0x80-0xFE), or a second unit of a type the
// packet already carries once (the first is decoded; the standard has one of each).
struct RawUnit
{
    std::uint8_t type = 0;
    QByteArray bytes;  // after the type (and, for a maker's unit, after its length)
    bool operator==(const RawUnit&) const = default;
};

struct PositionUnit
{                                               // 0x05
    std::uint8_t status = 0;                    // bit 0: invalid fix; bit 1: south; bit 2: west
    std::uint32_t longitude = 0, latitude = 0;  // 1e-6 degree
    std::uint8_t coordinateSystem = 1;          // 2025 only: 1 WGS-84, 2 GCJ-02, 3 other
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

// One entry of the 2025 edition's list of general alarms with their own levels.
struct GeneralAlarm
{
    std::uint8_t bit = 0;  // the general alarm flag it details
    std::uint8_t level = 0;
    bool operator==(const GeneralAlarm&) const = default;
};

struct AlarmUnit
{                             // 0x07 (2016), 0x06 (2025)
    std::uint8_t level = 0;   // 0 none, 1-3
    std::uint32_t flags = 0;  // general alarm bits
    std::vector<std::uint32_t> batteryFaults, motorFaults, engineFaults, otherFaults;
    std::vector<GeneralAlarm> general;  // 2025 only
    bool operator==(const AlarmUnit&) const = default;
};

struct CellVoltages
{  // one subsystem of 0x08 (2016), one pack of 0x07 (2025)
    std::uint8_t system = 1;
    std::uint16_t voltage = 0;                    // 0.1 V
    std::uint16_t current = 0;                    // 0.1 A, offset -1000 A (2016) or -3000 A (2025)
    std::uint16_t totalCells = 0, firstCell = 1;  // 2025: every cell, from the first
    std::vector<std::uint16_t> cells;             // mV
    bool operator==(const CellVoltages&) const = default;
};

struct ProbeTemperatures
{  // one subsystem of 0x09 (2016), one pack of 0x08 (2025)
    std::uint8_t system = 1;
    std::vector<std::uint8_t> probes;  // °C offset -40
    bool operator==(const ProbeTemperatures&) const = default;
};

struct FuelCellStack
{  // one stack of 0x30 (2025)
    std::uint8_t index = 1;
    std::uint16_t voltage = 0;                     // 0.1 V
    std::uint16_t current = 0;                     // 0.1 A
    std::uint16_t hydrogenInletPressure = 0;       // 0.1 kPa, offset -100 kPa
    std::uint16_t airInletPressure = 0;            // 0.1 kPa, offset -100 kPa
    std::uint8_t airInletTemp = 0;                 // °C offset -40
    std::vector<std::uint8_t> coolantOutletTemps;  // °C offset -40
    bool operator==(const FuelCellStack&) const = default;
};

struct SuperCapacitor
{  // 0x31 (2025)
    std::uint8_t system = 1;
    std::uint16_t voltage = 0;         // 0.1 V
    std::uint16_t current = 0;         // 0.1 A, offset -3000 A
    std::vector<std::uint16_t> cells;  // mV
    std::vector<std::uint8_t> probes;  // °C offset -40
    bool operator==(const SuperCapacitor&) const = default;
};

struct SuperCapacitorExtremes
{  // 0x32 (2025)
    std::uint8_t maxVoltageSystem = 1;
    std::uint16_t maxVoltageCell = 1, maxCellVoltage = 0;  // mV
    std::uint8_t minVoltageSystem = 1;
    std::uint16_t minVoltageCell = 1, minCellVoltage = 0;
    std::uint8_t maxTempSystem = 1;
    std::uint16_t maxTempProbe = 1;
    std::uint8_t maxTemp = 0;  // °C offset -40
    std::uint8_t minTempSystem = 1;
    std::uint16_t minTempProbe = 1;
    std::uint8_t minTemp = 0;
    bool operator==(const SuperCapacitorExtremes&) const = default;
};

// 0xFF (2025), the data unit's last: the terminal's signature over the data unit from its
// time up to this unit's type byte. r and s as sent (RSA: the signature in r, s empty).
struct TerminalSignature
{
    std::uint8_t algorithm = crypto::FrameSm2;  // as sent: crypto::FrameAlgorithm, or unknown
    QByteArray r, s;
    bool operator==(const TerminalSignature&) const = default;
};

struct Packet
{
    Edition edition = Edition::Gb2016;
    Command command = Command::RealTime;
    QByteArray vin;  // 17 ASCII characters
    Time time;
    std::optional<VehicleUnit> vehicle;
    std::vector<MotorUnit> motors;
    std::vector<FuelCellUnit> fuelCells;  // 2016
    std::vector<HydrogenUnit> hydrogen;   // 2025
    std::vector<EngineUnit> engines;
    std::optional<PositionUnit> position;
    std::optional<ExtremesUnit> extremes;  // 2016
    std::optional<AlarmUnit> alarms;
    std::vector<CellVoltages> cellVoltages;
    std::vector<ProbeTemperatures> temperatures;
    std::vector<FuelCellStack> stacks;                             // 2025
    std::vector<SuperCapacitor> superCapacitors;                   // 2025
    std::optional<SuperCapacitorExtremes> superCapacitorExtremes;  // 2025
    std::vector<RawUnit> vendorUnits;                              // 0x80-0xFE, in packet order
    std::vector<RawUnit> repeated;  // second and later units of a type the packet has once
    std::optional<TerminalSignature> signature;  // 2025
    bool operator==(const Packet&) const = default;
};

// The bytes, in the packet's edition. A 2025 packet with a signature carries it as given;
// signedBytes() of the encoded packet is what it must sign (sign, set, encode again).
QByteArray encode(const Packet& packet);
// Strict: start "##" or "$$", command 0x02 or 0x03, response flag 0xFE, no encryption
// (0x01), a data length that matches, a correct BCC, a type of the edition or a maker's
// (0x80-0xFE) for each unit, each unit complete, nothing after a 2025 signature. Every
// length is checked against what remains before it is read, and nothing is allocated
// beyond what the packet holds. Errors ("gbt32960.*") name the byte offset and unit.
Result<Packet> decode(QByteArrayView bytes);
// What a 2025 terminal signature covers in an encoded packet: the data unit from its time
// up to the signature unit's type byte (the whole data unit when there is none).
QByteArrayView signedBytes(QByteArrayView encoded, const Packet& packet);

// A named quantity in SI-ish display units, or why it has no value.
struct Quantity
{
    const char* name;  // "vehicle.speed", "position.latitude", ...
    const char* unit;  // "km/h", "km", "V", "A", "%", "°", "°C", "mV", "kΩ" or ""
    enum class Status { Valid, Abnormal, Invalid } status;
    double value;  // meaningful when Valid
};
// The quantities the analytics read (vehicle, position, extremes, alarms), fast: the light
// node asks this of every packet it syncs.
std::vector<Quantity> quantities(const Packet& packet);

// Every value the packet carries, for people (the record inspector, records --json):
// each unit's fields by name ("motor1.speed", "battery1.cell17", "fuel_cell.probe3"),
// with fault codes and a maker's units as text ("0x00000102 0x00000007"; hex bytes).
// Values are divided by their resolution rather than multiplied by it, so that 468 at
// 0.1 V is 46.8 and not 46.800000000000004.
struct Field
{
    QString name;
    const char* unit;
    Quantity::Status status;
    double value;  // meaningful when Valid and text is empty
    QString text;
};
std::vector<Field> fields(const Packet& packet);

}  // namespace pp::records::gbt32960
