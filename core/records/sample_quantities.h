#pragma once

#include "records/record_body.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace pp::records {

// A measured quantity of one sample, by name, in display units.
struct NamedQuantity
{
    QString name;                 // "W", "WH", "battery.soh", "vehicle.odometer", ...
    QString unit;                 // "W", "Wh", "%", "km", ... or empty
    std::optional<double> value;  // none when the device reports it not implemented or invalid
};

struct DecodedSample
{
    std::uint64_t timeMs = 0;
    std::vector<NamedQuantity> quantities;
};

// The samples of a batch record as named quantities: SunSpec points with their scale
// factors applied (and St, Evt1 raw), the ten battery fields, GB/T 32960 units (each
// packet at its own time). Samples that do not decode are skipped: only verified records,
// whose payloads decoded, are shown.
std::vector<DecodedSample> decodeSamples(const RecordBody& body);

}  // namespace pp::records
