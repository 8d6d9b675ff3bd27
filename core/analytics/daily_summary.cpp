#include "analytics/daily_summary.h"

#include "records/gbt32960.h"
#include "records/sunspec.h"

#include <algorithm>
#include <cstring>

namespace pp::analytics {

namespace {

void keepMin(std::optional<double>& into, double v)
{
    into = into ? std::min(*into, v) : v;
}

void keepMax(std::optional<double>& into, double v)
{
    into = into ? std::max(*into, v) : v;
}

}  // namespace

store::DailyRow& DailySummary::day(std::uint64_t ms)
{
    const std::int64_t d = dayOf(ms);
    auto [it, inserted] = days_.try_emplace(d);
    if (inserted) {
        it->second.deviceId = deviceId_;
        it->second.day = d;
    }
    store::DailyRow& row = it->second;
    ++row.samples;
    row.lastMs = std::max<std::uint64_t>(row.lastMs, ms);
    return row;
}

void DailySummary::add(const records::RecordBody& body, const records::Payload& payload)
{
    switch (body.type) {
        case records::RecordType::PvBatch:
            addPv(body, payload);
            break;
        case records::RecordType::BatteryBatch:
            addBattery(body);
            break;
        case records::RecordType::VehicleBatch:
            addVehicle(payload);
            break;
        default:
            break;
    }
}

void DailySummary::addPv(const records::RecordBody& body, const records::Payload& payload)
{
    const std::uint64_t intervalMs = body.intervalS.value_or(0) * 1000;
    for (std::size_t i = 0; i < payload.blocks.size(); ++i) {
        if (!payload.decoded(i))
            continue;
        const records::sunspec::InverterBlock& block = payload.blocks[i];
        store::DailyRow& row = day(body.timeMs + i * intervalMs);
        if (auto wh = block.value(u"WH")) {
            keepMin(row.whMin, *wh);
            keepMax(row.whMax, *wh);
        }
        if (auto w = block.value(u"W"))
            keepMax(row.peakW, *w);
        if (block.raw(u"Evt1").value_or(0) != 0)
            ++row.alarms;
    }
}

void DailySummary::addBattery(const records::RecordBody& body)
{
    // Spec §7 type 11 fields, in display units: SoC and SoH in 0.1 %, temperature in 0.1 °C.
    const std::uint64_t intervalMs = body.intervalS.value_or(0) * 1000;
    for (std::size_t i = 0; i < body.batterySamples.size(); ++i) {
        const records::BatterySample& s = body.batterySamples[i];
        const std::uint64_t ms = body.timeMs + i * intervalMs;
        store::DailyRow& row = day(ms);
        keepMin(row.socMin, s[2] * 0.1);
        keepMax(row.socMax, s[2] * 0.1);
        keepMax(row.tempMax, s[4] * 0.1);
        if (ms >= row.lastMs) {
            row.sohLast = s[3] * 0.1;
            row.cyclesLast = static_cast<double>(s[8]);
        }
        if (s[9] != 0)
            ++row.alarms;
    }
}

void DailySummary::addVehicle(const records::Payload& payload)
{
    using records::gbt32960::Quantity;
    for (std::size_t i = 0; i < payload.packets.size(); ++i) {
        if (!payload.decoded(i))
            continue;
        const records::gbt32960::Packet& packet = payload.packets[i];
        store::DailyRow& row = day(records::gbt32960::utcMs(packet.time));
        for (const Quantity& q : records::gbt32960::quantities(packet)) {
            if (q.status != Quantity::Status::Valid)
                continue;
            if (std::strcmp(q.name, "vehicle.odometer") == 0) {
                keepMin(row.kmMin, q.value);
                keepMax(row.kmMax, q.value);
            } else if (std::strcmp(q.name, "vehicle.speed") == 0) {
                keepMax(row.speedMax, q.value);
            } else if (std::strcmp(q.name, "vehicle.soc") == 0) {
                keepMin(row.socMin, q.value);
                keepMax(row.socMax, q.value);
            } else if (std::strcmp(q.name, "alarms.level") == 0 && q.value > 0) {
                ++row.alarms;
            }
        }
    }
}

std::vector<store::DailyRow> DailySummary::rows() const
{
    std::vector<store::DailyRow> out;
    out.reserve(days_.size());
    for (const auto& [d, row] : days_)
        out.push_back(row);
    return out;
}

}  // namespace pp::analytics
