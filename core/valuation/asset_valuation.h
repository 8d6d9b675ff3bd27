#pragma once

#include "analytics/asset_info.h"
#include "chain/verified_header.h"
#include "common/result.h"
#include "valuation/cash_flows.h"
#include "valuation/pv_performance.h"
#include "valuation/sensitivity.h"
#include "valuation/settlement.h"
#include "valuation/storage_value.h"
#include "valuation/valuation_parameters.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace pp::store {
class Workspace;
}

namespace pp::valuation {

// A PV station valued on its verified generation.
struct PvValuation
{
    PvPerformance performance;
    double tariffCnyPerKwh = 0;
    // Where the tariff comes from: the province's benchmark (named), or the user's value.
    QString provinceKey, provinceName, provinceNameZh;
    bool tariffOverridden = false;
    double ageYears = 0;
    CashFlowInputs inputs;  // what the cash flows and the sensitivity were projected from
    CashFlowModel cashFlows;
    Sensitivity sensitivity;
    std::vector<SettlementMonth> settlement;
    Certificates certificates;
    // What leaving out implausible days costs: their share of the verified energy.
    double haircutShare = 0;
};

struct AssetValuation
{
    analytics::AssetInfo info;
    ValuationParameters parameters;
    std::optional<PvValuation> pv;
    std::optional<StorageValuation> storage;
    double coverage = 0;
    Text absent;  // why there is no value: no verified samples

    // NPV of a station's remaining life, second-life value of a battery.
    std::optional<double> valueCny() const;
    bool insufficientData() const { return pv && pv->performance.insufficientData; }
};

struct PortfolioValuation
{
    Digest chainId{};
    QString chainName;
    std::optional<chain::VerifiedHeader> anchor;
    std::uint64_t recordsVerified = 0;
    std::vector<AssetValuation> assets;
    double totalValueCny = 0;
    double totalP50Kwh = 0, totalP90Kwh = 0;
};

// Values the assets of the workspace at `path` (`devices`, or all when empty), each PV
// station from its daily summaries and each battery from its verified samples, on up to
// as many threads as the machine has (one read-only connection each). A device the
// workspace does not know is an error naming it.
Result<PortfolioValuation> valuatePortfolio(
    const QString& path, const ValuationSettings& settings,
    const std::vector<QByteArray>& devices = {},
    const std::function<void(std::size_t, std::size_t)>& progress = {},
    const std::atomic<bool>* cancel = nullptr);

// The workspace's stored valuation parameters (empty settings when none were saved), and
// storing them (through the workspace's writer).
Result<ValuationSettings> loadValuationSettings(const QString& path);
Status saveValuationSettings(store::Workspace& workspace, const ValuationSettings& settings);

}  // namespace pp::valuation
