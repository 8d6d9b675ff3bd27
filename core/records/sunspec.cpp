#include "records/sunspec.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <string_view>

namespace pp::records::sunspec {

namespace {

using T = PointType;

// The layout of SunSpec models 101/102/103 (checked point by point against the published
// model definitions by tst_sunspec).
constexpr std::array<Point, 45> kPoints = {{
    {"ID", 0, T::Uint16, nullptr, nullptr},
    {"L", 1, T::Uint16, nullptr, nullptr},
    {"A", 2, T::Uint16, "A_SF", "A"},
    {"AphA", 3, T::Uint16, "A_SF", "A"},
    {"AphB", 4, T::Uint16, "A_SF", "A"},
    {"AphC", 5, T::Uint16, "A_SF", "A"},
    {"A_SF", 6, T::Sunssf, nullptr, nullptr},
    {"PPVphAB", 7, T::Uint16, "V_SF", "V"},
    {"PPVphBC", 8, T::Uint16, "V_SF", "V"},
    {"PPVphCA", 9, T::Uint16, "V_SF", "V"},
    {"PhVphA", 10, T::Uint16, "V_SF", "V"},
    {"PhVphB", 11, T::Uint16, "V_SF", "V"},
    {"PhVphC", 12, T::Uint16, "V_SF", "V"},
    {"V_SF", 13, T::Sunssf, nullptr, nullptr},
    {"W", 14, T::Int16, "W_SF", "W"},
    {"W_SF", 15, T::Sunssf, nullptr, nullptr},
    {"Hz", 16, T::Uint16, "Hz_SF", "Hz"},
    {"Hz_SF", 17, T::Sunssf, nullptr, nullptr},
    {"VA", 18, T::Int16, "VA_SF", "VA"},
    {"VA_SF", 19, T::Sunssf, nullptr, nullptr},
    {"VAr", 20, T::Int16, "VAr_SF", "var"},
    {"VAr_SF", 21, T::Sunssf, nullptr, nullptr},
    {"PF", 22, T::Int16, "PF_SF", "Pct"},
    {"PF_SF", 23, T::Sunssf, nullptr, nullptr},
    {"WH", 24, T::Acc32, "WH_SF", "Wh"},
    {"WH_SF", 26, T::Sunssf, nullptr, nullptr},
    {"DCA", 27, T::Uint16, "DCA_SF", "A"},
    {"DCA_SF", 28, T::Sunssf, nullptr, nullptr},
    {"DCV", 29, T::Uint16, "DCV_SF", "V"},
    {"DCV_SF", 30, T::Sunssf, nullptr, nullptr},
    {"DCW", 31, T::Int16, "DCW_SF", "W"},
    {"DCW_SF", 32, T::Sunssf, nullptr, nullptr},
    {"TmpCab", 33, T::Int16, "Tmp_SF", "C"},
    {"TmpSnk", 34, T::Int16, "Tmp_SF", "C"},
    {"TmpTrns", 35, T::Int16, "Tmp_SF", "C"},
    {"TmpOt", 36, T::Int16, "Tmp_SF", "C"},
    {"Tmp_SF", 37, T::Sunssf, nullptr, nullptr},
    {"St", 38, T::Enum16, nullptr, nullptr},
    {"StVnd", 39, T::Enum16, nullptr, nullptr},
    {"Evt1", 40, T::Bitfield32, nullptr, nullptr},
    {"Evt2", 42, T::Bitfield32, nullptr, nullptr},
    {"EvtVnd1", 44, T::Bitfield32, nullptr, nullptr},
    {"EvtVnd2", 46, T::Bitfield32, nullptr, nullptr},
    {"EvtVnd3", 48, T::Bitfield32, nullptr, nullptr},
    {"EvtVnd4", 50, T::Bitfield32, nullptr, nullptr},
}};

// The layout of the float models 111/112/113: the same points at float32 (two registers),
// St and StVnd as enum16, the event fields as bitfield32.
constexpr std::array<Point, 33> kFloatPoints = {{
    {"ID", 0, T::Uint16, nullptr, nullptr},
    {"L", 1, T::Uint16, nullptr, nullptr},
    {"A", 2, T::Float32, nullptr, "A"},
    {"AphA", 4, T::Float32, nullptr, "A"},
    {"AphB", 6, T::Float32, nullptr, "A"},
    {"AphC", 8, T::Float32, nullptr, "A"},
    {"PPVphAB", 10, T::Float32, nullptr, "V"},
    {"PPVphBC", 12, T::Float32, nullptr, "V"},
    {"PPVphCA", 14, T::Float32, nullptr, "V"},
    {"PhVphA", 16, T::Float32, nullptr, "V"},
    {"PhVphB", 18, T::Float32, nullptr, "V"},
    {"PhVphC", 20, T::Float32, nullptr, "V"},
    {"W", 22, T::Float32, nullptr, "W"},
    {"Hz", 24, T::Float32, nullptr, "Hz"},
    {"VA", 26, T::Float32, nullptr, "VA"},
    {"VAr", 28, T::Float32, nullptr, "var"},
    {"PF", 30, T::Float32, nullptr, "Pct"},
    {"WH", 32, T::Float32, nullptr, "Wh"},
    {"DCA", 34, T::Float32, nullptr, "A"},
    {"DCV", 36, T::Float32, nullptr, "V"},
    {"DCW", 38, T::Float32, nullptr, "W"},
    {"TmpCab", 40, T::Float32, nullptr, "C"},
    {"TmpSnk", 42, T::Float32, nullptr, "C"},
    {"TmpTrns", 44, T::Float32, nullptr, "C"},
    {"TmpOt", 46, T::Float32, nullptr, "C"},
    {"St", 48, T::Enum16, nullptr, nullptr},
    {"StVnd", 49, T::Enum16, nullptr, nullptr},
    {"Evt1", 50, T::Bitfield32, nullptr, nullptr},
    {"Evt2", 52, T::Bitfield32, nullptr, nullptr},
    {"EvtVnd1", 54, T::Bitfield32, nullptr, nullptr},
    {"EvtVnd2", 56, T::Bitfield32, nullptr, nullptr},
    {"EvtVnd3", 58, T::Bitfield32, nullptr, nullptr},
    {"EvtVnd4", 60, T::Bitfield32, nullptr, nullptr},
}};
// SunSpec's float "not implemented": a quiet NaN; any NaN is taken as it.
constexpr std::uint32_t kFloatNotImplemented = 0x7fc00000;

// Each point's name length and scale factor point, worked out at compile time: the light
// node asks value() of every PV sample it checks, and strlen and strcmp over the table
// took 1.4 % of the CPU of a sync of PV stations.
template <std::size_t N>
constexpr std::array<qsizetype, N> nameLengths(const std::array<Point, N>& points)
{
    std::array<qsizetype, N> out{};
    for (std::size_t i = 0; i < N; ++i)
        out[i] = static_cast<qsizetype>(std::string_view(points[i].name).size());
    return out;
}
constexpr auto kNameLengths = nameLengths(kPoints);
constexpr auto kFloatNameLengths = nameLengths(kFloatPoints);
constexpr auto kScaleFactorPoints = [] {
    std::array<const Point*, kPoints.size()> out{};
    for (std::size_t i = 0; i < kPoints.size(); ++i) {
        for (const Point& sf : kPoints) {
            if (kPoints[i].scaleFactor != nullptr &&
                std::string_view(sf.name) == kPoints[i].scaleFactor)
                out[i] = &sf;
        }
    }
    return out;
}();

constexpr int kMaxScaleExponent = 10;

bool isWide(PointType t)
{
    return t == T::Acc32 || t == T::Bitfield32 || t == T::Float32;
}

// SunSpec's "not implemented" value of each type.
std::uint32_t sentinel(PointType t)
{
    switch (t) {
        case T::Int16:
        case T::Sunssf:
            return 0x8000;
        case T::Acc32:
            return 0;
        case T::Bitfield32:
            return 0xffffffff;
        case T::Float32:
            return kFloatNotImplemented;
        default:
            return 0xffff;
    }
}

std::uint32_t readRegisters(const QByteArray& block, const Point& p)
{
    const auto* b =
        reinterpret_cast<const std::uint8_t*>(block.constData()) + qsizetype{2} * p.offset;
    std::uint32_t v = (std::uint32_t{b[0]} << 8) | b[1];
    if (isWide(p.type))
        v = (v << 16) | (std::uint32_t{b[2]} << 8) | b[3];
    return v;
}

void writeRegisters(QByteArray& block, const Point& p, std::uint32_t v)
{
    char* b = block.data() + qsizetype{2} * p.offset;
    if (isWide(p.type)) {
        b[0] = static_cast<char>(v >> 24);
        b[1] = static_cast<char>(v >> 16);
        b += 2;
    }
    b[0] = static_cast<char>((v >> 8) & 0xff);
    b[1] = static_cast<char>(v & 0xff);
}

std::int32_t asSigned16(std::uint32_t v)
{
    return static_cast<std::int16_t>(static_cast<std::uint16_t>(v));
}

Error malformed(const char* code, const char* text, QStringList args = {})
{
    return Error(ErrorKind::Malformed, code, text, std::move(args))
        .within(QT_TRANSLATE_NOOP("Error", "SunSpec block"));
}

}  // namespace

std::span<const Point> inverterPoints(bool floatModel)
{
    return floatModel ? std::span<const Point>(kFloatPoints) : std::span<const Point>(kPoints);
}

const Point* findPoint(QStringView name, bool floatModel)
{
    const std::span<const Point> points = inverterPoints(floatModel);
    const qsizetype* lengths = floatModel ? kFloatNameLengths.data() : kNameLengths.data();
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (name == QLatin1String(points[i].name, lengths[i]))
            return &points[i];
    }
    return nullptr;
}

