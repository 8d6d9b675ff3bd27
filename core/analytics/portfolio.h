#pragma once

#include "analytics/asset_info.h"
#include "chain/verified_header.h"
#include "common/result.h"

#include <QString>

#include <map>
#include <optional>
#include <set>
#include <vector>

namespace pp::store {
class Workspace;
}

namespace pp::analytics {

struct DayValue
{
    std::int64_t day = 0;  // UTC+8 days since 1970-01-01 (analytics/daily_summary.h)
    double value = 0;
};

// One asset's line in the portfolio: its registration and what its summaries add.
struct AssetOverview
{
    AssetInfo info;
    std::int64_t firstDay = 0, lastDay = -1;  // days with verified samples
    std::uint64_t daysWithData = 0;
    double coverage = 0;        // days with data over the days from its first to the chain's tip
    double energyWh = 0;        // PV: verified generation
    double km = 0;              // vehicles: verified distance
    std::optional<double> soh;  // batteries: the latest verified SoH (%)
};

// What the Overview shows, read from the verified workspace alone: daily summaries, not
// records, so a year of a fleet opens in well under a second.
struct Portfolio
{
    QString chainName;
    Digest chainId{};
    std::optional<chain::VerifiedHeader> tip;
    std::uint64_t recordsVerified = 0;
    std::uint64_t recordsRejected = 0;  // entries a node served that failed a check
    std::map<QString, std::uint64_t> findingCounts;
    std::vector<AssetOverview> assets;
    // The fleet's totals leave out the days on which a device's data was found implausible:
    // one van whose odometer jumped would otherwise dwarf every honest day.
    std::vector<DayValue> pvEnergyKwh;                        // the PV fleet's generation per day
    std::vector<DayValue> vehicleKm;                          // the vans' distance per day
    std::uint64_t pvDaysLeftOut = 0, vehicleDaysLeftOut = 0;  // device-days
    std::vector<DayValue> coverage;  // % of assets with verified samples per day
    std::vector<double> batterySoh;  // each pack's latest SoH

    std::uint64_t assetCount(records::AssetClass c) const;
};

Result<Portfolio> loadPortfolio(store::Workspace& workspace);

// The days (UTC+8) on which each device's data was found IMPLAUSIBLE: what the fleet's
// totals and the valuations leave out.
using ImplausibleDays = std::map<QByteArray, std::set<std::int64_t>>;
Result<ImplausibleDays> implausibleDays(store::Workspace& workspace);

}  // namespace pp::analytics
