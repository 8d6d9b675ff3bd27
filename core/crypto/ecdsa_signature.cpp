#include "crypto/ecdsa_signature.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace pp::crypto {

namespace {

constexpr int kScalar = 32;

// The order n of P-256 and floor(n/2), big-endian.
constexpr std::array<std::uint8_t, kScalar> kP256Order = {
    0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xbc, 0xe6, 0xfa, 0xad, 0xa7, 0x17, 0x9e, 0x84, 0xf3, 0xb9, 0xca, 0xc2, 0xfc, 0x63, 0x25, 0x51};
constexpr std::array<std::uint8_t, kScalar> kP256HalfOrder = {
    0x7f, 0xff, 0xff, 0xff, 0x80, 0x00, 0x00, 0x00, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xde, 0x73, 0x7d, 0x56, 0xd3, 0x8b, 0xcf, 0x42, 0x79, 0xdc, 0xe5, 0x61, 0x7e, 0x31, 0x92, 0xa8};

const std::uint8_t* u8(QByteArrayView v)
{
    return reinterpret_cast<const std::uint8_t*>(v.data());
}

void appendDerInteger(QByteArray& out, const std::uint8_t* scalar)
{
    int skip = 0;
    while (skip < kScalar - 1 && scalar[skip] == 0)
        ++skip;
    const bool pad = (scalar[skip] & 0x80) != 0;  // keep the INTEGER non-negative
    out.append(char(0x02));
    out.append(static_cast<char>(kScalar - skip + (pad ? 1 : 0)));
    if (pad)
        out.append(char(0x00));
    out.append(reinterpret_cast<const char*>(scalar + skip), kScalar - skip);
}

// Reads one minimal, non-negative DER INTEGER of at most 32 significant bytes into
// `scalar` (left-padded), advancing `pos`.
bool readDerInteger(QByteArrayView der, qsizetype& pos, std::uint8_t* scalar)
{
    if (pos + 2 > der.size() || u8(der)[pos] != 0x02)
        return false;
    const qsizetype len = u8(der)[pos + 1];
    pos += 2;
    if (len == 0 || len >= 0x80 || pos + len > der.size())
        return false;
    const std::uint8_t* p = u8(der) + pos;
    if ((p[0] & 0x80) != 0)
        return false;  // negative
    if (len > 1 && p[0] == 0 && (p[1] & 0x80) == 0)
        return false;  // non-minimal leading zero
    const qsizetype significant = (p[0] == 0 && len > 1) ? len - 1 : len;
    if (significant > kScalar)
        return false;
    std::memset(scalar, 0, kScalar);
    std::memcpy(scalar + kScalar - significant, p + len - significant,
                static_cast<size_t>(significant));
    pos += len;
    return true;
}

}  // namespace

QByteArray rawSignatureToDer(QByteArrayView rawRs)
{
    QByteArray body;
    body.reserve(qsizetype{2} * (kScalar + 3));
    appendDerInteger(body, u8(rawRs));
    appendDerInteger(body, u8(rawRs) + kScalar);
    QByteArray der;
    der.reserve(body.size() + 2);
    der.append(char(0x30));
    der.append(static_cast<char>(body.size()));  // at most 70: short form
    der.append(body);
    return der;
}

std::optional<QByteArray> derSignatureToRaw(QByteArrayView der)
{
    if (der.size() < 2 || u8(der)[0] != 0x30)
        return std::nullopt;
    const qsizetype len = u8(der)[1];
    // The longest valid body is 70 bytes, so only the short length form is minimal.
    if (len >= 0x80 || 2 + len != der.size())
        return std::nullopt;
    QByteArray raw(qsizetype{2} * kScalar, Qt::Uninitialized);
    auto* out = reinterpret_cast<std::uint8_t*>(raw.data());
    qsizetype pos = 2;
    if (!readDerInteger(der, pos, out) || !readDerInteger(der, pos, out + kScalar))
        return std::nullopt;
    if (pos != der.size())
        return std::nullopt;
    return raw;
}

bool isHighS(QByteArrayView rawRs)
{
    return std::memcmp(u8(rawRs) + kScalar, kP256HalfOrder.data(), kScalar) > 0;
}

void normalizeLowS(QByteArray& rawRs)
{
    if (!isHighS(rawRs))
        return;
    auto* s = reinterpret_cast<std::uint8_t*>(rawRs.data()) + kScalar;
    int borrow = 0;
    for (int i = kScalar - 1; i >= 0; --i) {
        const int d = int(kP256Order[i]) - int(s[i]) - borrow;
        borrow = d < 0 ? 1 : 0;
        s[i] = static_cast<std::uint8_t>(d + (borrow << 8));
    }
}

}  // namespace pp::crypto
