#pragma once

#include <cstdint>

namespace pp::valuation {

// The reference yield (kWh/kWp, i.e. kWh/m² of irradiation over the 1 kW/m² of STC) a
// clear sky gives a horizontal plane at a site on one day (UTC+8), by Haurwitz's model
// (GHI = 1098 · cos z · e^(−0.057/cos z) W/m²) at quarter-hour steps of the sun's
// position. Registrations give a site, not the array's tilt, so it is the horizontal
// figure: a yardstick for a station's year against its site, not an expectation of it.
double clearSkyYield(std::int64_t day, double latitude, double longitude);

}  // namespace pp::valuation
