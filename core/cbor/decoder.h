#pragma once

#include "cbor/value.h"
#include "common/result.h"

#include <QByteArrayView>

#include <cstdint>
#include <initializer_list>
#include <map>
#include <vector>

namespace pp::cbor {

// Bounds that keep a hostile input from exhausting the stack or memory.
struct DecodeLimits
{
    int maxDepth = 16;                  // nested arrays, maps and tags
    std::uint64_t maxItems = 1u << 20;  // data items in the whole input
    qsizetype maxBytes = qsizetype{64} * 1024 * 1024;
    std::vector<std::uint64_t> allowedTags = {18};  // spec §2: only COSE_Sign1
};

// Decodes exactly one data item that fills `data` and is in core deterministic encoding
// (RFC 8949 §4.2.1). Anything else is an error naming what is wrong and at which byte
// offset: non-shortest heads, indefinite lengths, reserved additional information,
// floats, simple values other than false/true/null, tags not in allowedTags, map keys
// out of bytewise order or repeated, invalid UTF-8, nesting or size beyond the limits,
// truncation and trailing bytes. Error codes are "cbor.<what>".
Result<Value> decode(QByteArrayView data, const DecodeLimits& limits = {});

// Encoded arrays by the integer key they stand under in a top-level map.
using RawArrays = std::map<std::int64_t, QByteArrayView>;

// Decodes like decode(), except that the arrays under integer keys `keys` of the top-level
// map are checked by the same rules but not built: each stands in the result as an empty
// array, and `raw` maps its key to its encoded bytes (a view into `data`). For a structure
// whose bulk the caller reads with a Reader into typed values. A key whose value is not an
// array is built as decode() builds it and is not in `raw`.
Result<Value> decodeLeavingArrays(QByteArrayView data, std::initializer_list<std::int64_t> keys,
                                  RawArrays& raw, const DecodeLimits& limits = {});

}  // namespace pp::cbor
