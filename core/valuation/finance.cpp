#include "valuation/finance.h"

#include <cmath>
#include <vector>

namespace pp::valuation {

double presentValue(std::span<const double> flows, double rate)
{
    double pv = 0, discount = 1;
    for (double f : flows) {
        discount /= 1 + rate;
        pv += f * discount;
    }
    return pv;
}

Irr internalRateOfReturn(double price, std::span<const double> flows)
{
    const auto npv = [&](double r) { return presentValue(flows, r) - price; };
    bool positive = false, negative = price > 0;
    for (double f : flows) {
        positive = positive || f > 0;
        negative = negative || f < 0;
    }
    if (!positive || !negative)
        return {
            std::nullopt,
            Text("Valuation", QT_TRANSLATE_NOOP("Valuation", "the cash flows never change sign"))};
    // A grid of rates from −99 % to 1000 %, dense near the rates lenders use, to find the
    // first bracket; the NPV is continuous on it.
    std::vector<double> grid;
    for (double r = -0.99; r < 0.5; r += 0.01)
        grid.push_back(r);
    for (double r = 0.5; r <= 10.0; r += 0.1)
        grid.push_back(r);
    for (std::size_t i = 1; i < grid.size(); ++i) {
        double lo = grid[i - 1], hi = grid[i];
        double fLo = npv(lo);
        if (fLo == 0)
            return {lo, {}};
        if ((fLo > 0) == (npv(hi) > 0))
            continue;
        for (int k = 0; k < 100 && hi - lo > 1e-12; ++k) {
            const double mid = (lo + hi) / 2, fMid = npv(mid);
            if ((fMid > 0) == (fLo > 0)) {
                lo = mid;
                fLo = fMid;
            } else {
                hi = mid;
            }
        }
        return {(lo + hi) / 2, {}};
    }
    return {
        std::nullopt,
        Text("Valuation",
             QT_TRANSLATE_NOOP("Valuation", "no rate between −99 % and 1000 % returns the price"))};
}

double annuityPayment(double principal, double rate, int years)
{
    if (years <= 0)
        return 0;
    if (rate == 0)
        return principal / years;
    return principal * rate / (1 - std::pow(1 + rate, -years));
}

}  // namespace pp::valuation
