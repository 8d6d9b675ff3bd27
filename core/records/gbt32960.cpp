#include "records/gbt32960.h"

#include <QCoreApplication>

#include <chrono>

namespace pp::records::gbt32960 {

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
    kFirstVendor = 0x80,  // to 0xFE: a maker's own, a WORD length and that many bytes
    kLastVendor = 0xfe,
};
constexpr std::size_t kPartsAUnit = 255;         // a unit's count of its parts is one byte
constexpr std::uint8_t kResponseCommand = 0xfe;  // a terminal's own message, not a reply
constexpr std::uint8_t kUnencrypted = 0x01;
constexpr qsizetype kHeaderSize = 2 + 1 + 1 + kVinSize + 1 + 2;  // up to the data unit

class Writer
{
public:
    void u8(std::uint32_t v) { out.append(static_cast<char>(v & 0xff)); }
    void u16(std::uint32_t v)
    {
        u8(v >> 8);
        u8(v);
    }
    void u32(std::uint32_t v)
    {
        u16(v >> 16);
        u16(v);
    }
    QByteArray out;
};

class Reader
{
public:
    Reader(QByteArrayView data, qsizetype base) : data_(data), base_(base) {}
    bool has(qsizetype n) const { return pos_ + n <= data_.size(); }
    bool atEnd() const { return pos_ == data_.size(); }
    qsizetype offset() const { return base_ + pos_; }
    std::uint8_t u8() { return static_cast<std::uint8_t>(data_[pos_++]); }
    qsizetype pos() const { return pos_; }
    // The bytes read since `from` (a pos()).
    QByteArray since(qsizetype from) const { return data_.sliced(from, pos_ - from).toByteArray(); }
    QByteArray bytes(qsizetype n)
    {
        pos_ += n;
        return data_.sliced(pos_ - n, n).toByteArray();
    }
    std::uint16_t u16()
    {
        const std::uint16_t hi = u8();
        return static_cast<std::uint16_t>((hi << 8) | u8());
    }
    std::uint32_t u32()
    {
        const std::uint32_t hi = u16();
        return (hi << 16) | u16();
    }

private:
    QByteArrayView data_;
    qsizetype base_;
    qsizetype pos_ = 0;
};

Error malformed(const char* code, const char* text, qsizetype offset, QStringList extra = {})
{
    extra.prepend(QString::number(offset));
    return Error(ErrorKind::Malformed, code, text, std::move(extra))
        .within(QT_TRANSLATE_NOOP("Error", "GB/T 32960 packet"));
}

Error truncated(std::uint8_t unit, qsizetype offset)
{
    return malformed("gbt32960.truncated",
                     QT_TRANSLATE_NOOP("Error", "unit 0x%2 ends early at byte %1"), offset,
                     {QString::number(unit, 16).rightJustified(2, u'0')});
}

std::uint8_t bcc(QByteArrayView bytes)
{
    std::uint8_t x = 0;
    for (char c : bytes)
        x ^= static_cast<std::uint8_t>(c);
    return x;
}

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

// Reads one unit's body; false when the unit is truncated.
bool readUnit(std::uint8_t type, Reader& r, Packet& p)
{
    switch (type) {
        case kVehicle: {
            if (!r.has(20))
                return false;
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
            p.position = PositionUnit{r.u8(), r.u32(), r.u32()};
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
            if (!r.has(5))
                return false;
            AlarmUnit a;
            a.level = r.u8();
            a.flags = r.u32();
            if (!readFaults(r, a.batteryFaults) || !readFaults(r, a.motorFaults) ||
                !readFaults(r, a.engineFaults) || !readFaults(r, a.otherFaults)) {
                return false;
            }
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
            if (type < kFirstVendor || type > kLastVendor || !r.has(2))
                return false;
            const int length = r.u16();
            if (!r.has(length))
                return false;
            p.vendorUnits.push_back({type, r.bytes(length)});
            return true;
    }
}

// Parts of one kind (motors, battery subsystems) in units of `type`, each unit's count a
// byte: more than fit in one go into further units of the same type.
template <typename Part, typename WriteOne>
void writeParts(Writer& d, std::uint8_t type, const std::vector<Part>& parts, WriteOne writeOne)
{
    for (std::size_t first = 0; first < parts.size(); first += kPartsAUnit) {
        const std::size_t n = std::min(kPartsAUnit, parts.size() - first);
        d.u8(type);
        d.u8(static_cast<std::uint32_t>(n));
        for (std::size_t i = first; i < first + n; ++i)
            writeOne(parts[i]);
    }
}

// A unit of a type the packet carries at most once in the standard, seen before.
bool seenBefore(std::uint8_t type, const Packet& p)
{
    return (type == kVehicle && p.vehicle) || (type == kPosition && p.position) ||
           (type == kExtremes && p.extremes) || (type == kAlarms && p.alarms);
}

}  // namespace