static const Point* findPointByLatin1(const char* name, bool floatModel)
{
    for (const Point& p : inverterPoints(floatModel)) {
        if (qstrcmp(p.name, name) == 0)
            return &p;
    }
    return nullptr;
}

Result<InverterBlock> InverterBlock::decode(QByteArrayView bytes)
{
    const bool floats = bytes.size() == qsizetype{2} * kFloatBlockRegisters;
    if (bytes.size() != qsizetype{2} * kBlockRegisters && !floats) {
        return malformed(
            "sunspec.size",
            QT_TRANSLATE_NOOP("Error",
                              "must be 104 bytes (models 101-103) or 124 (models 111-113), not %1"),
            {QString::number(bytes.size())});
    }
    InverterBlock b;
    b.block_ = bytes.toByteArray();
    const std::uint32_t id = readRegisters(b.block_, kPoints[0]);
    const std::uint32_t first = floats ? 111 : 101;
    if (id < first || id > first + 2) {
        return malformed(
            "sunspec.model",
            floats ? QT_TRANSLATE_NOOP("Error",
                                       "model %1 of 124 bytes is not an inverter model 111-113")
                   : QT_TRANSLATE_NOOP("Error",
                                       "model %1 of 104 bytes is not an inverter model 101-103"),
            {QString::number(id)});
    }
    const std::uint32_t length = floats ? kFloatModelLength : kModelLength;
    if (const std::uint32_t len = readRegisters(b.block_, kPoints[1]); len != length) {
        return malformed("sunspec.length",
                         QT_TRANSLATE_NOOP("Error", "model %1 has length %2, not %3"),
                         {QString::number(id), QString::number(len), QString::number(length)});
    }
    for (const Point& p : kPoints) {
        if (floats || p.type != T::Sunssf)
            continue;
        const std::uint32_t raw = readRegisters(b.block_, p);
        const std::int32_t exponent = asSigned16(raw);
        if (raw != sentinel(T::Sunssf) && std::abs(exponent) > kMaxScaleExponent) {
            return malformed("sunspec.scale-factor",
                             QT_TRANSLATE_NOOP("Error", "scale factor %1 = %2 is outside -10..10"),
                             {QLatin1String(p.name), QString::number(exponent)});
        }
    }
    b.model_ = static_cast<int>(id);
    return b;
}

