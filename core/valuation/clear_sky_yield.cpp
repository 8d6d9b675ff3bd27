#include "valuation/clear_sky_yield.h"

#include "analytics/daily_summary.h"
#include "analytics/sun_position.h"

#include <cmath>

namespace pp::valuation {

double clearSkyYield(std::int64_t day, double latitude, double longitude)
{
    constexpr std::int64_t kStepMs = std::int64_t{15} * 60'000;
    double wh = 0;
    for (std::int64_t t = analytics::dayStartMs(day) + kStepMs / 2;
         t < analytics::dayStartMs(day + 1); t += kStepMs) {
        const analytics::SunPosition sun = analytics::sunPosition(t, latitude, longitude);
        if (sun.cosZenith > 0)
            wh += 1098 * sun.cosZenith * std::exp(-0.057 / sun.cosZenith) * 0.25;
    }
    return wh / 1000;
}

}  // namespace pp::valuation
