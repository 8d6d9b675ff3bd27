#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace pp::records::sunspec {

// SunSpec inverter models 101 (single phase), 102 (split phase) and 103 (three phase)
// share one 52-register layout: ID, L = 50, then the points below, big-endian, as read
// over Modbus (spec §7, type 10 samples).
enum class PointType : std::uint8_t { Uint16, Int16, Acc32, Enum16, Bitfield32, Sunssf };

struct Point
{
    const char* name;
    std::uint16_t offset;  // in registers from the start of the block (ID is 0)
    PointType type;
    const char* scaleFactor;  // the name of the point holding its scale factor, or null
    const char* unit;         // SunSpec's unit, or null
};

inline constexpr int kBlockRegisters = 52;
inline constexpr int kModelLength = 50;

std::span<const Point> inverterPoints();
const Point* findPoint(QStringView name);

// One decoded block: raw register values and the scaled value of each point, or nothing
// where the device reports the point as not implemented (SunSpec's sentinel values).
class InverterBlock
{
public:
    // Checks ID ∈ {101, 102, 103}, L = 50 and that every scale factor is implemented-or-
    // sentinel and within ±10; errors name the point ("sunspec.*").
    static Result<InverterBlock> decode(QByteArrayView block);

    int model() const { return model_; }
    // The point's value with its scale factor applied (W, Wh, V, A, Hz, °C ...).
    std::optional<double> value(QStringView point) const;
    // The unscaled register value (for enums, bitfields and the WH accumulator).
    std::optional<std::uint32_t> raw(QStringView point) const;

private:
    int model_ = 0;
    QByteArray block_;
};

// Builds a block from scaled values; points not given are left not implemented. Used by
// the device simulator; each value is rounded to its point's scale factor.
struct PointValue
{
    const char* name;
    double value;
};
QByteArray encodeInverterBlock(int model, const std::vector<PointValue>& values,
                               const std::vector<std::pair<const char*, int>>& scaleFactors);

}  // namespace pp::records::sunspec
