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

#include <optional>
#include <vector>

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

}  // namespace pp::valuation
