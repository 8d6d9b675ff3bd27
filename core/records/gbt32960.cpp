#include "records/gbt32960.h"

#include <QCoreApplication>

#include <chrono>

namespace pp::records::gbt32960 {

namespace {

enum Unit : std::uint8_t {
    kVehicle = 0x01,
    kMotors = 0x02,
    kPosition = 0x05,
    kExtremes = 0x06,
    kAlarms = 0x07,
    kCellVoltages = 0x08,
    kTemperatures = 0x09,
};
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
            return false;
    }
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
    if (!p.motors.empty()) {
        d.u8(kMotors);
        d.u8(static_cast<std::uint32_t>(p.motors.size()));
        for (const MotorUnit& m : p.motors) {
            for (std::uint32_t b : {m.index, m.state, m.controllerTemp})
                d.u8(b);
            d.u16(m.speed);
            d.u16(m.torque);
            d.u8(m.motorTemp);
            d.u16(m.controllerVoltage);
            d.u16(m.controllerCurrent);
        }
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
    if (!p.cellVoltages.empty()) {
        d.u8(kCellVoltages);
        d.u8(static_cast<std::uint32_t>(p.cellVoltages.size()));
        for (const CellVoltages& c : p.cellVoltages) {
            d.u8(c.system);
            d.u16(c.voltage);
            d.u16(c.current);
            d.u16(c.totalCells);
            d.u16(c.firstCell);
            d.u8(static_cast<std::uint32_t>(c.cells.size()));
            for (std::uint16_t v : c.cells)
                d.u16(v);
        }
    }
    if (!p.temperatures.empty()) {
        d.u8(kTemperatures);
        d.u8(static_cast<std::uint32_t>(p.temperatures.size()));
        for (const ProbeTemperatures& t : p.temperatures) {
            d.u8(t.system);
            d.u16(static_cast<std::uint32_t>(t.probes.size()));
            for (std::uint8_t v : t.probes)
                d.u8(v);
        }
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
        const bool known = type == kVehicle || type == kMotors || type == kPosition ||
                           type == kExtremes || type == kAlarms || type == kCellVoltages ||
                           type == kTemperatures;
        if (!known) {
            return malformed(
                "gbt32960.unit",
                QT_TRANSLATE_NOOP("Error", "unsupported information unit 0x%2 at byte %1"), at,
                {QString::number(type, 16).rightJustified(2, u'0')});
        }
        if (!readUnit(type, r, p))
            return truncated(type, at);
    }
    return p;
}

std::vector<Quantity> quantities(const Packet& p)
{
    using S = Quantity::Status;
    std::vector<Quantity> out;
    out.reserve(16);  // all of those below: the light node asks this of every van packet
    // One- and two-byte and four-byte sentinels: 0xFE.. abnormal, 0xFF.. invalid.
    const auto add = [&](const char* name, const char* unit, std::uint32_t raw, int bytes,
                         double scale, double offset) {
        const std::uint32_t invalid = bytes == 1 ? 0xff : bytes == 2 ? 0xffff : 0xffffffff;
        const S status = raw == invalid ? S::Invalid : raw == invalid - 1 ? S::Abnormal : S::Valid;
        out.push_back({name, unit, status, raw * scale + offset});
    };
    if (p.vehicle) {
        const VehicleUnit& v = *p.vehicle;
        add("vehicle.state", "", v.state, 1, 1, 0);
        add("vehicle.charging", "", v.charging, 1, 1, 0);
        add("vehicle.speed", "km/h", v.speed, 2, 0.1, 0);
        add("vehicle.odometer", "km", v.odometer, 4, 0.1, 0);
        add("vehicle.voltage", "V", v.voltage, 2, 0.1, 0);
        add("vehicle.current", "A", v.current, 2, 0.1, -1000);
        add("vehicle.soc", "%", v.soc, 1, 1, 0);
        add("vehicle.insulation", "kΩ", v.insulation, 2, 1, 0);
    }
    if (p.position) {
        const double south = (p.position->status & 0x02) != 0 ? -1 : 1;
        const double west = (p.position->status & 0x04) != 0 ? -1 : 1;
        const bool fix = (p.position->status & 0x01) == 0;
        out.push_back({"position.longitude", "°", fix ? S::Valid : S::Invalid,
                       west * p.position->longitude * 1e-6});
        out.push_back({"position.latitude", "°", fix ? S::Valid : S::Invalid,
                       south * p.position->latitude * 1e-6});
    }
    if (p.extremes) {
        add("extremes.max_cell_voltage", "mV", p.extremes->maxCellVoltage, 2, 1, 0);
        add("extremes.min_cell_voltage", "mV", p.extremes->minCellVoltage, 2, 1, 0);
        add("extremes.max_temperature", "°C", p.extremes->maxTemp, 1, 1, -40);
        add("extremes.min_temperature", "°C", p.extremes->minTemp, 1, 1, -40);
    }
    if (p.alarms) {
        add("alarms.level", "", p.alarms->level, 1, 1, 0);
        add("alarms.flags", "", p.alarms->flags, 4, 1, 0);
    }
    return out;
}

}  // namespace pp::records::gbt32960
