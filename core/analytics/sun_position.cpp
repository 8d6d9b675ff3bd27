#include "analytics/sun_position.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numbers>

namespace pp::analytics {

namespace {

constexpr double kDeg = std::numbers::pi / 180.0;

}  // namespace

SunPosition sunPosition(std::int64_t utcMs, double latitude, double longitude)
{
    using namespace std::chrono;
    const sys_days day = floor<days>(sys_time<milliseconds>(milliseconds(utcMs)));
    const int doy = (day - sys_days(year_month_day(day).year() / January / 1)).count() + 1;
    const double minutes =
        static_cast<double>(utcMs - duration_cast<milliseconds>(day.time_since_epoch()).count()) /
        60000.0;
    const double g = 2 * std::numbers::pi / 365.0 * (doy - 1 + (minutes / 60.0 - 12) / 24.0);
    const double eqTime = 229.18 * (0.000075 + 0.001868 * std::cos(g) - 0.032077 * std::sin(g) -
                                    0.014615 * std::cos(2 * g) - 0.040849 * std::sin(2 * g));
    const double decl = 0.006918 - 0.399912 * std::cos(g) + 0.070257 * std::sin(g) -
                        0.006758 * std::cos(2 * g) + 0.000907 * std::sin(2 * g) -
                        0.002697 * std::cos(3 * g) + 0.00148 * std::sin(3 * g);
    const double trueSolarMinutes = minutes + eqTime + 4.0 * longitude;
    const double hourAngle = (trueSolarMinutes / 4.0 - 180.0) * kDeg;
    const double lat = latitude * kDeg;
    const double cosZ = std::clamp(
        std::sin(lat) * std::sin(decl) + std::cos(lat) * std::cos(decl) * std::cos(hourAngle), -1.0,
        1.0);
    SunPosition sun;
    sun.cosZenith = cosZ;
    sun.zenith = std::acos(cosZ) / kDeg;
    const double az = std::atan2(
        std::sin(hourAngle), std::cos(hourAngle) * std::sin(lat) - std::tan(decl) * std::cos(lat));
    sun.azimuth = std::fmod(az / kDeg + 180.0 + 360.0, 360.0);
    return sun;
}

}  // namespace pp::analytics
