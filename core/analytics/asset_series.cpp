#include "analytics/asset_series.h"

#include "records/gbt32960.h"
#include "records/record.h"
#include "records/sunspec.h"
#include "store/workspace.h"

#include <cstring>

namespace pp::analytics {

namespace {

void addPv(const records::RecordBody& body, AssetSeries& out)
{
    const std::uint64_t intervalMs = body.intervalS.value_or(0) * 1000;
    for (std::size_t i = 0; i < body.binarySamples.size(); ++i) {
        auto block = records::sunspec::InverterBlock::decode(body.binarySamples[i]);
        if (!block)
            continue;
        const double t = static_cast<double>(body.timeMs + i * intervalMs);
        if (auto w = block->value(u"W"))
            out.series[Measure::PvPower].add(t, *w);
        if (auto st = block->raw(u"St"))
            out.series[Measure::PvState].add(t, *st);
    }
}

void addBattery(const records::RecordBody& body, AssetSeries& out)
{
    const std::uint64_t intervalMs = body.intervalS.value_or(0) * 1000;
    for (std::size_t i = 0; i < body.batterySamples.size(); ++i) {
        const records::BatterySample& s = body.batterySamples[i];
        const double t = static_cast<double>(body.timeMs + i * intervalMs);
        out.series[Measure::BatteryVoltage].add(t, s[0] * 0.001);
        out.series[Measure::BatteryCurrent].add(t, s[1] * 0.001);
        out.series[Measure::BatterySoc].add(t, s[2] * 0.1);
        out.series[Measure::BatteryTemp].add(t, s[4] * 0.1);
    }
}

void addVehicle(const records::RecordBody& body, AssetSeries& out)
{
    using records::gbt32960::Quantity;
    static constexpr struct
    {
        const char* name;
        Measure measure;
    } kWanted[] = {{"vehicle.speed", Measure::VehicleSpeed},
                   {"vehicle.soc", Measure::VehicleSoc},
                   {"position.longitude", Measure::Longitude},
                   {"position.latitude", Measure::Latitude}};
    for (const QByteArray& bytes : body.binarySamples) {
        auto packet = records::gbt32960::decode(bytes);
        if (!packet)
            continue;
        const double t = static_cast<double>(records::gbt32960::utcMs(packet->time));
        for (const Quantity& q : records::gbt32960::quantities(*packet)) {
            if (q.status != Quantity::Status::Valid)
                continue;
            if (std::strcmp(q.name, "alarms.level") == 0 && q.value > 0)
                out.series[Measure::AlarmLevel].add(t, q.value);
            for (const auto& w : kWanted) {
                if (std::strcmp(q.name, w.name) == 0)
                    out.series[w.measure].add(t, q.value);
            }
        }
    }
}

}  // namespace

const Series& AssetSeries::operator[](Measure m) const
{
    static const Series kEmpty;
    auto it = series.find(m);
    return it == series.end() ? kEmpty : it->second;
}

Result<AssetSeries> loadAssetSeries(store::Workspace& workspace, const QByteArray& deviceId,
                                    const std::atomic<bool>* cancel)
{
    auto genesis = workspace.chain().trustedGenesis();
    if (!genesis)
        return std::move(genesis).error();
    const crypto::HashAlg chainHash = genesis->hashAlg();
    auto info = AssetInfo::load(workspace, deviceId);
    if (!info)
        return std::move(info).error();
    AssetSeries out;
    out.info = std::move(*info);
    auto days = workspace.daily().ofDevice(deviceId);
    if (!days)
        return std::move(days).error();
    out.days.reserve(days->size());
    for (const store::DailyRow& d : *days)
        out.days.push_back({d.day, d.lastMs, d.energyWh(), d.km(), d.sohLast, d.cyclesLast});
    auto rows = workspace.records().ofDevice(deviceId, 0, UINT64_MAX, UINT64_MAX);
    if (!rows)
        return std::move(rows).error();
    for (std::size_t i = 0; i < rows->size(); ++i) {
        if (cancel != nullptr && (i % 256) == 0 && cancel->load())
            return cancelledError();
        auto record = records::Record::parse((*rows)[i].record, chainHash);
        if (!record)
            continue;  // verified when stored; the inspector reports a damaged one
        switch (record->body.type) {
            case records::RecordType::PvBatch:
                addPv(record->body, out);
                break;
            case records::RecordType::BatteryBatch:
                addBattery(record->body, out);
                break;
            case records::RecordType::VehicleBatch:
                addVehicle(record->body, out);
                break;
            default:
                break;
        }
    }
    return out;
}

}  // namespace pp::analytics
