#pragma once

#include "analytics/sun_position.h"

#include <cstdint>

// Sun and sky for the PV simulator: where the sun is, what a clear sky delivers, and what
// reaches a tilted array. Angles in degrees, irradiance in W/m².
namespace pp::node::sim {

// The sun's position is shared with the light node's plausibility checks.
using analytics::SunPosition;
using analytics::sunPosition;

// The sun's irradiance at the top of the atmosphere on the day of the year.
double extraterrestrialIrradiance(int dayOfYear);

struct Irradiance
{
    double ghi = 0, dni = 0, dhi = 0;  // global horizontal, direct normal, diffuse horizontal
};

// Ineichen-Perez clear sky: a site's altitude thins the air and its Linke turbidity
// (haze and water vapour; 2 clean, 6 polluted) dims the beam.
Irradiance clearSky(const SunPosition& sun, int dayOfYear, double altitudeM, double linkeTurbidity);

// A cloudy sky: the clear-sky global irradiance scaled by `clearSkyIndex`, split into beam
// and diffuse by the Erbs correlation on the clearness index.
Irradiance cloudySky(const SunPosition& sun, int dayOfYear, const Irradiance& clear,
                     double clearSkyIndex);

// Irradiance on a plane tilted `tilt` degrees facing `azimuth` (isotropic sky, ground
// reflection with `albedo`).
double planeOfArray(const Irradiance& sky, const SunPosition& sun, double tilt, double azimuth,
                    double albedo = 0.2);

}  // namespace pp::node::sim
