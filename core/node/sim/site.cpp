#include "node/sim/site.h"

#include <cmath>
#include <numbers>
#include <vector>

namespace pp::node::sim {

namespace {

// Cloudiness and haze follow each city's climate: the Jiangnan plum rains in June, the
// humid monsoon summers of the south, the dry clear sky of the north-west plateaus, the
// Sichuan basin's famous overcast. Turbidity is high in the hazy east, low at altitude.
// Yield ranges: China's solar resource zones (CMA), for an optimally tilted array.
// One site a row reads better than one number a line.
// clang-format off
constexpr std::array<Site, 10> kSites = {{
    {"wuxi", "Wuxi", 31.49, 120.31, 5,
     {4.2, 4.4, 4.8, 5.0, 5.2, 5.3, 5.2, 5.0, 4.6, 4.3, 4.2, 4.1},
     {0.65, 0.61, 0.61, 0.65, 0.65, 0.55, 0.71, 0.73, 0.67, 0.69, 0.65, 0.65},
     16.2, 12.5, 8.0, 1050, 1300, true, false},
    {"hangzhou", "Hangzhou", 30.27, 120.15, 10,
     {4.2, 4.4, 4.8, 5.0, 5.2, 5.3, 5.2, 5.0, 4.6, 4.3, 4.2, 4.1},
     {0.61, 0.58, 0.58, 0.63, 0.63, 0.53, 0.71, 0.73, 0.65, 0.68, 0.63, 0.63},
     17.0, 12.5, 8.0, 1000, 1250, true, true},
    {"shenzhen", "Shenzhen", 22.54, 114.06, 10,
     {3.8, 4.0, 4.2, 4.3, 4.2, 3.8, 3.6, 3.6, 3.8, 3.8, 3.8, 3.8},
     {0.66, 0.56, 0.52, 0.55, 0.58, 0.58, 0.66, 0.64, 0.66, 0.72, 0.72, 0.70},
     23.0, 7.5, 7.0, 1050, 1300, true, true},
    {"yinchuan", "Yinchuan", 38.49, 106.23, 1110,
     {2.6, 2.8, 3.2, 3.4, 3.4, 3.4, 3.4, 3.2, 3.0, 2.8, 2.6, 2.6},
     {0.84, 0.82, 0.78, 0.80, 0.82, 0.82, 0.80, 0.80, 0.78, 0.82, 0.84, 0.84},
     9.5, 16.0, 13.0, 1450, 1700, true, false},
    {"xining", "Xining", 36.62, 101.78, 2275,
     {2.2, 2.4, 2.8, 3.0, 3.0, 3.0, 3.0, 2.9, 2.7, 2.4, 2.2, 2.2},
     {0.84, 0.80, 0.76, 0.76, 0.76, 0.72, 0.72, 0.74, 0.72, 0.80, 0.84, 0.86},
     6.0, 12.0, 14.0, 1500, 1750, true, false},
    {"beijing", "Beijing", 39.90, 116.41, 50,
     {3.6, 3.8, 4.4, 4.6, 4.6, 4.8, 4.8, 4.6, 4.2, 4.0, 3.6, 3.6},
     {0.88, 0.86, 0.82, 0.82, 0.82, 0.76, 0.68, 0.72, 0.80, 0.84, 0.84, 0.86},
     12.5, 15.0, 11.0, 1200, 1450, true, true},
    {"hohhot", "Hohhot", 40.84, 111.75, 1060,
     {2.6, 2.8, 3.2, 3.4, 3.4, 3.4, 3.4, 3.2, 3.0, 2.8, 2.6, 2.6},
     {0.82, 0.80, 0.76, 0.78, 0.80, 0.78, 0.74, 0.76, 0.78, 0.80, 0.82, 0.82},
     7.0, 17.0, 13.0, 1400, 1650, true, false},
    {"chengdu", "Chengdu", 30.57, 104.07, 500,
     {4.6, 4.8, 5.0, 5.0, 5.0, 4.8, 4.6, 4.6, 4.6, 4.6, 4.6, 4.6},
     {0.40, 0.44, 0.48, 0.54, 0.56, 0.54, 0.58, 0.60, 0.46, 0.40, 0.40, 0.38},
     16.5, 10.5, 7.0, 850, 1100, true, true},
    {"wuhan", "Wuhan", 30.59, 114.31, 25,
     {4.4, 4.6, 5.0, 5.0, 5.0, 5.0, 4.8, 4.6, 4.6, 4.4, 4.4, 4.4},
     {0.59, 0.57, 0.57, 0.63, 0.65, 0.59, 0.73, 0.75, 0.67, 0.65, 0.63, 0.61},
     17.0, 13.5, 8.0, 1000, 1250, false, true},
    {"shanghai", "Shanghai", 31.23, 121.47, 5,
     {4.2, 4.4, 4.8, 5.0, 5.2, 5.3, 5.2, 5.0, 4.6, 4.3, 4.2, 4.1},
     {0.65, 0.61, 0.61, 0.65, 0.65, 0.55, 0.71, 0.73, 0.67, 0.69, 0.65, 0.65},
     17.0, 12.0, 7.0, 1050, 1300, false, true},
}};
// clang-format on

std::vector<const Site*> select(bool Site::*flag)
{
    std::vector<const Site*> out;
    for (const Site& s : kSites)
        if (s.*flag)
            out.push_back(&s);
    return out;
}

}  // namespace

std::span<const Site> sites()
{
    return kSites;
}

std::span<const Site* const> pvSites()
{
    static const std::vector<const Site*> list = select(&Site::pvSite);
    return list;
}

std::span<const Site* const> depotSites()
{
    static const std::vector<const Site*> list = select(&Site::depotSite);
    return list;
}

double climateTemperature(const Site& site, int dayOfYear, double localHour)
{
    // Seasons lag the solstices by about four weeks.
    const double season = -std::cos(2 * std::numbers::pi * (dayOfYear - 16) / 365.0);
    const double daily = std::cos(2 * std::numbers::pi * (localHour - 15.0) / 24.0);
    return site.meanTempC + site.seasonalSwingC * season + site.dailyRangeC / 2 * daily;
}

}  // namespace pp::node::sim
