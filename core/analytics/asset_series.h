#pragma once

#include "analytics/asset_info.h"
#include "common/result.h"

#include <QByteArray>

#include <atomic>
#include <map>
#include <optional>
#include <vector>

namespace pp::store {
class Workspace;
}

namespace pp::analytics {

// The quantities an asset page draws, each a time series of verified samples.
enum class Measure {
    PvPower,         // W
    PvState,         // SunSpec St (1 off … 7 fault)
    BatterySoc,      // %
    BatteryVoltage,  // V
    BatteryCurrent,  // A
    BatteryTemp,     // °C, the highest cell
    VehicleSpeed,    // km/h
    VehicleSoc,      // %
    Longitude,       // degrees
    Latitude,
    AlarmLevel,  // GB/T 32960 alarm level 1-3, where it is not 0
};

struct Series
{
    std::vector<double> timeMs;
    std::vector<double> values;
    std::size_t size() const { return timeMs.size(); }
    void add(double t, double v)
    {
        timeMs.push_back(t);
        values.push_back(v);
    }
};

// What an asset page draws of one day (UTC+8) from the verified daily summaries.
struct DayFigures
{
    std::int64_t day = 0;               // days since 1970-01-01, UTC+8
    std::uint64_t lastMs = 0;           // the day's latest verified sample
    double energyWh = 0;                // PV: generation
    double km = 0;                      // vehicles: distance
    std::optional<double> soh, cycles;  // batteries: the day's last reported SoH (%) and cycles
};

struct AssetSeries
{
    AssetInfo info;
    std::map<Measure, Series> series;
    std::vector<DayFigures> days;
    const Series& operator[](Measure m) const;
};

// Decodes every verified record of one device into its series, in time order. `cancel`
// stops it early (the result is then an error).
Result<AssetSeries> loadAssetSeries(store::Workspace& workspace, const QByteArray& deviceId,
                                    const std::atomic<bool>* cancel = nullptr);

}  // namespace pp::analytics
