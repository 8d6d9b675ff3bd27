#pragma once

#include "valuation/portfolio_valuation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pp::valuation {

// Valuations as JSON, in English, for scripts (`powerproof-cli valuate --json`): the keys
// docs/valuation.md lists. A figure that cannot be given is null, with its reason under
// "<key>_absent".
QJsonObject assetValuationJson(const AssetValuation& valuation, const PortfolioValuation& of);
QJsonArray portfolioValuationJson(const PortfolioValuation& valuation);

// The tables the console exports, as CSV: the yearly cash flows, the monthly settlement
// and the certificates of a station, and the portfolio's one line an asset.
QByteArray cashFlowsCsv(const PvValuation& pv);
QByteArray settlementCsv(const PvValuation& pv);
QByteArray portfolioCsv(const PortfolioValuation& valuation);

}  // namespace pp::valuation
