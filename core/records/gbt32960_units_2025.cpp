#include "records/gbt32960_units.h"

// The information units of GB/T 32960.3-2025. The standard's text is not public; the
// layouts are those two independent open-source parsers agree on (docs/protocol.md names
// them and what each table rests on):
//   0x01 vehicle (18 bytes): state, charging, mode, speed W, odometer DW, voltage W,
//        current W (offset -3000 A), SoC, DC/DC, gear, insulation W.
//   0x02 drive motors: count, then each (10 bytes): index, state, controller temp,
//        speed W (offset -32000 rpm), torque DW (0.1 N·m, offset -20000 N·m), temp.
//   0x03 hydrogen system (12 bytes): max temp W, its probe, max H2 concentration W, its
//        sensor, max pressure W, its sensor, DC/DC state, hydrogen left %, DC/DC temp.
//   0x04 engine (2 bytes): crankshaft speed W.
//   0x05 position (10 bytes): status, coordinate system, longitude DW, latitude DW.
//   0x06 alarms: level, flags DW, four fault lists (count + DWs), then a count and that
//        many (general alarm bit, level) pairs.
//   0x07 cell voltages: packs, then each: pack, voltage W, current W (offset -3000 A),
//        cell count W, that many cell voltages W (mV).
//   0x08 probe temperatures: packs, then each: pack, probe count W, that many bytes.
//   0x30 fuel-cell stacks: count, then each: index, voltage W, current W, hydrogen and
//        air inlet pressures W (0.1 kPa, offset -100 kPa), air inlet temp, coolant
//        outlet probe count W, that many bytes.
//   0x31 supercapacitor: system, voltage W, current W (offset -3000 A), cell count W,
//        cells W (mV), probe count W, probes.
//   0x32 supercapacitor extremes (18 bytes): for max and min voltage: system, cell W,
//        value W (mV); for max and min temperature: system, probe W, value.
//   0xFF signature: algorithm (1 SM2, 2 RSA, 3 ECC), r length W, r, s length W, s.

