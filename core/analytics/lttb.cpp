#include "analytics/lttb.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pp::analytics {

std::vector<std::size_t> lttb(std::span<const double> x, std::span<const double> y,
                              std::size_t threshold)
{
    const std::size_t n = std::min(x.size(), y.size());
    std::vector<std::size_t> out;
    if (threshold >= n || threshold < 3) {
        out.resize(n);
        std::iota(out.begin(), out.end(), std::size_t{0});
        return out;
    }
    out.reserve(threshold);
    out.push_back(0);
    // The points between the first and the last fall into threshold - 2 buckets; from each
    // the point that makes the largest triangle with the point kept before it and the
    // average of the next bucket.
    const double every = static_cast<double>(n - 2) / static_cast<double>(threshold - 2);
    std::size_t kept = 0;
    for (std::size_t b = 0; b < threshold - 2; ++b) {
        const std::size_t from = static_cast<std::size_t>(std::floor(b * every)) + 1;
        const std::size_t to = static_cast<std::size_t>(std::floor((b + 1) * every)) + 1;
        const std::size_t nextFrom = to;
        // The last bucket's "next" is the last point.
        const std::size_t nextTo =
            std::clamp(static_cast<std::size_t>(std::floor((b + 2) * every)) + 1, nextFrom + 1, n);
        double avgX = 0, avgY = 0;
        for (std::size_t i = nextFrom; i < nextTo; ++i) {
            avgX += x[i];
            avgY += y[i];
        }
        const double count = static_cast<double>(nextTo - nextFrom);
        avgX /= count;
        avgY /= count;
        double best = -1;
        std::size_t chosen = from;
        for (std::size_t i = from; i < to; ++i) {
            const double area =
                std::abs((x[kept] - avgX) * (y[i] - y[kept]) - (x[kept] - x[i]) * (avgY - y[kept]));
            if (area > best) {
                best = area;
                chosen = i;
            }
        }
        out.push_back(chosen);
        kept = chosen;
    }
    out.push_back(n - 1);
    return out;
}

}  // namespace pp::analytics
