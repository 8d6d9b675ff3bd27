#pragma once

#include "valuation/portfolio_valuation.h"

#include <atomic>
#include <functional>

namespace pp::store {
class Workspace;
}

namespace pp::valuation {

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
