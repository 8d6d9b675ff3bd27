#include "node/sim/solar.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pp::node::sim {

namespace {

constexpr double kDeg = std::numbers::pi / 180.0;
constexpr double kSolarConstant = 1361.0;  // W/m², the 2015 IAU nominal value

}  // namespace

double extraterrestrialIrradiance(int dayOfYear)
{
    return kSolarConstant * (1.0 + 0.033 * std::cos(2 * std::numbers::pi * dayOfYear / 365.0));
}

Irradiance clearSky(const SunPosition& sun, int dayOfYear, double altitudeM, double linkeTurbidity)
{
    if (!sun.up())
        return {};
    const double e0 = extraterrestrialIrradiance(dayOfYear);
    // Kasten-Young relative air mass, corrected for the site's pressure.
    const double relativeAm =
        1.0 / (sun.cosZenith + 0.50572 * std::pow(std::max(96.07995 - sun.zenith, 0.1), -1.6364));
    const double am = relativeAm * std::exp(-altitudeM / 8434.5);
    const double fh1 = std::exp(-altitudeM / 8000.0), fh2 = std::exp(-altitudeM / 1250.0);
    const double cg1 = 5.09e-5 * altitudeM + 0.868, cg2 = 3.92e-5 * altitudeM + 0.0387;
    const double tl = linkeTurbidity;
    const double ghi =
        std::max(0.0, cg1 * e0 * sun.cosZenith * std::exp(-cg2 * am * (fh1 + fh2 * (tl - 1))) *
                          std::exp(0.01 * std::pow(am, 1.8)));
    const double b = 0.664 + 0.163 / fh1;
    const double beamFromTurbidity = b * e0 * std::exp(-0.09 * am * (tl - 1));
    const double beamFromGlobal = ghi * (1 - (0.1 - 0.2 * std::exp(-tl)) / (0.1 + 0.882 / fh1)) /
                                  std::max(sun.cosZenith, 0.01);
    Irradiance sky;
    sky.ghi = ghi;
    sky.dni = std::max(0.0, std::min(beamFromTurbidity, beamFromGlobal));
    sky.dhi = std::max(0.0, ghi - sky.dni * sun.cosZenith);
    return sky;
}

Irradiance cloudySky(const SunPosition& sun, int dayOfYear, const Irradiance& clear,
                     double clearSkyIndex)
{
    if (!sun.up() || clear.ghi <= 0)
        return {};
    if (clearSkyIndex >= 0.999)
        return clear;
    const double ghi = clear.ghi * std::max(0.0, clearSkyIndex);
    const double kt =
        std::clamp(ghi / (extraterrestrialIrradiance(dayOfYear) * sun.cosZenith), 0.0, 1.0);
    const double diffuseFraction = kt <= 0.22 ? 1.0 - 0.09 * kt
                                   : kt <= 0.8
                                       ? 0.9511 - 0.1604 * kt + 4.388 * kt * kt -
                                             16.638 * std::pow(kt, 3) + 12.336 * std::pow(kt, 4)
                                       : 0.165;
    Irradiance sky;
    sky.ghi = ghi;
    sky.dhi = ghi * diffuseFraction;
    sky.dni = std::min(clear.dni, (ghi - sky.dhi) / std::max(sun.cosZenith, 0.05));
    return sky;
}

double planeOfArray(const Irradiance& sky, const SunPosition& sun, double tilt, double azimuth,
                    double albedo)
{
    if (!sun.up())
        return 0.0;
    const double t = tilt * kDeg;
    const double cosIncidence =
        std::cos(sun.zenith * kDeg) * std::cos(t) +
        std::sin(sun.zenith * kDeg) * std::sin(t) * std::cos((sun.azimuth - azimuth) * kDeg);
    const double beam = sky.dni * std::max(0.0, cosIncidence);
    const double diffuse = sky.dhi * (1 + std::cos(t)) / 2;
    const double ground = sky.ghi * albedo * (1 - std::cos(t)) / 2;
    return beam + diffuse + ground;
}

}  // namespace pp::node::sim
