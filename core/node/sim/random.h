#pragma once

#include <QByteArrayView>

#include <array>
#include <cstdint>

namespace pp::node::sim {

// A small, fast generator (xoshiro256**) whose output is the same on every platform and
// standard library: the simulator's data is a function of its seed alone. Each device and
// each site draws from its own stream, so adding a device does not change the others.
class Random
{
public:
    // The stream named `stream` of the simulation seeded with `seed`.
    Random(QByteArrayView seed, QByteArrayView stream);

    std::uint64_t next();
    double uniform();  // [0, 1)
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    int integer(int low, int high);  // [low, high]
    bool chance(double p) { return uniform() < p; }
    double normal();  // standard normal
    double normal(double mean, double sd) { return mean + sd * normal(); }
    // Waiting time of a Poisson process with `ratePerDay` events a day, in days.
    double exponentialDays(double ratePerDay);

private:
    std::array<std::uint64_t, 4> s_{};
};

}  // namespace pp::node::sim
