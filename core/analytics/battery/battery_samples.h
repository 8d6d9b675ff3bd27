#pragma once

#include "analytics/asset_info.h"
#include "common/result.h"
#include "records/record_body.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <vector>

namespace pp::store {
class Workspace;
}

namespace pp::analytics {

// Where a sample is on the chain: the record that holds it.
struct RecordPlace
{
    std::uint64_t height = 0, index = 0, seq = 0;
};

// One verified battery sample, a swap pack's (type 11) or a van's traction battery (from
// its GB/T 32960 packet), in one convention: current positive while charging. A year of
// one-minute samples is half a million of them, and on a virtual machine every page of
// fresh memory costs a fault: floats, and NaN for "no value" behind optional accessors,
// keep one in 56 bytes.
struct BatteryPoint
{
    static constexpr float kNone = std::numeric_limits<float>::quiet_NaN();

    std::uint64_t timeMs = 0;
    std::uint32_t holdMs = 0;  // it stands for [timeMs, timeMs + holdMs); after that, a gap
    std::uint32_t record = 0;  // its record: an index into BatterySamples::records
    float voltageV = 0;
    float currentA = 0;  // + charging
    float socPct = 0;
    float sohPct = kNone;                      // packs only: GB/T 32960 has no SoH
    float tempMaxC = kNone, tempMinC = kNone;  // highest and lowest cell or probe
    float cellMaxV = kNone, cellMinV = kNone;  // highest and lowest cell
    std::int32_t cycles = -1;                  // the BMS's cycle counter, packs only
    std::uint32_t faults = 0;                  // fault flags (packs), alarm flags (vans)

    static std::optional<double> value(float v)
    {
        return std::isnan(v) ? std::nullopt : std::optional<double>(v);
    }
    std::optional<double> soh() const { return value(sohPct); }
    std::optional<double> tempMax() const { return value(tempMaxC); }
    std::optional<double> tempMin() const { return value(tempMinC); }
    std::optional<double> cellMax() const { return value(cellMaxV); }
    std::optional<double> cellMin() const { return value(cellMinV); }
    std::optional<std::int64_t> cycleCount() const
    {
        return cycles < 0 ? std::nullopt : std::optional<std::int64_t>(cycles);
    }
    double hours() const { return static_cast<double>(holdMs) / 3.6e6; }
};

// The verified samples of one battery in ledger order, and what was left out of them.
struct BatterySamples
{
    AssetInfo info;
    std::vector<BatteryPoint> points;
    std::vector<RecordPlace> records;  // of the records the points come from
    std::uint64_t recordsUsed = 0;
    std::uint64_t recordsImplausible = 0;  // verified, but an IMPLAUSIBLE finding names them
    std::uint64_t recordsRejected = 0;     // refused by the light node (their findings)
    // Samples left out, by reason ("soc_out_of_range", "invalid_marker", ...).
    std::map<QString, std::uint64_t> samplesLeftOut;
};

// A van's packet holds until the next one, for at most this long: our terminals report
// every 30 s driving and every 60 s charging, so a longer silence is a gap.
inline constexpr std::uint64_t kVehicleHoldMs = 60'000;

// Adds the samples of one verified type 11 or type 12 record, in its order, and its place
// to `out.records`; samples whose values are out of range or marked invalid are counted in
// `out.samplesLeftOut` instead.
void appendBatterySamples(const records::RecordBody& body, const RecordPlace& place,
                          BatterySamples& out);
// Once every record is in: a sample holds at most until the next one starts (a pack's
// half-hour rest sample ends when it wakes up); a van's packet holds until the next one,
// at most kVehicleHoldMs, and its last one as long as the one before.
void settleHolds(BatterySamples& samples);

// Every verified sample of a battery pack or van in [fromMs, toMs). A device that is not
// one is an error ("battery.not_a_battery"), as is an unknown one.
Result<BatterySamples> loadBatterySamples(store::Workspace& workspace, const QByteArray& deviceId,
                                          std::uint64_t fromMs, std::uint64_t toMs,
                                          const std::atomic<bool>* cancel = nullptr);

}  // namespace pp::analytics
