#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace pp {

// A 32-byte digest: both of the protocol's hashes (SHA-256, SM3) are 32 bytes long.
using Digest = std::array<std::uint8_t, 32>;

inline QByteArrayView view(const Digest& d)
{
    return {d.data(), static_cast<qsizetype>(d.size())};
}
inline QByteArray toByteArray(const Digest& d)
{
    return view(d).toByteArray();
}
std::optional<Digest> digestFromBytes(QByteArrayView bytes);

// Lower-case hex without separators.
QString toHex(QByteArrayView bytes);
inline QString toHex(const Digest& d)
{
    return toHex(view(d));
}
// Strict hex: an even number of [0-9a-fA-F] digits and nothing else (no spaces, no 0x).
std::optional<QByteArray> fromHex(QStringView hex);

// Strict unsigned decimal in [0, 2^64-1]: digits only, no sign, no spaces, no overflow.
std::optional<std::uint64_t> parseUInt64(QStringView text);

// Reads a big-endian unsigned integer of N bytes; the caller checks the length.
inline std::uint64_t readBigEndian(const std::uint8_t* p, int n)
{
    std::uint64_t v = 0;
    for (int i = 0; i < n; ++i)
        v = (v << 8) | p[i];
    return v;
}

}  // namespace pp
