#include "records/sample_quantities.h"

#include "records/gbt32960.h"
#include "records/sunspec.h"

#include <cstring>

namespace pp::records {

namespace {

// SunSpec names its units for machines ("Pct", "C"); people read "%" and "°C", as the
// battery and vehicle quantities already show them.
QString displayUnit(const char* sunspecUnit)
{
    if (std::strcmp(sunspecUnit, "Pct") == 0)
        return QStringLiteral("%");
    if (std::strcmp(sunspecUnit, "C") == 0)
        return QStringLiteral("°C");
    return QString::fromLatin1(sunspecUnit);
}

std::vector<NamedQuantity> pvQuantities(const sunspec::InverterBlock& block)
{
    std::vector<NamedQuantity> out;
    for (const sunspec::Point& p : sunspec::inverterPoints(block.floatModel())) {
        const QString name = QString::fromLatin1(p.name);
        if (p.unit != nullptr) {
            out.push_back({name, displayUnit(p.unit), block.value(name)});
        } else if (name == u"St" || name == u"Evt1") {
            const auto raw = block.raw(name);
            out.push_back({name, {}, raw ? std::optional<double>(*raw) : std::nullopt});
        }
    }
    return out;
}

std::vector<NamedQuantity> batteryQuantities(const BatterySample& sample)
{
    // Spec §7 type 11: the field, its unit, and the factor to display units.
    struct Field
    {
        const char* name;
        const char* unit;
        double factor;
    };
    static constexpr Field kFields[kBatterySampleFields] = {
        {"battery.voltage", "V", 0.001}, {"battery.current", "A", 0.001},
        {"battery.soc", "%", 0.1},       {"battery.soh", "%", 0.1},
        {"battery.temp_max", "°C", 0.1}, {"battery.temp_min", "°C", 0.1},
        {"battery.cell_v_max", "mV", 1}, {"battery.cell_v_min", "mV", 1},
        {"battery.cycles", "", 1},       {"battery.fault_flags", "", 1}};
    std::vector<NamedQuantity> out;
    for (std::size_t i = 0; i < kBatterySampleFields; ++i) {
        out.push_back({QString::fromLatin1(kFields[i].name), QString::fromUtf8(kFields[i].unit),
                       static_cast<double>(sample[i]) * kFields[i].factor});
    }
    return out;
}

// A GB/T 32960 value: a number when valid, else the marker the terminal sent.
NamedQuantity vehicleQuantity(QString name, const char* unit, gbt32960::Quantity::Status status,
                              double value, QString text)
{
    using Status = gbt32960::Quantity::Status;
    NamedQuantity q{std::move(name), QString::fromUtf8(unit), std::nullopt, std::move(text)};
    if (status == Status::Abnormal)
        q.text = QStringLiteral("abnormal");
    else if (status == Status::Invalid)
        q.text = QStringLiteral("invalid");
    else if (q.text.isEmpty())
        q.value = value;
    return q;
}

}  // namespace

std::vector<DecodedSample> decodeSamples(const RecordBody& body, Detail detail)
{
    std::vector<DecodedSample> out;
    const std::uint64_t intervalMs = body.intervalS.value_or(0) * 1000;
    for (std::size_t i = 0; i < body.batterySamples.size(); ++i)
        out.push_back({body.timeMs + i * intervalMs, batteryQuantities(body.batterySamples[i])});
    for (std::size_t i = 0; i < body.binarySamples.size(); ++i) {
        const QByteArray& s = body.binarySamples[i];
        if (body.type == RecordType::PvBatch) {
            if (auto block = sunspec::InverterBlock::decode(s))
                out.push_back({body.timeMs + i * intervalMs, pvQuantities(*block)});
        } else if (body.type == RecordType::VehicleBatch) {
            auto packet = gbt32960::decode(s);
            if (!packet)
                continue;
            DecodedSample d{gbt32960::utcMs(packet->time), {}};
            if (detail == Detail::Full) {
                for (gbt32960::Field& f : gbt32960::fields(*packet))
                    d.quantities.push_back(
                        vehicleQuantity(f.name, f.unit, f.status, f.value, std::move(f.text)));
            } else {
                for (const gbt32960::Quantity& q : gbt32960::quantities(*packet))
                    d.quantities.push_back(vehicleQuantity(QString::fromLatin1(q.name), q.unit,
                                                           q.status, q.value, {}));
            }
            out.push_back(std::move(d));
        }
    }
    return out;
}

}  // namespace pp::records
