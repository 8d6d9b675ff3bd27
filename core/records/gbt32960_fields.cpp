#include "records/gbt32960.h"

#include <QStringList>

#include <algorithm>
#include <optional>

// GB/T 32960 packets as people and the analytics read them: units, offsets, markers.

namespace pp::records::gbt32960 {

namespace {

using Status = Quantity::Status;

// The markers of table 3 and the notes under each field: the top value of a field's width
// is invalid, the one below it abnormal.
Status statusOf(std::uint32_t raw, int bytes)
{
    const std::uint32_t invalid = bytes == 1 ? 0xff : bytes == 2 ? 0xffff : 0xffffffff;
    return raw == invalid ? Status::Invalid : raw == invalid - 1 ? Status::Abnormal : Status::Valid;
}

// A field as sent, `raw`, in steps of 1/`perUnit` of `unit` from `offset` steps: the
// value is (raw + offset) / perUnit, one rounding, so that 468 at 0.1 V reads 46.8.
struct Scale
{
    double perUnit = 1;
    double offset = 0;
};
constexpr Scale kOne{1, 0}, kTenth{10, 0}, kHundredth{100, 0}, kTenThousandth{10000, 0},
    kCelsius{1, -40}, kTenthCelsius{10, -400}, kMicroDegree{1e6, 0}, kKiloPascal{10, -1000},
    kCurrent2025{10, -30000};

double scaled(std::uint32_t raw, Scale s)
{
    return (static_cast<double>(raw) + s.offset) / s.perUnit;
}

// The scales the editions set differently.
struct EditionScales
{
    Scale current, motorSpeed, torque;
};
constexpr EditionScales kScales2016{{10, -10000}, {1, -20000}, {10, -20000}};
constexpr EditionScales kScales2025{kCurrent2025, {1, -32000}, {10, -200000}};

const EditionScales& scalesOf(const Packet& p)
{
    return p.edition == Edition::Gb2025 ? kScales2025 : kScales2016;
}

const std::vector<std::uint16_t>& valuesOf(const CellVoltages& c)
{
    return c.cells;
}
const std::vector<std::uint8_t>& valuesOf(const ProbeTemperatures& t)
{
    return t.probes;
}

// The 2025 edition has no extremes unit: the analytics' extremes are those of the valid
// cell voltages and probe temperatures the packet lists.
template <typename T>
void addListExtremes(std::vector<Quantity>& out, const std::vector<T>& units, const char* maxName,
                     const char* minName, const char* unit, int bytes, Scale scale)
{
    std::optional<std::uint32_t> lo, hi;
    for (const T& u : units) {
        for (const std::uint32_t v : valuesOf(u)) {
            if (statusOf(v, bytes) != Status::Valid)
                continue;
            lo = std::min(lo.value_or(v), v);
            hi = std::max(hi.value_or(v), v);
        }
    }
    if (hi) {
        out.push_back({maxName, unit, Status::Valid, scaled(*hi, scale)});
        out.push_back({minName, unit, Status::Valid, scaled(*lo, scale)});
    }
}

QString signatureAlgorithmName(std::uint8_t algorithm)
{
    switch (algorithm) {
        case crypto::FrameSm2:
            return QStringLiteral("SM2");
        case crypto::FrameRsa:
            return QStringLiteral("RSA");
        case crypto::FrameEcc:
            return QStringLiteral("ECC");
        default:
            return QStringLiteral("0x%1").arg(algorithm, 2, 16, QLatin1Char('0'));
    }
}

QString faultCodes(const std::vector<std::uint32_t>& codes)
{
    QStringList out;
    for (std::uint32_t c : codes)
        out << QStringLiteral("0x%1").arg(c, 8, 16, QLatin1Char('0'));
    return out.join(u' ');
}

}  // namespace

std::vector<Quantity> quantities(const Packet& p)
{
    std::vector<Quantity> out;
    out.reserve(16);  // all of those below: the light node asks this of every van packet
    const auto add = [&](const char* name, const char* unit, std::uint32_t raw, int bytes,
                         Scale scale) {
        out.push_back({name, unit, statusOf(raw, bytes), scaled(raw, scale)});
    };
    if (p.vehicle) {
        const VehicleUnit& v = *p.vehicle;
        add("vehicle.state", "", v.state, 1, kOne);
        add("vehicle.charging", "", v.charging, 1, kOne);
        add("vehicle.speed", "km/h", v.speed, 2, kTenth);
        add("vehicle.odometer", "km", v.odometer, 4, kTenth);
        add("vehicle.voltage", "V", v.voltage, 2, kTenth);
        add("vehicle.current", "A", v.current, 2, scalesOf(p).current);
        add("vehicle.soc", "%", v.soc, 1, kOne);
        add("vehicle.insulation", "kΩ", v.insulation, 2, kOne);
    }
    if (p.position) {
        const double south = (p.position->status & 0x02) != 0 ? -1 : 1;
        const double west = (p.position->status & 0x04) != 0 ? -1 : 1;
        const Status fix = (p.position->status & 0x01) == 0 ? Status::Valid : Status::Invalid;
        out.push_back(
            {"position.longitude", "°", fix, west * scaled(p.position->longitude, kMicroDegree)});
        out.push_back(
            {"position.latitude", "°", fix, south * scaled(p.position->latitude, kMicroDegree)});
    }
    if (p.extremes) {
        add("extremes.max_cell_voltage", "mV", p.extremes->maxCellVoltage, 2, kOne);
        add("extremes.min_cell_voltage", "mV", p.extremes->minCellVoltage, 2, kOne);
        add("extremes.max_temperature", "°C", p.extremes->maxTemp, 1, kCelsius);
        add("extremes.min_temperature", "°C", p.extremes->minTemp, 1, kCelsius);
    }
    if (p.edition == Edition::Gb2025) {
        addListExtremes(out, p.cellVoltages, "extremes.max_cell_voltage",
                        "extremes.min_cell_voltage", "mV", 2, kOne);
        addListExtremes(out, p.temperatures, "extremes.max_temperature", "extremes.min_temperature",
                        "°C", 1, kCelsius);
    }
    if (p.alarms) {
        add("alarms.level", "", p.alarms->level, 1, kOne);
        add("alarms.flags", "", p.alarms->flags, 4, kOne);
    }
    return out;
}

std::vector<Field> fields(const Packet& p)
{
    std::vector<Field> out;
    QString prefix;
    const bool gb2025 = p.edition == Edition::Gb2025;
    const EditionScales& scales = scalesOf(p);
    // A field under its full name (a numbered cell or probe), or under the unit's prefix.
    const auto addNamed = [&](QString name, const char* unit, std::uint32_t raw, int bytes,
                              Scale scale) {
        out.push_back({std::move(name), unit, statusOf(raw, bytes), scaled(raw, scale), {}});
    };
    const auto add = [&](const char* name, const char* unit, std::uint32_t raw, int bytes,
                         Scale scale) {
        addNamed(prefix + QLatin1String(name), unit, raw, bytes, scale);
    };
    const auto text = [&](const QString& name, QString value) {
        out.push_back({name, "", Status::Valid, 0, std::move(value)});
    };
    text(QStringLiteral("packet.edition"),
         gb2025 ? QStringLiteral("GB/T 32960.3-2025") : QStringLiteral("GB/T 32960.3-2016"));
    // The analytics' quantities first, in their order, then the rest.
    for (const Quantity& q : quantities(p))
        out.push_back({QLatin1String(q.name), q.unit, q.status, q.value, {}});
    if (p.vehicle) {
        prefix = QStringLiteral("vehicle.");
        add("mode", "", p.vehicle->mode, 1, kOne);
        add("dcdc", "", p.vehicle->dcdc, 1, kOne);
        add("gear", "", p.vehicle->gear, 1, kOne);
        if (!gb2025) {
            add("accelerator", "%", p.vehicle->accelerator, 1, kOne);
            add("brake", "%", p.vehicle->brake, 1, kOne);
        }
    }
    for (const MotorUnit& m : p.motors) {
        prefix = QStringLiteral("motor%1.").arg(m.index);
        add("state", "", m.state, 1, kOne);
        add("controller_temperature", "°C", m.controllerTemp, 1, kCelsius);
        add("speed", "r/min", m.speed, 2, scales.motorSpeed);
        add("torque", "N·m", m.torque, gb2025 ? 4 : 2, scales.torque);
        add("temperature", "°C", m.motorTemp, 1, kCelsius);
        if (!gb2025) {
            add("controller_voltage", "V", m.controllerVoltage, 2, kTenth);
            add("controller_current", "A", m.controllerCurrent, 2, scales.current);
        }
    }
    for (std::size_t i = 0; i < p.fuelCells.size(); ++i) {
        const FuelCellUnit& f = p.fuelCells[i];
        prefix = i == 0 ? QStringLiteral("fuel_cell.") : QStringLiteral("fuel_cell%1.").arg(i + 1);
        add("voltage", "V", f.voltage, 2, kTenth);
        add("current", "A", f.current, 2, kTenth);
        add("consumption", "kg/100km", f.consumption, 2, kHundredth);
        for (std::size_t t = 0; t < f.probes.size(); ++t)
            addNamed(prefix + QStringLiteral("probe%1").arg(t + 1), "°C", f.probes[t], 1, kCelsius);
        add("h2_max_temperature", "°C", f.h2MaxTemp, 2, kTenthCelsius);
        add("h2_max_temperature_probe", "", f.h2MaxTempProbe, 1, kOne);
        add("h2_max_concentration", "mg/kg", f.h2MaxConcentration, 2, kOne);
        add("h2_max_concentration_sensor", "", f.h2MaxConcentrationSensor, 1, kOne);
        add("h2_max_pressure", "MPa", f.h2MaxPressure, 2, kTenth);
        add("h2_max_pressure_sensor", "", f.h2MaxPressureSensor, 1, kOne);
        add("dcdc", "", f.dcdc, 1, kOne);
    }
    for (std::size_t i = 0; i < p.engines.size(); ++i) {
        const EngineUnit& e = p.engines[i];
        prefix = i == 0 ? QStringLiteral("engine.") : QStringLiteral("engine%1.").arg(i + 1);
        if (!gb2025)
            add("state", "", e.state, 1, kOne);
        add("crankshaft_speed", "r/min", e.crankshaft, 2, kOne);
        if (!gb2025)
            add("consumption", "L/100km", e.consumption, 2, kHundredth);
    }
    for (std::size_t i = 0; i < p.hydrogen.size(); ++i) {
        const HydrogenUnit& h = p.hydrogen[i];
        prefix = i == 0 ? QStringLiteral("hydrogen.") : QStringLiteral("hydrogen%1.").arg(i + 1);
        add("max_temperature", "°C", h.maxTemp, 2, kCelsius);
        add("max_temperature_probe", "", h.maxTempProbe, 1, kOne);
        add("max_concentration", "%", h.maxConcentration, 2, kTenThousandth);
        add("max_concentration_sensor", "", h.maxConcentrationSensor, 1, kOne);
        add("max_pressure", "MPa", h.maxPressure, 2, kTenth);
        add("max_pressure_sensor", "", h.maxPressureSensor, 1, kOne);
        add("dcdc", "", h.dcdc, 1, kOne);
        add("remaining", "%", h.remaining, 1, kOne);
        add("dcdc_temperature", "°C", h.dcdcTemp, 1, kCelsius);
    }
    if (p.position && gb2025)
        addNamed(QStringLiteral("position.coordinate_system"), "", p.position->coordinateSystem, 1,
                 kOne);
    if (p.extremes) {
        prefix = QStringLiteral("extremes.");
        add("max_cell_voltage_system", "", p.extremes->maxVoltageSystem, 1, kOne);
        add("max_cell_voltage_cell", "", p.extremes->maxVoltageCell, 1, kOne);
        add("min_cell_voltage_system", "", p.extremes->minVoltageSystem, 1, kOne);
        add("min_cell_voltage_cell", "", p.extremes->minVoltageCell, 1, kOne);
        add("max_temperature_system", "", p.extremes->maxTempSystem, 1, kOne);
        add("max_temperature_probe", "", p.extremes->maxTempProbe, 1, kOne);
        add("min_temperature_system", "", p.extremes->minTempSystem, 1, kOne);
        add("min_temperature_probe", "", p.extremes->minTempProbe, 1, kOne);
    }
    if (p.alarms) {
        const AlarmUnit& a = *p.alarms;
        for (const auto& [name, codes] : {std::pair{"alarms.battery_faults", &a.batteryFaults},
                                          std::pair{"alarms.motor_faults", &a.motorFaults},
                                          std::pair{"alarms.engine_faults", &a.engineFaults},
                                          std::pair{"alarms.other_faults", &a.otherFaults}}) {
            if (!codes->empty())
                text(QLatin1String(name), faultCodes(*codes));
        }
        QStringList general;
        for (const GeneralAlarm& g : a.general)
            general << QStringLiteral("bit %1 level %2").arg(g.bit).arg(g.level);
        if (!general.isEmpty())
            text(QStringLiteral("alarms.general"), general.join(QStringLiteral(", ")));
    }
    for (const CellVoltages& c : p.cellVoltages) {
        prefix = QStringLiteral("battery%1.").arg(c.system);
        add("voltage", "V", c.voltage, 2, kTenth);
        add("current", "A", c.current, 2, scales.current);
        add("cells", "", c.totalCells, 2, kOne);
        for (std::size_t i = 0; i < c.cells.size(); ++i)
            addNamed(prefix + QStringLiteral("cell%1").arg(c.firstCell + i), "mV", c.cells[i], 2,
                     kOne);
    }
    for (const ProbeTemperatures& t : p.temperatures) {
        prefix = QStringLiteral("battery%1.").arg(t.system);
        for (std::size_t i = 0; i < t.probes.size(); ++i)
            addNamed(prefix + QStringLiteral("probe%1").arg(i + 1), "°C", t.probes[i], 1, kCelsius);
    }
    for (const FuelCellStack& st : p.stacks) {
        prefix = QStringLiteral("stack%1.").arg(st.index);
        add("voltage", "V", st.voltage, 2, kTenth);
        add("current", "A", st.current, 2, kTenth);
        add("hydrogen_inlet_pressure", "kPa", st.hydrogenInletPressure, 2, kKiloPascal);
        add("air_inlet_pressure", "kPa", st.airInletPressure, 2, kKiloPascal);
        add("air_inlet_temperature", "°C", st.airInletTemp, 1, kCelsius);
        for (std::size_t i = 0; i < st.coolantOutletTemps.size(); ++i)
            addNamed(prefix + QStringLiteral("coolant_probe%1").arg(i + 1), "°C",
                     st.coolantOutletTemps[i], 1, kCelsius);
    }
    for (const SuperCapacitor& c : p.superCapacitors) {
        prefix = QStringLiteral("supercapacitor%1.").arg(c.system);
        add("voltage", "V", c.voltage, 2, kTenth);
        add("current", "A", c.current, 2, kCurrent2025);
        for (std::size_t i = 0; i < c.cells.size(); ++i)
            addNamed(prefix + QStringLiteral("cell%1").arg(i + 1), "mV", c.cells[i], 2, kOne);
        for (std::size_t i = 0; i < c.probes.size(); ++i)
            addNamed(prefix + QStringLiteral("probe%1").arg(i + 1), "°C", c.probes[i], 1, kCelsius);
    }
    if (p.superCapacitorExtremes) {
        const SuperCapacitorExtremes& x = *p.superCapacitorExtremes;
        prefix = QStringLiteral("supercapacitor_extremes.");
        add("max_cell_voltage_system", "", x.maxVoltageSystem, 1, kOne);
        add("max_cell_voltage_cell", "", x.maxVoltageCell, 2, kOne);
        add("max_cell_voltage", "mV", x.maxCellVoltage, 2, kOne);
        add("min_cell_voltage_system", "", x.minVoltageSystem, 1, kOne);
        add("min_cell_voltage_cell", "", x.minVoltageCell, 2, kOne);
        add("min_cell_voltage", "mV", x.minCellVoltage, 2, kOne);
        add("max_temperature_system", "", x.maxTempSystem, 1, kOne);
        add("max_temperature_probe", "", x.maxTempProbe, 2, kOne);
        add("max_temperature", "°C", x.maxTemp, 1, kCelsius);
        add("min_temperature_system", "", x.minTempSystem, 1, kOne);
        add("min_temperature_probe", "", x.minTempProbe, 2, kOne);
        add("min_temperature", "°C", x.minTemp, 1, kCelsius);
    }
    for (const RawUnit& u : p.vendorUnits)
        text(QStringLiteral("vendor.0x%1").arg(u.type, 2, 16, QLatin1Char('0')),
             QString::fromLatin1(u.bytes.toHex(' ')));
    for (const RawUnit& u : p.repeated)
        text(QStringLiteral("repeated.0x%1").arg(u.type, 2, 16, QLatin1Char('0')),
             QString::fromLatin1(u.bytes.toHex(' ')));
    if (p.signature) {
        const TerminalSignature& sig = *p.signature;
        text(QStringLiteral("signature.algorithm"), signatureAlgorithmName(sig.algorithm));
        text(QStringLiteral("signature.r"), QString::fromLatin1(sig.r.toHex()));
        if (!sig.s.isEmpty())
            text(QStringLiteral("signature.s"), QString::fromLatin1(sig.s.toHex()));
    }
    return out;
}

}  // namespace pp::records::gbt32960
