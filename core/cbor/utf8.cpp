#include "cbor/utf8.h"

#include <cstdint>

namespace pp::cbor {

qsizetype firstInvalidUtf8(QByteArrayView s)
{
    const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const std::uint8_t c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        std::uint8_t lo = 0x80, hi = 0xbf;  // allowed range of the second byte
        if (c >= 0xc2 && c <= 0xdf) {
            len = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            len = 3;
            if (c == 0xe0)
                lo = 0xa0;  // overlong
            if (c == 0xed)
                hi = 0x9f;  // surrogates
        } else if (c >= 0xf0 && c <= 0xf4) {
            len = 4;
            if (c == 0xf0)
                lo = 0x90;  // overlong
            if (c == 0xf4)
                hi = 0x8f;  // above U+10FFFF
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        if (p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (int k = 2; k < len; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return i;
        }
        i += len;
    }
    return -1;
}

}  // namespace pp::cbor
