#pragma once

#include "cbor/value.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

namespace pp::cbor {

// Major types of RFC 8949 §3.1.
enum class Major : std::uint8_t {
    Unsigned = 0,
    Negative = 1,
    Bytes = 2,
    Text = 3,
    Array = 4,
    Map = 5,
    Tag = 6,
    Simple = 7
};

// Streams deterministic CBOR (RFC 8949 §4.2.1): every head in its shortest form and every
// length definite. Hot paths (signature structures, headers) use it directly instead of
// building a Value tree. Map entries must be written in sorted key order by the caller.
class Writer
{
public:
    void head(Major major, std::uint64_t argument);
    void unsignedInt(std::uint64_t v) { head(Major::Unsigned, v); }
    void integer(std::int64_t v);
    void bytes(QByteArrayView b);
    void text(QByteArrayView utf8);
    void beginArray(std::uint64_t n) { head(Major::Array, n); }
    void beginMap(std::uint64_t entries) { head(Major::Map, entries); }
    void tag(std::uint64_t number) { head(Major::Tag, number); }
    // Room for `bytes` in all, when the caller knows the size: one allocation, not several.
    void reserve(qsizetype bytes) { out_.reserve(bytes); }
    // Appends bytes that are already one encoded item.
    void raw(QByteArrayView encoded) { out_.append(encoded); }
    void value(const Value& v);

    const QByteArray& data() const& { return out_; }
    QByteArray data() && { return std::move(out_); }

private:
    QByteArray out_;
};

QByteArray encode(const Value& v);

}  // namespace pp::cbor
