#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace pp::analytics {

// Largest-Triangle-Three-Buckets (Steinarsson, 2013): which `threshold` of the points
// (x[i], y[i]) to draw so that the line keeps its shape, peaks and troughs included. Keeps
// the first and last point; returns every index when there are no more than `threshold`
// points (or threshold < 3). Only drawing is downsampled: tooltips and exports use the
// real data. `x` must be increasing.
std::vector<std::size_t> lttb(std::span<const double> x, std::span<const double> y,
                              std::size_t threshold);

}  // namespace pp::analytics
