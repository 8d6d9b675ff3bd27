#include "node/sim/chemistry.h"

#include <algorithm>
#include <array>
#include <utility>

namespace pp::node::sim {

namespace {

using Curve = std::array<std::pair<double, double>, 10>;
constexpr Curve kLfp = {{{0.0, 2.90},
                         {0.05, 3.15},
                         {0.10, 3.22},
                         {0.20, 3.26},
                         {0.40, 3.29},
                         {0.60, 3.31},
                         {0.80, 3.33},
                         {0.90, 3.34},
                         {0.95, 3.40},
                         {1.0, 3.48}}};
constexpr Curve kNmc = {{{0.0, 3.30},
                         {0.05, 3.45},
                         {0.10, 3.55},
                         {0.20, 3.62},
                         {0.40, 3.72},
                         {0.60, 3.85},
                         {0.80, 4.00},
                         {0.90, 4.08},
                         {0.95, 4.13},
                         {1.0, 4.18}}};

}  // namespace

double openCircuitVoltage(Chemistry chemistry, double soc)
{
    const Curve& curve = chemistry == Chemistry::Lfp ? kLfp : kNmc;
    soc = std::clamp(soc, 0.0, 1.0);
    for (std::size_t i = 1; i < curve.size(); ++i) {
        if (soc <= curve[i].first) {
            const auto [s0, v0] = curve[i - 1];
            const auto [s1, v1] = curve[i];
            return v0 + (v1 - v0) * (soc - s0) / (s1 - s0);
        }
    }
    return curve.back().second;
}

}  // namespace pp::node::sim
