#include "records/gbt32960_units.h"

// The information units of GB/T 32960.3-2016, table 8 and the tables under it.

namespace pp::records::gbt32960::detail {

namespace {

enum Unit : std::uint8_t {
    kVehicle = 0x01,
    kMotors = 0x02,
    kFuelCell = 0x03,
    kEngine = 0x04,
    kPosition = 0x05,
    kExtremes = 0x06,
    kAlarms = 0x07,
    kCellVoltages = 0x08,
    kTemperatures = 0x09,
};

}  // namespace

bool knownUnit2016(std::uint8_t type)
{
    return (type >= kVehicle && type <= kTemperatures) ||
           (type >= kFirstVendor && type <= kLastVendor);
}

namespace {

void writeFaults(Writer& w, const std::vector<std::uint32_t>& faults)
{
    w.u8(static_cast<std::uint32_t>(faults.size()));
    for (std::uint32_t f : faults)
        w.u32(f);
}

bool readFaults(Reader& r, std::vector<std::uint32_t>& faults)
{
    if (!r.has(1))
        return false;
    const int n = r.u8();
    if (!r.has(qsizetype{4} * n))
        return false;
    faults.resize(static_cast<std::size_t>(n));
    for (std::uint32_t& fault : faults)
        fault = r.u32();
    return true;
}

}  // namespace

VehicleUnit readVehicleHead(Reader& r)
{
    VehicleUnit v;
    v.state = r.u8();
    v.charging = r.u8();
    v.mode = r.u8();
    v.speed = r.u16();
    v.odometer = r.u32();
    v.voltage = r.u16();
    v.current = r.u16();
    v.soc = r.u8();
    v.dcdc = r.u8();
    v.gear = r.u8();
    v.insulation = r.u16();
    return v;
}

void writeVehicleHead(Writer& d, const VehicleUnit& v)
{
    for (std::uint32_t b : {v.state, v.charging, v.mode})
        d.u8(b);
    d.u16(v.speed);
    d.u32(v.odometer);
    d.u16(v.voltage);
    d.u16(v.current);
    for (std::uint32_t b : {v.soc, v.dcdc, v.gear})
        d.u8(b);
    d.u16(v.insulation);
}

bool readAlarmsHead(Reader& r, AlarmUnit& a)
{
    if (!r.has(5))
        return false;
    a.level = r.u8();
    a.flags = r.u32();
    return readFaults(r, a.batteryFaults) && readFaults(r, a.motorFaults) &&
           readFaults(r, a.engineFaults) && readFaults(r, a.otherFaults);
}

void writeAlarmsHead(Writer& d, const AlarmUnit& a)
{
    d.u8(a.level);
    d.u32(a.flags);
    for (const auto* faults : {&a.batteryFaults, &a.motorFaults, &a.engineFaults, &a.otherFaults})
        writeFaults(d, *faults);
}

bool readUnit2016(std::uint8_t type, Reader& r, Packet& p)
{
    switch (type) {
        case kVehicle: {
            if (!r.has(kVehicleHeadSize + 2))
                return false;
            VehicleUnit v = readVehicleHead(r);
            v.accelerator = r.u8();
            v.brake = r.u8();
            p.vehicle = v;
            return true;
        }
        case kMotors: {
            if (!r.has(1))
                return false;
            const int n = r.u8();
            if (!r.has(qsizetype{12} * n))
                return false;
            p.motors.reserve(static_cast<std::size_t>(n));
            for (int i = 0; i < n; ++i) {
                MotorUnit m;
                m.index = r.u8();
                m.state = r.u8();
                m.controllerTemp = r.u8();
                m.speed = r.u16();
                m.torque = r.u16();
                m.motorTemp = r.u8();
                m.controllerVoltage = r.u16();
                m.controllerCurrent = r.u16();
                p.motors.push_back(m);
            }
            return true;
        }
        case kFuelCell: {
            if (!r.has(8))
                return false;
            FuelCellUnit f;
            f.voltage = r.u16();
            f.current = r.u16();
            f.consumption = r.u16();
            const int probes = r.u16();
            if (!r.has(probes + 10))
                return false;
            f.probes.resize(static_cast<std::size_t>(probes));
            for (std::uint8_t& probe : f.probes)
                probe = r.u8();
            f.h2MaxTemp = r.u16();
            f.h2MaxTempProbe = r.u8();
            f.h2MaxConcentration = r.u16();
            f.h2MaxConcentrationSensor = r.u8();
            f.h2MaxPressure = r.u16();
            f.h2MaxPressureSensor = r.u8();
            f.dcdc = r.u8();
            p.fuelCells.push_back(std::move(f));
            return true;
        }
        case kEngine:
            if (!r.has(5))
                return false;
            p.engines.push_back(EngineUnit{r.u8(), r.u16(), r.u16()});
            return true;
        case kPosition:
            if (!r.has(9))
                return false;
            p.position = PositionUnit{};
            p.position->status = r.u8();
            p.position->longitude = r.u32();
            p.position->latitude = r.u32();
            return true;
        case kExtremes: {
            if (!r.has(14))
                return false;
            ExtremesUnit e;
            e.maxVoltageSystem = r.u8();
            e.maxVoltageCell = r.u8();
            e.maxCellVoltage = r.u16();
            e.minVoltageSystem = r.u8();
            e.minVoltageCell = r.u8();
            e.minCellVoltage = r.u16();
            e.maxTempSystem = r.u8();
            e.maxTempProbe = r.u8();
            e.maxTemp = r.u8();
            e.minTempSystem = r.u8();
            e.minTempProbe = r.u8();
            e.minTemp = r.u8();
            p.extremes = e;
            return true;
        }
        case kAlarms: {
            AlarmUnit a;
            if (!readAlarmsHead(r, a))
                return false;
            p.alarms = std::move(a);
            return true;
        }
        case kCellVoltages: {
            if (!r.has(1))
                return false;
            const int n = r.u8();
            for (int i = 0; i < n; ++i) {
                if (!r.has(10))
                    return false;
                CellVoltages c;
                c.system = r.u8();
                c.voltage = r.u16();
                c.current = r.u16();
                c.totalCells = r.u16();
                c.firstCell = r.u16();
                const int cells = r.u8();
                if (!r.has(qsizetype{2} * cells))
                    return false;
                c.cells.resize(static_cast<std::size_t>(cells));
                for (std::uint16_t& cell : c.cells)
                    cell = r.u16();
                p.cellVoltages.push_back(std::move(c));
            }
            return true;
        }
        case kTemperatures: {
            if (!r.has(1))
                return false;
            const int n = r.u8();
            for (int i = 0; i < n; ++i) {
                if (!r.has(3))
                    return false;
                ProbeTemperatures t;
                t.system = r.u8();
                const int probes = r.u16();
                if (!r.has(probes))
                    return false;
                t.probes.resize(static_cast<std::size_t>(probes));
                for (std::uint8_t& probe : t.probes)
                    probe = r.u8();
                p.temperatures.push_back(std::move(t));
            }
            return true;
        }
        default:
            return readVendor(type, r, p);
    }
}

bool readVendor(std::uint8_t type, Reader& r, Packet& p)
{
    if (type < kFirstVendor || type > kLastVendor || !r.has(2))
        return false;
    const int length = r.u16();
    if (!r.has(length))
        return false;
    p.vendorUnits.push_back({type, r.bytes(length)});
    return true;
}

void writeUnits2016(Writer& d, const Packet& p)
{
    if (p.vehicle) {
        const VehicleUnit& v = *p.vehicle;
        d.u8(kVehicle);
        writeVehicleHead(d, v);
        d.u8(v.accelerator);
        d.u8(v.brake);
    }
    writeParts(d, kMotors, p.motors, [&d](const MotorUnit& m) {
        for (std::uint32_t b : {m.index, m.state, m.controllerTemp})
            d.u8(b);
        d.u16(m.speed);
        d.u16(m.torque);
        d.u8(m.motorTemp);
        d.u16(m.controllerVoltage);
        d.u16(m.controllerCurrent);
    });
    for (const FuelCellUnit& f : p.fuelCells) {
        d.u8(kFuelCell);
        d.u16(f.voltage);
        d.u16(f.current);
        d.u16(f.consumption);
        d.u16(static_cast<std::uint32_t>(f.probes.size()));
        for (std::uint8_t t : f.probes)
            d.u8(t);
        d.u16(f.h2MaxTemp);
        d.u8(f.h2MaxTempProbe);
        d.u16(f.h2MaxConcentration);
        d.u8(f.h2MaxConcentrationSensor);
        d.u16(f.h2MaxPressure);
        d.u8(f.h2MaxPressureSensor);
        d.u8(f.dcdc);
    }
    for (const EngineUnit& e : p.engines) {
        d.u8(kEngine);
        d.u8(e.state);
        d.u16(e.crankshaft);
        d.u16(e.consumption);
    }
    if (p.position) {
        d.u8(kPosition);
        d.u8(p.position->status);
        d.u32(p.position->longitude);
        d.u32(p.position->latitude);
    }
    if (p.extremes) {
        const ExtremesUnit& e = *p.extremes;
        d.u8(kExtremes);
        d.u8(e.maxVoltageSystem);
        d.u8(e.maxVoltageCell);
        d.u16(e.maxCellVoltage);
        d.u8(e.minVoltageSystem);
        d.u8(e.minVoltageCell);
        d.u16(e.minCellVoltage);
        for (std::uint32_t b : {e.maxTempSystem, e.maxTempProbe, e.maxTemp, e.minTempSystem,
                                e.minTempProbe, e.minTemp}) {
            d.u8(b);
        }
    }
    if (p.alarms) {
        d.u8(kAlarms);
        writeAlarmsHead(d, *p.alarms);
    }
    writeParts(d, kCellVoltages, p.cellVoltages, [&d](const CellVoltages& c) {
        d.u8(c.system);
        d.u16(c.voltage);
        d.u16(c.current);
        d.u16(c.totalCells);
        d.u16(c.firstCell);
        d.u8(static_cast<std::uint32_t>(c.cells.size()));
        for (std::uint16_t v : c.cells)
            d.u16(v);
    });
    writeParts(d, kTemperatures, p.temperatures, [&d](const ProbeTemperatures& t) {
        d.u8(t.system);
        d.u16(static_cast<std::uint32_t>(t.probes.size()));
        for (std::uint8_t v : t.probes)
            d.u8(v);
    });
}

void writeVendorAndRepeated(Writer& d, const Packet& p)
{
    for (const RawUnit& u : p.repeated) {
        d.u8(u.type);
        d.out.append(u.bytes);
    }
    for (const RawUnit& u : p.vendorUnits) {
        d.u8(u.type);
        d.u16(static_cast<std::uint32_t>(u.bytes.size()));
        d.out.append(u.bytes);
    }
}

}  // namespace pp::records::gbt32960::detail
