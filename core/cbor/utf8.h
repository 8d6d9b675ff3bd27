#pragma once

#include <QByteArrayView>

namespace pp::cbor {

// Offset of the first byte that is not well-formed UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or -1 when all of `s` is well-formed.
qsizetype firstInvalidUtf8(QByteArrayView s);

}  // namespace pp::cbor
