#include "analytics/battery/rainflow.h"

#include <cmath>

namespace pp::analytics {

std::vector<double> reversals(std::span<const double> series)
{
    std::vector<double> out;
    for (const double v : series) {
        if (!out.empty() && v == out.back())
            continue;
        // The last point kept is not a turning point when v carries on in its direction.
        if (out.size() >= 2 && (out.back() - out[out.size() - 2]) * (v - out.back()) > 0)
            out.back() = v;
        else
            out.push_back(v);
    }
    return out;
}

std::vector<RainflowRange> rainflow(std::span<const double> series)
{
    std::vector<RainflowRange> out;
    // The points read and not yet discarded; `start` is where the starting point S is in
    // it (it moves when a half cycle is counted from it, step 5).
    std::vector<double> stack;
    std::size_t start = 0;
    for (const double point : reversals(series)) {
        stack.push_back(point);              // step 1
        while (stack.size() - start >= 3) {  // step 2
            const std::size_t n = stack.size();
            const double x = std::abs(stack[n - 1] - stack[n - 2]);
            const double y = std::abs(stack[n - 2] - stack[n - 3]);
            if (x < y)  // step 3a
                break;
            if (n - 3 == start) {  // step 5: Y holds S
                out.push_back({y, 0.5});
                ++start;
            } else {  // step 4: Y is a full cycle; its peak and valley go
                out.push_back({y, 1.0});
                stack.erase(stack.end() - 3, stack.end() - 1);
            }
        }
    }
    for (std::size_t i = start; i + 1 < stack.size(); ++i)  // step 6
        out.push_back({std::abs(stack[i + 1] - stack[i]), 0.5});
    return out;
}

}  // namespace pp::analytics
