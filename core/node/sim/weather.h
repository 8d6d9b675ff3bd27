#pragma once

#include "node/sim/random.h"
#include "node/sim/site.h"

#include <array>

namespace pp::node::sim {

// The weather at one site, day after day. Daily cloudiness is a seasonal AR(1) process
// (spells of clear and overcast days, around the month's mean clear-sky index), clouds
// pass within the day as a second, faster process, and the temperature wanders around the
// climate with its own persistence; overcast days have a smaller daily range. Every asset
// at the site sees the same weather.
class SiteWeather
{
public:
    SiteWeather(const Site& site, QByteArrayView seed);

    const Site& site() const { return site_; }
    // Moves to the next local day (days must come in order; the first call starts the
    // process at its stationary state).
    void beginDay(int dayOfYear, int month);

    int dayOfYear() const { return dayOfYear_; }
    double dailyClearSkyIndex() const { return dailyIndex_; }
    bool rainy() const { return dailyIndex_ < 0.35; }
    // The clear-sky index of the quarter hour holding `localHour`.
    double clearSkyIndex(double localHour) const;
    double temperature(double localHour) const;

private:
    const Site& site_;
    Random random_;
    int dayOfYear_ = 1;
    double cloudState_ = 0;          // standard-normal AR(1), one step a day
    double temperatureAnomaly_ = 0;  // °C, AR(1)
    double dailyIndex_ = 0.6;
    std::array<double, 96> quarterHours_{};
};

}  // namespace pp::node::sim
