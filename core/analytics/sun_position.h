#pragma once

#include <cstdint>

namespace pp::analytics {

// Where the sun stands seen from a site, in degrees.
struct SunPosition
{
    double zenith = 90;  // 0 overhead, > 90 below the horizon
    double azimuth = 0;  // clockwise from north
    double cosZenith = 0;
    bool up() const { return zenith < 90.0; }
};

// NOAA's general solar position formulas (fractional-year series for the equation of
// time and the declination): within a few tenths of a degree, far finer than a 15-minute
// sample needs. Used by the device simulator to make daylight and by the plausibility
// checks to catch generation at night.
SunPosition sunPosition(std::int64_t utcMs, double latitude, double longitude);

}  // namespace pp::analytics
