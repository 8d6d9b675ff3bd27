#pragma once

#include "valuation/finance.h"
#include "valuation/valuation_parameters.h"

#include <optional>
#include <vector>

namespace pp::valuation {

struct CashFlowYear
{
    int t = 0;  // 1 … N
    double energyKwh = 0, revenueCny = 0, opexCny = 0, netCny = 0;
    double debtServiceCny = 0;  // 0 without a loan, or after it is repaid
    std::optional<double> dscr;
};

// The years at one energy level (P50 or P90), with what lenders read off them.
struct CashFlowCase
{
    std::vector<CashFlowYear> years;
    double npvCny = 0;
    std::optional<double> dscrMin, dscrAverage;  // over the loan's years
};

struct CashFlowInputs
{
    double p50Kwh = 0, p90Kwh = 0;  // the first year's energy
    double capacityKw = 0;          // DC, for the O&M cost
    double ageYears = 0;            // since commissioning
    double tariffCnyPerKwh = 0;
    ValuationParameters parameters;
};

// The remaining life's cash flows (docs/valuation.md §Cash flows): energy_t = P50 ·
// (1 − d)^(t−1), revenue at the tariff, O&M per kW DC, the annuity's debt service.
struct CashFlowModel
{
    int remainingYears = 0;  // life − age, rounded down
    CashFlowCase p50, p90;
    Irr irr;                              // at P50, for the asking price
    std::optional<double> lcoeCnyPerKwh;  // remaining LCOE, with the price when given
    double debtServiceCny = 0;            // a year, while the loan runs
};

CashFlowModel projectCashFlows(const CashFlowInputs& in);

}  // namespace pp::valuation