// A float32 as the decimal it stands for: the shortest that reads back as the same float
// (50.0024, not 50.002403259277344), as a double.
static double decimalOf(float f)
{
    char text[32];
    const auto written = std::to_chars(text, text + sizeof text, f);
    double out = f;
    std::from_chars(text, written.ptr, out);
    return out;
}

// The register value, or nothing for SunSpec's not-implemented sentinel.
static std::optional<std::uint32_t> implemented(const QByteArray& block, const Point* p)
{
    // An empty block stands in for a sample that did not decode (records/payload.h).
    if (p == nullptr || block.isEmpty())
        return std::nullopt;
    const std::uint32_t v = readRegisters(block, *p);
    if (v == sentinel(p->type))
        return std::nullopt;
    if (p->type == T::Float32 && std::isnan(std::bit_cast<float>(v)))
        return std::nullopt;
    return v;
}

std::optional<std::uint32_t> InverterBlock::raw(QStringView point) const
{
    return implemented(block_, findPoint(point, floatModel()));
}

std::optional<double> InverterBlock::value(QStringView point) const
{
    if (floatModel()) {
        const Point* p = findPoint(point, true);
        if (p == nullptr || p->type != T::Float32)
            return std::nullopt;
        const auto v = implemented(block_, p);
        if (!v || std::isinf(std::bit_cast<float>(*v)))
            return std::nullopt;
        return decimalOf(std::bit_cast<float>(*v));
    }
    const Point* p = findPoint(point);
    if (p == nullptr || p->scaleFactor == nullptr)
        return std::nullopt;
    const auto v = implemented(block_, p);
    const auto sf =
        implemented(block_, kScaleFactorPoints[static_cast<std::size_t>(p - kPoints.data())]);
    if (!v || !sf)
        return std::nullopt;
    const double base = p->type == T::Int16 ? asSigned16(*v) : static_cast<double>(*v);
    // Divided for a negative exponent: 2292 at 10^-1 is 229.2, not 229.20000000000002.
    const std::int32_t exponent = asSigned16(*sf);
    return exponent < 0 ? base / std::pow(10.0, -exponent) : base * std::pow(10.0, exponent);
}

