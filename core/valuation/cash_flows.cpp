#include "valuation/cash_flows.h"

#include <cmath>
#include <numeric>

namespace pp::valuation {

namespace {

CashFlowCase project(double firstYearKwh, const CashFlowInputs& in, int years, double service)
{
    const ValuationParameters& p = in.parameters;
    CashFlowCase c;
    std::vector<double> nets;
    double dscrSum = 0;
    int dscrYears = 0;
    for (int t = 1; t <= years; ++t) {
        CashFlowYear y;
        y.t = t;
        y.energyKwh = firstYearKwh * std::pow(1 - p.degradationPerYear, t - 1);
        y.revenueCny = y.energyKwh * in.tariffCnyPerKwh;
        y.opexCny = p.opexCnyPerKwYear * in.capacityKw;
        y.netCny = y.revenueCny - y.opexCny;
        if (p.debt && t <= p.debt->years && service > 0) {
            y.debtServiceCny = service;
            y.dscr = y.netCny / service;
            c.dscrMin = std::min(c.dscrMin.value_or(*y.dscr), *y.dscr);
            dscrSum += *y.dscr;
            ++dscrYears;
        }
        nets.push_back(y.netCny);
        c.years.push_back(y);
    }
    c.npvCny = presentValue(nets, p.discountRate);
    if (dscrYears > 0)
        c.dscrAverage = dscrSum / dscrYears;
    return c;
}

}  // namespace

CashFlowModel projectCashFlows(const CashFlowInputs& in)
{
    const ValuationParameters& p = in.parameters;
    CashFlowModel m;
    m.remainingYears = std::max(0, static_cast<int>(std::floor(p.lifeYears - in.ageYears)));
    if (p.debt)
        m.debtServiceCny = annuityPayment(p.debt->principalCny, p.debt->rate, p.debt->years);
    m.p50 = project(in.p50Kwh, in, m.remainingYears, m.debtServiceCny);
    m.p90 = project(in.p90Kwh, in, m.remainingYears, m.debtServiceCny);

    std::vector<double> nets, opex, energy;
    for (const CashFlowYear& y : m.p50.years) {
        nets.push_back(y.netCny);
        opex.push_back(y.opexCny);
        energy.push_back(y.energyKwh);
    }
    if (p.priceCny)
        m.irr = internalRateOfReturn(*p.priceCny, nets);
    else
        m.irr.absent = Text("Valuation", QT_TRANSLATE_NOOP("Valuation", "no asking price given"));
    if (const double discountedKwh = presentValue(energy, p.discountRate); discountedKwh > 0)
        m.lcoeCnyPerKwh =
            (presentValue(opex, p.discountRate) + p.priceCny.value_or(0)) / discountedKwh;
    return m;
}

}  // namespace pp::valuation