std::uint64_t utcMs(const Time& t)
{
    using namespace std::chrono;
    const sys_days day = year(t.year) / t.month / t.day;
    const auto utc = day + hours(t.hour - 8) + minutes(t.minute) + seconds(t.second);
    return static_cast<std::uint64_t>(duration_cast<milliseconds>(utc.time_since_epoch()).count());
}

QByteArray encode(const Packet& p)
{
    Writer d;
    for (int v : {p.time.year - 2000, p.time.month, p.time.day, p.time.hour, p.time.minute,
                  p.time.second}) {
        d.u8(static_cast<std::uint32_t>(v));
    }
    if (p.vehicle) {
        const VehicleUnit& v = *p.vehicle;
        d.u8(kVehicle);
        for (std::uint32_t b : {v.state, v.charging, v.mode})
            d.u8(b);
        d.u16(v.speed);
        d.u32(v.odometer);
        d.u16(v.voltage);
        d.u16(v.current);
        for (std::uint32_t b : {v.soc, v.dcdc, v.gear})
            d.u8(b);
        d.u16(v.insulation);
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
        d.u8(p.alarms->level);
        d.u32(p.alarms->flags);
        for (const auto* faults : {&p.alarms->batteryFaults, &p.alarms->motorFaults,
                                   &p.alarms->engineFaults, &p.alarms->otherFaults}) {
            writeFaults(d, *faults);
        }
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
    for (const RawUnit& u : p.repeated) {
        d.u8(u.type);
        d.out.append(u.bytes);
    }
    for (const RawUnit& u : p.vendorUnits) {
        d.u8(u.type);
        d.u16(static_cast<std::uint32_t>(u.bytes.size()));
        d.out.append(u.bytes);
    }
    Writer w;
    w.out = QByteArray("##");
    w.u8(static_cast<std::uint32_t>(p.command));
    w.u8(kResponseCommand);
    w.out.append(p.vin.leftJustified(kVinSize, '\0', true));
    w.u8(kUnencrypted);
    w.u16(static_cast<std::uint32_t>(d.out.size()));
    w.out.append(d.out);
    w.u8(bcc(QByteArrayView(w.out).sliced(2)));
    return w.out;
}

Result<Packet> decode(QByteArrayView bytes)
{
    if (bytes.size() < kHeaderSize + 6 + 1)
        return malformed("gbt32960.truncated", QT_TRANSLATE_NOOP("Error", "too short at byte %1"),
                         bytes.size());
    if (!bytes.startsWith("##"))
        return malformed("gbt32960.start",
                         QT_TRANSLATE_NOOP("Error", "does not start with ## at byte %1"), 0);
    Reader header(bytes.sliced(2, kHeaderSize - 2), 2);
    Packet p;
    const std::uint8_t command = header.u8();
    if (command != 0x02 && command != 0x03) {
        return malformed(
            "gbt32960.command",
            QT_TRANSLATE_NOOP("Error",
                              "command 0x%2 at byte %1 is not real-time (0x02) or reissue (0x03)"),
            2, {QString::number(command, 16).rightJustified(2, u'0')});
    }
    p.command = static_cast<Command>(command);
    if (header.u8() != kResponseCommand)
        return malformed("gbt32960.response",
                         QT_TRANSLATE_NOOP("Error", "response flag at byte %1 is not 0xFE"), 3);
    p.vin = bytes.sliced(4, kVinSize).toByteArray();
    for (int i = 0; i < kVinSize; ++i)
        header.u8();
    if (header.u8() != kUnencrypted)
        return malformed("gbt32960.encrypted",
                         QT_TRANSLATE_NOOP("Error", "encrypted data unit (byte %1) not supported"),
                         21);
    const qsizetype length = header.u16();
    if (kHeaderSize + length + 1 != bytes.size()) {
        return malformed(
            "gbt32960.length",
            QT_TRANSLATE_NOOP("Error", "data length %2 at byte %1 does not match the packet size"),
            22, {QString::number(length)});
    }
    const auto expected = bcc(bytes.sliced(2, bytes.size() - 3));
    if (expected != static_cast<std::uint8_t>(bytes.back())) {
        return malformed("gbt32960.bcc", QT_TRANSLATE_NOOP("Error", "BCC at byte %1 is wrong"),
                         bytes.size() - 1);
    }
    Reader r(bytes.sliced(kHeaderSize, length), kHeaderSize);
    if (!r.has(6))
        return malformed("gbt32960.truncated", QT_TRANSLATE_NOOP("Error", "no time at byte %1"),
                         r.offset());
    p.time = {2000 + r.u8(), r.u8(), r.u8(), r.u8(), r.u8(), r.u8()};
    if (p.time.month < 1 || p.time.month > 12 || p.time.day < 1 || p.time.day > 31 ||
        p.time.hour > 23 || p.time.minute > 59 || p.time.second > 59) {
        return malformed("gbt32960.time", QT_TRANSLATE_NOOP("Error", "invalid time at byte %1"),
                         kHeaderSize);
    }
    while (!r.atEnd()) {
        const qsizetype at = r.offset();
        const std::uint8_t type = r.u8();
        const bool known = (type >= kVehicle && type <= kTemperatures) ||
                           (type >= kFirstVendor && type <= kLastVendor);
        if (!known) {
            return malformed("gbt32960.unit",
                             QT_TRANSLATE_NOOP("Error", "unknown information unit 0x%2 at byte %1"),
                             at, {QString::number(type, 16).rightJustified(2, u'0')});
        }
        if (seenBefore(type, p)) {
            // Decoded to check it is whole, and kept as it came.
            Packet again;
            const qsizetype from = r.pos();
            if (!readUnit(type, r, again))
                return truncated(type, at);
            p.repeated.push_back({type, r.since(from)});
        } else if (!readUnit(type, r, p)) {
            return truncated(type, at);
        }
    }
    return p;
}

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
constexpr Scale kOne{1, 0}, kTenth{10, 0}, kHundredth{100, 0}, kCurrent{10, -10000},
    kCelsius{1, -40}, kTenthCelsius{10, -400}, kMotorSpeed{1, -20000}, kTorque{10, -20000},
    kMicroDegree{1e6, 0};

double scaled(std::uint32_t raw, Scale s)
{
    return (static_cast<double>(raw) + s.offset) / s.perUnit;
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
        add("vehicle.current", "A", v.current, 2, kCurrent);
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
    // The analytics' quantities first, in their order, then the rest.
    for (const Quantity& q : quantities(p))
        out.push_back({QLatin1String(q.name), q.unit, q.status, q.value, {}});
    if (p.vehicle) {
        prefix = QStringLiteral("vehicle.");
        add("mode", "", p.vehicle->mode, 1, kOne);
        add("dcdc", "", p.vehicle->dcdc, 1, kOne);
        add("gear", "", p.vehicle->gear, 1, kOne);
        add("accelerator", "%", p.vehicle->accelerator, 1, kOne);
        add("brake", "%", p.vehicle->brake, 1, kOne);
    }
    for (const MotorUnit& m : p.motors) {
        prefix = QStringLiteral("motor%1.").arg(m.index);
        add("state", "", m.state, 1, kOne);
        add("controller_temperature", "°C", m.controllerTemp, 1, kCelsius);
        add("speed", "r/min", m.speed, 2, kMotorSpeed);
        add("torque", "N·m", m.torque, 2, kTorque);
        add("temperature", "°C", m.motorTemp, 1, kCelsius);
        add("controller_voltage", "V", m.controllerVoltage, 2, kTenth);
        add("controller_current", "A", m.controllerCurrent, 2, kCurrent);
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
        add("state", "", e.state, 1, kOne);
        add("crankshaft_speed", "r/min", e.crankshaft, 2, kOne);
        add("consumption", "L/100km", e.consumption, 2, kHundredth);
    }
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
    }
    for (const CellVoltages& c : p.cellVoltages) {
        prefix = QStringLiteral("battery%1.").arg(c.system);
        add("voltage", "V", c.voltage, 2, kTenth);
        add("current", "A", c.current, 2, kCurrent);
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
    for (const RawUnit& u : p.vendorUnits)
        text(QStringLiteral("vendor.0x%1").arg(u.type, 2, 16, QLatin1Char('0')),
             QString::fromLatin1(u.bytes.toHex(' ')));
    for (const RawUnit& u : p.repeated)
        text(QStringLiteral("repeated.0x%1").arg(u.type, 2, 16, QLatin1Char('0')),
             QString::fromLatin1(u.bytes.toHex(' ')));
    return out;
}

}  // namespace pp::records::gbt32960
