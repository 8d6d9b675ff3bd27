#include "records/sample_quantities.h"

#include "records/gbt32960.h"
#include "records/sunspec.h"

namespace pp::records {

namespace {

std::vector<NamedQuantity> pvQuantities(const sunspec::InverterBlock& block)
{
    std::vector<NamedQuantity> out;
    for (const sunspec::Point& p : sunspec::inverterPoints()) {
        const QString name = QString::fromLatin1(p.name);
        if (p.unit != nullptr) {
            out.push_back({name, QString::fromUtf8(p.unit), block.value(name)});
        } else if (name == u"St" || name == u"Evt1") {
            const auto raw = block.raw(name);
            out.push_back({name, {}, raw ? std::optional<double>(*raw) : std::nullopt});
        }
    }
    return out;
}

std::vector<NamedQuantity> batteryQuantities(const cbor::Value& sample)
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
    for (std::size_t i = 0; i < kBatterySampleFields && i < sample.size(); ++i) {
        const auto v = sample.at(i).toInt64();
        out.push_back({QString::fromLatin1(kFields[i].name), QString::fromUtf8(kFields[i].unit),
                       v ? std::optional<double>(static_cast<double>(*v) * kFields[i].factor)
                         : std::nullopt});
    }
    return out;
}

}  // namespace

std::vector<DecodedSample> decodeSamples(const RecordBody& body)
{
    std::vector<DecodedSample> out;
    const std::uint64_t intervalMs = body.intervalS.value_or(0) * 1000;
    for (std::size_t i = 0; i < body.samples.size(); ++i) {
        const cbor::Value& s = body.samples[i];
        const std::uint64_t t = body.timeMs + i * intervalMs;
        if (body.type == RecordType::PvBatch) {
            if (auto block = sunspec::InverterBlock::decode(s.byteString()))
                out.push_back({t, pvQuantities(*block)});
        } else if (body.type == RecordType::BatteryBatch) {
            out.push_back({t, batteryQuantities(s)});
        } else if (body.type == RecordType::VehicleBatch) {
            auto packet = gbt32960::decode(s.byteString());
            if (!packet)
                continue;
            DecodedSample d{gbt32960::utcMs(packet->time), {}};
            for (const gbt32960::Quantity& q : gbt32960::quantities(*packet)) {
                d.quantities.push_back({QString::fromLatin1(q.name), QString::fromUtf8(q.unit),
                                        q.status == gbt32960::Quantity::Status::Valid
                                            ? std::optional(q.value)
                                            : std::nullopt});
            }
            out.push_back(std::move(d));
        }
    }
    return out;
}

}  // namespace pp::records