namespace pp::records::gbt32960::detail {

namespace {

enum Unit : std::uint8_t {
    kVehicle = 0x01,
    kMotors = 0x02,
    kHydrogen = 0x03,
    kEngine = 0x04,
    kPosition = 0x05,
    kAlarms = 0x06,
    kCellVoltages = 0x07,
    kTemperatures = 0x08,
    kStacks = 0x30,
    kSuperCapacitor = 0x31,
    kSuperCapacitorExtremes = 0x32,
};

// A WORD count and that many parts of `size` bytes, read by `readOne`.
template <typename T, typename ReadOne>
bool readCounted(Reader& r, qsizetype size, std::vector<T>& out, ReadOne readOne)
{
    if (!r.has(2))
        return false;
    const int n = r.u16();
    if (!r.has(size * n))
        return false;
    out.resize(static_cast<std::size_t>(n));
    for (T& v : out)
        v = readOne();
    return true;
}

template <typename T, typename WriteOne>
void writeCounted(Writer& d, const std::vector<T>& parts, WriteOne writeOne)
{
    d.u16(static_cast<std::uint32_t>(parts.size()));
    for (const T& v : parts)
        writeOne(v);
}

}  // namespace

bool knownUnit2025(std::uint8_t type)
{
    return (type >= kVehicle && type <= kTemperatures) ||
           (type >= kStacks && type <= kSuperCapacitorExtremes) ||
           (type >= kFirstVendor && type <= kLastVendor);
}

bool readUnit2025(std::uint8_t type, Reader& r, Packet& p)
{
    const auto u8 = [&r] { return r.u8(); };
    const auto u16 = [&r] { return r.u16(); };
    switch (type) {
        case kVehicle:
            if (!r.has(kVehicleHeadSize))
                return false;
            p.vehicle = readVehicleHead(r);
            return true;
        case kMotors: {
            if (!r.has(1))
                return false;
            const int n = r.u8();
            if (!r.has(qsizetype{10} * n))
                return false;
            for (int i = 0; i < n; ++i) {
                MotorUnit m;
                m.index = r.u8();
                m.state = r.u8();
                m.controllerTemp = r.u8();
                m.speed = r.u16();
                m.torque = r.u32();
                m.motorTemp = r.u8();
                p.motors.push_back(m);
            }
            return true;
        }
        case kHydrogen: {
            if (!r.has(12))
                return false;
            HydrogenUnit h;
            h.maxTemp = r.u16();
            h.maxTempProbe = r.u8();
            h.maxConcentration = r.u16();
            h.maxConcentrationSensor = r.u8();
            h.maxPressure = r.u16();
            h.maxPressureSensor = r.u8();
            h.dcdc = r.u8();
            h.remaining = r.u8();
            h.dcdcTemp = r.u8();
            p.hydrogen.push_back(h);
            return true;
        }
        case kEngine:
            if (!r.has(2))
                return false;
            p.engines.push_back(EngineUnit{0, r.u16(), 0});
            return true;
        case kPosition: {
            if (!r.has(10))
                return false;
            PositionUnit pos;
            pos.status = r.u8();
            pos.coordinateSystem = r.u8();
            pos.longitude = r.u32();
            pos.latitude = r.u32();
            p.position = pos;
            return true;
        }
        case kAlarms: {
            AlarmUnit a;
            if (!readAlarmsHead(r, a) || !r.has(1))
                return false;
            const int n = r.u8();
            if (!r.has(qsizetype{2} * n))
                return false;
            a.general.resize(static_cast<std::size_t>(n));
            for (GeneralAlarm& g : a.general)
                g = {r.u8(), r.u8()};
            p.alarms = std::move(a);
            return true;
        }
        case kCellVoltages: {
            if (!r.has(1))
                return false;
            const int n = r.u8();
            for (int i = 0; i < n; ++i) {
                if (!r.has(5))
                    return false;
                CellVoltages c;
                c.system = r.u8();
                c.voltage = r.u16();
                c.current = r.u16();
                if (!readCounted(r, 2, c.cells, u16))
                    return false;
                c.totalCells = static_cast<std::uint16_t>(c.cells.size());
                p.cellVoltages.push_back(std::move(c));
            }
            return true;
        }
        case kTemperatures: {
            if (!r.has(1))
                return false;
            const int n = r.u8();
            for (int i = 0; i < n; ++i) {
                if (!r.has(1))
                    return false;
                ProbeTemperatures t;
                t.system = r.u8();
                if (!readCounted(r, 1, t.probes, u8))
                    return false;
                p.temperatures.push_back(std::move(t));
            }
            return true;
        }
        case kStacks: {
            if (!r.has(1))
                return false;
            const int n = r.u8();
            for (int i = 0; i < n; ++i) {
                if (!r.has(10))
                    return false;
                FuelCellStack s;
                s.index = r.u8();
                s.voltage = r.u16();
                s.current = r.u16();
                s.hydrogenInletPressure = r.u16();
                s.airInletPressure = r.u16();
                s.airInletTemp = r.u8();
                if (!readCounted(r, 1, s.coolantOutletTemps, u8))
                    return false;
                p.stacks.push_back(std::move(s));
            }
            return true;
        }
        case kSuperCapacitor: {
            if (!r.has(5))
                return false;
            SuperCapacitor c;
            c.system = r.u8();
            c.voltage = r.u16();
            c.current = r.u16();
            if (!readCounted(r, 2, c.cells, u16) || !readCounted(r, 1, c.probes, u8))
                return false;
            p.superCapacitors.push_back(std::move(c));
            return true;
        }
        case kSuperCapacitorExtremes: {
            if (!r.has(18))
                return false;
            SuperCapacitorExtremes x;
            x.maxVoltageSystem = r.u8();
            x.maxVoltageCell = r.u16();
            x.maxCellVoltage = r.u16();
            x.minVoltageSystem = r.u8();
            x.minVoltageCell = r.u16();
            x.minCellVoltage = r.u16();
            x.maxTempSystem = r.u8();
            x.maxTempProbe = r.u16();
            x.maxTemp = r.u8();
            x.minTempSystem = r.u8();
            x.minTempProbe = r.u16();
            x.minTemp = r.u8();
            p.superCapacitorExtremes = x;
            return true;
        }
        default:
            return readVendor(type, r, p);
    }
}

bool readSignature(Reader& r, TerminalSignature& s)
{
    if (!r.has(3))
        return false;
    s.algorithm = r.u8();
    for (QByteArray* part : {&s.r, &s.s}) {
        if (!r.has(2))
            return false;
        const int n = r.u16();
        if (!r.has(n))
            return false;
        *part = r.bytes(n);
    }
    return true;
}

void writeUnits2025(Writer& d, const Packet& p)
{
    const auto u8 = [&d](std::uint8_t v) { d.u8(v); };
    const auto u16 = [&d](std::uint16_t v) { d.u16(v); };
    if (p.vehicle) {
        d.u8(kVehicle);
        writeVehicleHead(d, *p.vehicle);
    }
    writeParts(d, kMotors, p.motors, [&d](const MotorUnit& m) {
        for (std::uint32_t b : {m.index, m.state, m.controllerTemp})
            d.u8(b);
        d.u16(m.speed);
        d.u32(m.torque);
        d.u8(m.motorTemp);
    });
    for (const HydrogenUnit& h : p.hydrogen) {
        d.u8(kHydrogen);
        d.u16(h.maxTemp);
        d.u8(h.maxTempProbe);
        d.u16(h.maxConcentration);
        d.u8(h.maxConcentrationSensor);
        d.u16(h.maxPressure);
        for (std::uint32_t b : {h.maxPressureSensor, h.dcdc, h.remaining, h.dcdcTemp})
            d.u8(b);
    }
    for (const EngineUnit& e : p.engines) {
        d.u8(kEngine);
        d.u16(e.crankshaft);
    }
    if (p.position) {
        d.u8(kPosition);
        d.u8(p.position->status);
        d.u8(p.position->coordinateSystem);
        d.u32(p.position->longitude);
        d.u32(p.position->latitude);
    }
    if (p.alarms) {
        d.u8(kAlarms);
        writeAlarmsHead(d, *p.alarms);
        d.u8(static_cast<std::uint32_t>(p.alarms->general.size()));
        for (const GeneralAlarm& g : p.alarms->general) {
            d.u8(g.bit);
            d.u8(g.level);
        }
    }
    writeParts(d, kCellVoltages, p.cellVoltages, [&](const CellVoltages& c) {
        d.u8(c.system);
        d.u16(c.voltage);
        d.u16(c.current);
        writeCounted(d, c.cells, u16);
    });
    writeParts(d, kTemperatures, p.temperatures, [&](const ProbeTemperatures& t) {
        d.u8(t.system);
        writeCounted(d, t.probes, u8);
    });
    writeParts(d, kStacks, p.stacks, [&](const FuelCellStack& s) {
        d.u8(s.index);
        d.u16(s.voltage);
        d.u16(s.current);
        d.u16(s.hydrogenInletPressure);
        d.u16(s.airInletPressure);
        d.u8(s.airInletTemp);
        writeCounted(d, s.coolantOutletTemps, u8);
    });
    for (const SuperCapacitor& c : p.superCapacitors) {
        d.u8(kSuperCapacitor);
        d.u8(c.system);
        d.u16(c.voltage);
        d.u16(c.current);
        writeCounted(d, c.cells, u16);
        writeCounted(d, c.probes, u8);
    }
    if (p.superCapacitorExtremes) {
        const SuperCapacitorExtremes& x = *p.superCapacitorExtremes;
        d.u8(kSuperCapacitorExtremes);
        d.u8(x.maxVoltageSystem);
        d.u16(x.maxVoltageCell);
        d.u16(x.maxCellVoltage);
        d.u8(x.minVoltageSystem);
        d.u16(x.minVoltageCell);
        d.u16(x.minCellVoltage);
        d.u8(x.maxTempSystem);
        d.u16(x.maxTempProbe);
        d.u8(x.maxTemp);
        d.u8(x.minTempSystem);
        d.u16(x.minTempProbe);
        d.u8(x.minTemp);
    }
}

void writeSignature(Writer& d, const TerminalSignature& s)
{
    d.u8(kSignatureUnit);
    d.u8(s.algorithm);
    for (const QByteArray* part : {&s.r, &s.s}) {
        d.u16(static_cast<std::uint32_t>(part->size()));
        d.out.append(*part);
    }
}

}  // namespace pp::records::gbt32960::detail
