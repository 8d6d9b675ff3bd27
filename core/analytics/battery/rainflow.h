#pragma once

#include <span>
#include <vector>

namespace pp::analytics {

// One range a rainflow count found: a full cycle (count 1) or a half cycle (0.5).
struct RainflowRange
{
    double range = 0;
    double count = 0;
};

// The turning points of a series: its first and last point and every peak and valley
// between (repeated values and points on a monotonic run are dropped).
std::vector<double> reversals(std::span<const double> series);

// Rainflow counting as ASTM E1049-85 (reapproved 2017), §5.4.4, defines it: ranges X and Y
// from the three latest points, Y counted as a cycle when X ≥ Y (a half cycle when Y holds
// the starting point), and what remains at the end counted as half cycles. Ranges come in
// the order they were counted. For any series, Σ range × count is half its total
// variation: every reversal-to-reversal step is counted exactly once, as half a cycle.
std::vector<RainflowRange> rainflow(std::span<const double> series);

}  // namespace pp::analytics
