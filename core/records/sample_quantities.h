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
    // Why there is no value when the device said why ("abnormal", "invalid": GB/T 32960's
    // markers), or a value that is no number (fault codes, a maker's unit in hex).
    QString text = {};
};

struct DecodedSample
{
    std::uint64_t timeMs = 0;
    std::vector<NamedQuantity> quantities;
};

// Summary: the quantities the analytics read. Full: for a vehicle, every field of every
// unit a packet carries (gbt32960::fields), for people reading one record.
enum class Detail { Summary, Full };

// The samples of a batch record as named quantities: SunSpec points with their scale
// factors applied (and St, Evt1 raw), the ten battery fields, GB/T 32960 units (each
// packet at its own time). Samples that do not decode are skipped (the record's MALFORMED
// findings name them).
std::vector<DecodedSample> decodeSamples(const RecordBody& body, Detail detail = Detail::Summary);

}  // namespace pp::records
