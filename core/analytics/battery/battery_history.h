#pragma once

#include "analytics/battery/battery_samples.h"
#include "analytics/battery/degradation_fit.h"
#include "chain/verified_header.h"
#include "common/text.h"

#include <optional>
#include <vector>

namespace pp::analytics {

// A battery history's definitions are docs/battery-history.md's; each figure names them.

struct DodBin
{
    int fromPct = 0, toPct = 0;  // [from, to), the last bin [90, 100] closed
    double cycles = 0;
};

struct TemperatureBin
{
    int fromC = 0, toC = 0;  // [from, to)
    double minutes = 0;
};

struct TemperatureExposure
{
    std::uint64_t samples = 0;  // samples with a temperature
    double minutesAbove45C = 0, minutesBelow0C = 0, minutesChargingBelow0C = 0;
    std::vector<TemperatureBin> histogram;  // of the highest cell/probe temperature
};

struct CRate
{
    // Current over the nominal charge (A / Ah).
    std::optional<double> maxCharge, maxDischarge;
    std::optional<double> fastChargeShare;  // of the charged Ah, the share above 1 C
    Text absent;                            // why they are absent, when they are
};

struct SohSample
{
    std::uint64_t timeMs = 0;
    double pct = 0;
};

// One charge or discharge from which a capacity was counted.
struct CapacitySegment
{
    std::uint64_t startMs = 0, endMs = 0;
    bool charging = false;
    double deltaSocPct = 0;
    double capacityAh = 0;
    double sohPct = 0;                     // capacity against the nominal one
    std::optional<double> reportedSohPct;  // what the BMS said at its end
};

struct SohFigures
{
    std::vector<SohSample> reported;  // the last reported value of each day (UTC+8)
    std::vector<CapacitySegment> estimates;
    std::optional<double> reportedLatest, estimatedLatest;  // the latter: median of the last 5
    // The BMS reports itself healthier than its own currents show: more than 5 points
    // above the estimate for every segment over at least 7 days and 3 segments.
    bool overReported = false;
    std::optional<SohSample> overReportedSince;
    Text absent;  // why there is no estimate, when there is none
};

struct NegativeEvent
{
    enum class Kind {
        OverTemperature,
        ChargingBelowFreezing,
        CellOverVoltage,
        CellUnderVoltage,
        DeepDischarge,
        Fault,
        CycleCounterRollback,
        DataGap,
    } kind = Kind::Fault;
    std::uint64_t startMs = 0, endMs = 0;
    double worst = 0;    // the extreme value reached (°C, V, %, flags, cycles, hours)
    RecordPlace record;  // the first sample that shows it
    static const char* key(Kind kind);  // "over_temperature", ...
    // Abuse, which the risk score and the valuation's haircut count: not a data gap
    // (missing data) nor charging below 0 °C (a term of its own in both).
    bool isAbuse() const { return kind != Kind::DataGap && kind != Kind::ChargingBelowFreezing; }
    Text describe() const;
};

struct CumulativePoint
{
    std::uint64_t timeMs = 0;
    double efc = 0;
};

struct BatteryCoverage
{
    std::uint64_t fromMs = 0, toMs = 0;  // the window
    std::uint64_t coveredMs = 0;         // of it, held by verified samples
    double share = 0;
};

struct BatteryHistory
{
    AssetInfo info;
    // What every figure rests on: the chain and the verified tip of the workspace.
    Digest chainId{};
    std::optional<chain::VerifiedHeader> anchor;
    std::uint64_t samples = 0;
    BatteryCoverage coverage;
    std::uint64_t recordsUsed = 0, recordsImplausible = 0, recordsRejected = 0;
    std::map<QString, std::uint64_t> samplesLeftOut;
    // What a full cycle is counted against: a pack's registered charge, a van's registered
    // energy over its median pack voltage. Without it, EFC, C-rate and the SoH estimate
    // are absent and `nominalBasis` says why.
    std::optional<double> nominalAh;
    Text nominalBasis;
    double throughputAh = 0, throughputKwh = 0;
    std::optional<double> efc;
    std::vector<CumulativePoint> efcOverTime;  // at the end of each day with samples
    std::vector<DodBin> dodHistogram;
    CRate cRate;
    TemperatureExposure temperature;
    SohFigures soh;
    std::vector<NegativeEvent> negativeEvents;
    DegradationProjection projection;
    // The chemistry whose cell limits were held against the samples, or empty when the
    // registration names none known.
    QString cellLimitsOf;

    bool empty() const { return samples == 0; }
};

// The figures of a battery's verified samples over [fromMs, toMs). Pure: the samples
// carry everything.
// The asset classes that have a battery history: packs and vans.
inline bool hasBatteryHistory(records::AssetClass c)
{
    return c == records::AssetClass::Battery || c == records::AssetClass::Vehicle;
}

BatteryHistory computeBatteryHistory(const BatterySamples& samples, std::uint64_t fromMs,
                                     std::uint64_t toMs);

// The history of one battery pack or van from a workspace's verified records in
// [fromMs, toMs) (UINT64_MAX: up to its latest), anchored to the workspace's tip.
Result<BatteryHistory> loadBatteryHistory(store::Workspace& workspace, const QByteArray& deviceId,
                                          std::uint64_t fromMs, std::uint64_t toMs,
                                          const std::atomic<bool>* cancel = nullptr);

}  // namespace pp::analytics
