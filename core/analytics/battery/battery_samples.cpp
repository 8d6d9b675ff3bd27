#include "analytics/battery/battery_samples.h"

#include "findings/finding_codes.h"
#include "records/gbt32960.h"
#include "records/record.h"
#include "store/workspace.h"

#include <algorithm>
#include <cstring>
#include <set>

namespace pp::analytics {

namespace {

// Beyond what any cell or probe of a working battery reads: a value out there is a
// marker or a fault of the sensor, not a temperature.
constexpr double kLowestC = -60, kHighestC = 150;

void leaveOut(BatterySamples& out, const char* reason)
{
    ++out.samplesLeftOut[QString::fromLatin1(reason)];
}

float temperature(double c, BatterySamples& out)
{
    if (c >= kLowestC && c <= kHighestC)
        return static_cast<float>(c);
    leaveOut(out, "temperature_out_of_range");
    return BatteryPoint::kNone;
}

void addPack(const records::RecordBody& body, std::uint32_t record, BatterySamples& out)
{
    const std::uint64_t intervalMs = body.intervalS.value_or(0) * 1000;
    for (std::size_t i = 0; i < body.batterySamples.size(); ++i) {
        const records::BatterySample& s = body.batterySamples[i];
        if (s[2] < 0 || s[2] > 1000) {
            leaveOut(out, "soc_out_of_range");
            continue;
        }
        if (s[0] <= 0) {
            leaveOut(out, "voltage_out_of_range");
            continue;
        }
        BatteryPoint p;
        p.timeMs = body.timeMs + i * intervalMs;
        p.holdMs = static_cast<std::uint32_t>(std::min<std::uint64_t>(intervalMs, UINT32_MAX));
        p.record = record;
        p.voltageV = static_cast<float>(static_cast<double>(s[0]) * 1e-3);
        p.currentA = static_cast<float>(static_cast<double>(s[1]) * 1e-3);
        p.socPct = static_cast<float>(static_cast<double>(s[2]) * 0.1);
        if (s[3] >= 0 && s[3] <= 1000)
            p.sohPct = static_cast<float>(static_cast<double>(s[3]) * 0.1);
        else
            leaveOut(out, "soh_out_of_range");
        p.tempMaxC = temperature(static_cast<double>(s[4]) * 0.1, out);
        p.tempMinC = temperature(static_cast<double>(s[5]) * 0.1, out);
        if (s[6] > 0 && s[7] > 0 && s[7] <= s[6]) {
            p.cellMaxV = static_cast<float>(static_cast<double>(s[6]) * 1e-3);
            p.cellMinV = static_cast<float>(static_cast<double>(s[7]) * 1e-3);
        } else {
            leaveOut(out, "cell_voltage_out_of_range");
        }
        if (s[8] >= 0 && s[8] <= INT32_MAX)
            p.cycles = static_cast<std::int32_t>(s[8]);
        p.faults = static_cast<std::uint32_t>(s[9]);
        out.points.push_back(p);
    }
}

void addVehicle(const records::RecordBody& body, std::uint32_t record, BatterySamples& out)
{
    using records::gbt32960::Quantity;
    for (const QByteArray& bytes : body.binarySamples) {
        auto packet = records::gbt32960::decode(bytes);
        if (!packet) {
            leaveOut(out, "undecodable");
            continue;
        }
        std::optional<double> soc, voltage, current, tMax, tMin, cellMax, cellMin;
        std::uint64_t alarms = 0;  // 32 bits in GB/T 32960
        bool invalid = false;
        for (const Quantity& q : records::gbt32960::quantities(*packet)) {
            const bool valid = q.status == Quantity::Status::Valid;
            auto take = [&](const char* name, std::optional<double>& into, bool required) {
                if (std::strcmp(q.name, name) != 0)
                    return;
                if (valid)
                    into = q.value;
                else if (required)
                    invalid = true;
            };
            take("vehicle.soc", soc, true);
            take("vehicle.voltage", voltage, true);
            take("vehicle.current", current, true);
            take("extremes.max_temperature", tMax, false);
            take("extremes.min_temperature", tMin, false);
            take("extremes.max_cell_voltage", cellMax, false);
            take("extremes.min_cell_voltage", cellMin, false);
            if (valid && std::strcmp(q.name, "alarms.flags") == 0)
                alarms = static_cast<std::uint64_t>(q.value);
        }
        if (invalid || !soc || !voltage || !current) {
            leaveOut(out, "invalid_marker");
            continue;
        }
        if (*soc > 100) {
            leaveOut(out, "soc_out_of_range");
            continue;
        }
        BatteryPoint p;
        p.timeMs = records::gbt32960::utcMs(packet->time);
        p.record = record;
        p.voltageV = static_cast<float>(*voltage);
        p.currentA = static_cast<float>(-*current);  // GB/T's + is discharging (protocol.md)
        p.socPct = static_cast<float>(*soc);
        if (tMax)
            p.tempMaxC = temperature(*tMax, out);
        if (tMin)
            p.tempMinC = temperature(*tMin, out);
        if (cellMax && cellMin) {
            p.cellMaxV = static_cast<float>(*cellMax * 1e-3);
            p.cellMinV = static_cast<float>(*cellMin * 1e-3);
        }
        p.faults = static_cast<std::uint32_t>(alarms);
        out.points.push_back(p);
    }
}

}  // namespace

void appendBatterySamples(const records::RecordBody& body, const RecordPlace& place,
                          BatterySamples& out)
{
    const auto record = static_cast<std::uint32_t>(out.records.size());
    const std::size_t before = out.points.size();
    if (body.type == records::RecordType::BatteryBatch)
        addPack(body, record, out);
    else if (body.type == records::RecordType::VehicleBatch)
        addVehicle(body, record, out);
    if (out.points.size() > before)
        out.records.push_back(place);
}

void settleHolds(BatterySamples& samples)
{
    const bool vehicle = samples.info.assetClass == records::AssetClass::Vehicle;
    std::vector<BatteryPoint>& p = samples.points;
    for (std::size_t i = 0; i + 1 < p.size(); ++i) {
        const std::uint64_t next = p[i + 1].timeMs;
        const std::uint64_t untilNext = next > p[i].timeMs ? next - p[i].timeMs : 0;
        if (vehicle)
            p[i].holdMs = static_cast<std::uint32_t>(std::min(untilNext, kVehicleHoldMs));
        else if (untilNext > 0 && untilNext < p[i].holdMs)
            p[i].holdMs = static_cast<std::uint32_t>(untilNext);
    }
    if (vehicle && p.size() >= 2)
        p.back().holdMs = p[p.size() - 2].holdMs;
}

Result<BatterySamples> loadBatterySamples(store::Workspace& workspace, const QByteArray& deviceId,
                                          std::uint64_t fromMs, std::uint64_t toMs,
                                          const std::atomic<bool>* cancel)
{
    auto genesis = workspace.chain().trustedGenesis();
    if (!genesis)
        return std::move(genesis).error();
    auto info = AssetInfo::load(workspace, deviceId);
    if (!info)
        return std::move(info).error();
    BatterySamples out;
    out.info = std::move(*info);
    const bool vehicle = out.info.assetClass == records::AssetClass::Vehicle;
    if (out.info.assetClass != records::AssetClass::Battery && !vehicle)
        return Error(ErrorKind::Invalid, "battery.not_a_battery",
                     QT_TRANSLATE_NOOP("Error",
                                       "device %1 is a PV system: a battery history needs a "
                                       "battery pack or a vehicle"),
                     {QString::fromLatin1(deviceId.toHex())});

    // One read of the device's findings: the records an IMPLAUSIBLE finding names are left
    // out (what they hold cannot be measured), the entries refused are counted.
    auto found = workspace.findings().list(deviceId, {});
    if (!found)
        return std::move(found).error();
    std::set<std::pair<std::uint64_t, std::uint64_t>> leftOut;
    for (const auto& f : *found) {
        if (f.timeMs && (*f.timeMs < fromMs || *f.timeMs >= toMs))
            continue;
        if (findings::refusesEntry(f))
            ++out.recordsRejected;
        else if (f.code == u"IMPLAUSIBLE" && f.height && f.index)
            leftOut.insert({*f.height, *f.index});
    }

    // Records are kept by their first sample's time: one that starts before the window may
    // hold samples inside it, so the read starts a day early and samples are cut below.
    constexpr std::uint64_t kLookBackMs = 86'400'000;
    const crypto::HashAlg chainHash = genesis->hashAlg();
    std::uint64_t seen = 0;
    bool cancelled = false;
    auto st = workspace.records().forEachOfDevice(
        deviceId, fromMs > kLookBackMs ? fromMs - kLookBackMs : 0, toMs,
        [&](const store::RecordRow& row) {
            if (cancel != nullptr && (seen++ % 256) == 0 && cancel->load()) {
                cancelled = true;
                return false;
            }
            if (leftOut.count({row.height, row.index}) > 0) {
                ++out.recordsImplausible;
                return true;
            }
            auto record = records::Record::parse(row.record, chainHash);
            if (!record)
                return true;  // verified when stored; the inspector reports a damaged one
            const std::size_t before = out.points.size();
            // Room for every record like the first: growing by doubling would touch each
            // page twice, and only the pages used are ever touched.
            if (out.points.empty())
                out.points.reserve(out.info.records * record->body.sampleCount());
            appendBatterySamples(record->body, {row.height, row.index, row.seq}, out);
            // Only the samples inside the window.
            const auto first = out.points.begin() + static_cast<std::ptrdiff_t>(before);
            out.points.erase(std::remove_if(first, out.points.end(),
                                            [&](const BatteryPoint& p) {
                                                return p.timeMs < fromMs || p.timeMs >= toMs;
                                            }),
                             out.points.end());
            if (out.points.size() > before)
                ++out.recordsUsed;
            else if (out.records.size() > out.recordsUsed)
                out.records.pop_back();  // all its samples fell outside
            return true;
        });
    if (cancelled)
        return cancelledError();
    if (!st)
        return st.error();
    settleHolds(out);
    return out;
}

}  // namespace pp::analytics
