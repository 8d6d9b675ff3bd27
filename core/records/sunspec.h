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
// over Modbus (spec §7, type 10 samples). Their float twins 111, 112 and 113 share
// another of 62 registers, ID, L = 60, the same points as float32 and no scale factors.
enum class PointType : std::uint8_t { Uint16, Int16, Acc32, Enum16, Bitfield32, Sunssf, Float32 };

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
inline constexpr int kFloatBlockRegisters = 62;
inline constexpr int kFloatModelLength = 60;

// The points of models 101-103 (with their scale factors), or of 111-113.
std::span<const Point> inverterPoints(bool floatModel = false);
const Point* findPoint(QStringView name, bool floatModel = false);

// One decoded block: raw register values and the scaled value of each point, or nothing
// where the device reports the point as not implemented (SunSpec's sentinel values).
class InverterBlock
{
public:
    // Checks ID ∈ {101, 102, 103} with L = 50 and every scale factor implemented-or-
    // sentinel and within ±10, or ID ∈ {111, 112, 113} with L = 60; errors name the point
    // ("sunspec.*").
    static Result<InverterBlock> decode(QByteArrayView block);

    int model() const { return model_; }
    bool floatModel() const { return model_ >= 111; }
    // The point's value with its scale factor applied (W, Wh, V, A, Hz, °C ...); of a
    // float model, the float. Not implemented (SunSpec's sentinels: 0x8000, 0xFFFF, 0 for
    // an accumulator, 0xFFFFFFFF, a scale factor of 0x8000, NaN): no value.
    std::optional<double> value(QStringView point) const;
    // The unscaled register value (for enums, bitfields and the WH accumulator).
    std::optional<std::uint32_t> raw(QStringView point) const;

private:
    int model_ = 0;
    QByteArray block_;
};

// Builds a block from scaled values; points not given are left not implemented. Used by
// the device simulator; each value is rounded to its point's scale factor (models
// 101-103) or kept as a float (111-113, which have no scale factors).
struct PointValue
{
    const char* name;
    double value;
};
QByteArray encodeInverterBlock(int model, const std::vector<PointValue>& values,
                               const std::vector<std::pair<const char*, int>>& scaleFactors);

}  // namespace pp::records::sunspec
