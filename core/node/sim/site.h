#pragma once

#include <array>
#include <span>

namespace pp::node::sim {

// A real Chinese city the simulator places assets in, with the climate that drives them:
// sun (haze and cloudiness by month) and temperature.
struct Site
{
    const char* key;   // "wuxi"
    const char* name;  // "Wuxi"
    double latitude, longitude, altitudeM;
    std::array<double, 12> linkeTurbidity;          // by month
    std::array<double, 12> clearSkyIndex;           // monthly mean of daily GHI / clear-sky GHI
    double meanTempC, seasonalSwingC, dailyRangeC;  // annual mean, Jan-Jul half range
    // What a well-built fixed-tilt system there yields in a year (kWh per kWp): the
    // resource zone the simulated stations must land in.
    double yieldLow, yieldHigh;
    bool pvSite;     // has PV stations in the simulation
    bool depotSite;  // has riders' battery swap cabinets and van depots
};

std::span<const Site> sites();
std::span<const Site* const> pvSites();
std::span<const Site* const> depotSites();

// Ambient air temperature at a site for a local day of year and hour, before weather:
// coldest in mid-January, warmest in mid-July, each day's peak at 15:00.
double climateTemperature(const Site& site, int dayOfYear, double localHour);

}  // namespace pp::node::sim
