#pragma once

#include "valuation/cash_flows.h"

#include <vector>

namespace pp::valuation {

// One bar of a tornado chart: the NPV when one input moves down and up, all else held.
struct SensitivityBar
{
    QString key;  // "discount_rate", "tariff", "degradation", "opex", "energy"
    double npvLowCny = 0, npvHighCny = 0;  // at −10 % and +10 % (energy: P90 and P50)
    double swing() const { return std::abs(npvHighCny - npvLowCny); }
};

struct Sensitivity
{
    double baseNpvCny = 0;
    std::vector<SensitivityBar> bars;  // widest swing first
};

// NPV under ±10 % of the discount rate, the tariff, the degradation rate and the O&M
// cost, and at P90 instead of P50: eleven projections of the same inputs.
Sensitivity npvSensitivity(const CashFlowInputs& base);

}  // namespace pp::valuation
