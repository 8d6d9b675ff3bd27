#include "common/bytes.h"

#include <cstring>

namespace pp {

std::optional<Digest> digestFromBytes(QByteArrayView bytes)
{
    Digest d{};
    if (bytes.size() != static_cast<qsizetype>(d.size()))
        return std::nullopt;
    std::memcpy(d.data(), bytes.data(), d.size());
    return d;
}

QString toHex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

static int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

std::optional<QByteArray> fromHex(QStringView hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    QByteArray out(hex.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const int hi = hexValue(hex[2 * i].unicode());
        const int lo = hexValue(hex[2 * i + 1].unicode());
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out[i] = static_cast<char>((hi << 4) | lo);
    }
    return out;
}

std::optional<std::uint64_t> parseUInt64(QStringView text)
{
    if (text.isEmpty() || text.size() > 20)
        return std::nullopt;
    std::uint64_t v = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        const std::uint64_t digit = c.unicode() - u'0';
        if (v > (UINT64_MAX - digit) / 10)
            return std::nullopt;
        v = v * 10 + digit;
    }
    return v;
}

}  // namespace pp