QByteArray encodeInverterBlock(int model, const std::vector<PointValue>& values,
                               const std::vector<std::pair<const char*, int>>& scaleFactors)
{
    const bool floats = model >= 111;
    const std::span<const Point> points = inverterPoints(floats);
    QByteArray block(qsizetype{2} * (floats ? kFloatBlockRegisters : kBlockRegisters),
                     Qt::Uninitialized);
    for (const Point& p : points)
        writeRegisters(block, p, sentinel(p.type));
    writeRegisters(block, points[0], static_cast<std::uint32_t>(model));
    writeRegisters(block, points[1], floats ? kFloatModelLength : kModelLength);
    const auto exponentOf = [&](const char* sfName) -> std::optional<int> {
        for (const auto& [name, exponent] : scaleFactors) {
            if (qstrcmp(name, sfName) == 0)
                return exponent;
        }
        return std::nullopt;
    };
    for (const auto& [name, exponent] : scaleFactors) {
        if (const Point* p = findPointByLatin1(name, floats))
            writeRegisters(block, *p, static_cast<std::uint16_t>(exponent));
    }
    for (const PointValue& pv : values) {
        const Point* p = findPointByLatin1(pv.name, floats);
        if (p == nullptr)
            continue;
        if (p->type == T::Float32) {
            writeRegisters(block, *p, std::bit_cast<std::uint32_t>(static_cast<float>(pv.value)));
            continue;
        }
        const auto exponent = p->scaleFactor ? exponentOf(p->scaleFactor) : std::optional<int>(0);
        const double scaled = std::round(pv.value / std::pow(10.0, exponent.value_or(0)));
        // Clamped to the register's range, short of the not-implemented sentinel.
        std::uint32_t rawValue = 0;
        if (p->type == T::Int16) {
            const auto v = static_cast<std::int16_t>(std::clamp(scaled, -32767.0, 32767.0));
            rawValue = static_cast<std::uint16_t>(v);
        } else if (isWide(p->type)) {
            rawValue = static_cast<std::uint32_t>(std::clamp(scaled, 0.0, 4294967294.0));
        } else {
            rawValue = static_cast<std::uint32_t>(std::clamp(scaled, 0.0, 65534.0));
        }
        writeRegisters(block, *p, rawValue);
    }
    return block;
}

}  // namespace pp::records::sunspec
