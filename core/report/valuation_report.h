#pragma once

#include "valuation/portfolio_valuation.h"

#include <QByteArray>

namespace pp::report {

// The valuation report (docs/valuation.md): an A4 PDF, English beside Chinese, of the
// valued assets: the portfolio's table, then each station's figures, cash flows,
// sensitivity, settlement and certificates, then the batteries' second-life values, and
// the parameters with their sources. Every table and chart is footed with the verified
// records, the coverage and the chain anchor it rests on. Needs a QGuiApplication; any
// thread.
QByteArray renderValuationReport(const valuation::PortfolioValuation& valuation,
                                 const QString& tool);

}  // namespace pp::report
