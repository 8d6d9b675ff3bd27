#include "valuation/sensitivity.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace pp::valuation {

Sensitivity npvSensitivity(const CashFlowInputs& base)
{
    Sensitivity s;
    s.baseNpvCny = projectCashFlows(base).p50.npvCny;
    const auto npvWith = [&](const std::function<void(CashFlowInputs&)>& change) {
        CashFlowInputs in = base;
        change(in);
        return projectCashFlows(in).p50.npvCny;
    };
    const std::pair<const char*, std::function<void(CashFlowInputs&, double)>> inputs[] = {
        {"discount_rate", [](CashFlowInputs& in, double f) { in.parameters.discountRate *= f; }},
        {"tariff", [](CashFlowInputs& in, double f) { in.tariffCnyPerKwh *= f; }},
        {"degradation",
         [](CashFlowInputs& in, double f) { in.parameters.degradationPerYear *= f; }},
        {"opex", [](CashFlowInputs& in, double f) { in.parameters.opexCnyPerKwYear *= f; }},
    };
    for (const auto& input : inputs) {
        const auto& apply = input.second;
        s.bars.push_back({QString::fromLatin1(input.first),
                          npvWith([&apply](CashFlowInputs& in) { apply(in, 0.9); }),
                          npvWith([&apply](CashFlowInputs& in) { apply(in, 1.1); })});
    }
    s.bars.push_back({QStringLiteral("energy"),
                      npvWith([](CashFlowInputs& in) { in.p50Kwh = in.p90Kwh; }), s.baseNpvCny});
    std::stable_sort(
        s.bars.begin(), s.bars.end(),
        [](const SensitivityBar& a, const SensitivityBar& b) { return a.swing() > b.swing(); });
    return s;
}

}  // namespace pp::valuation
