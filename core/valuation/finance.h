#pragma once

#include "common/text.h"

#include <optional>
#include <span>

namespace pp::valuation {

// Discounted cash-flow arithmetic, with flows at the end of years 1, 2, ... (flow[0] is
// year 1) and an optional flow at t = 0.

// Σ flow_t / (1 + rate)^t, t from 1.
double presentValue(std::span<const double> flows, double rate);

struct Irr
{
    std::optional<double> rate;
    Text absent;  // why there is none: no price, no sign change, no root in range
};

// The rate at which −price + Σ flow_t/(1+r)^t = 0: the root in (−99 %, 1000 %), found by
// bisection on the net present value, which is monotone in r when every flow after the
// price is ≥ 0 and otherwise is searched for a bracketing sign change first.
Irr internalRateOfReturn(double price, std::span<const double> flows);

// The level payment that repays `principal` over `years` at `rate` a year (an annuity);
// principal / years at a zero rate.
double annuityPayment(double principal, double rate, int years);

}  // namespace pp::valuation
