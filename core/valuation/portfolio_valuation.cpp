#include "valuation/portfolio_valuation.h"

namespace pp::valuation {

std::optional<double> AssetValuation::valueCny() const
{
    if (pv && !pv->performance.days.empty())
        return pv->cashFlows.p50.npvCny;
    if (storage && storage->sohPct)
        return storage->valueCny;
    return std::nullopt;
}

}  // namespace pp::valuation
