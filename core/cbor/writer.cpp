#include "cbor/writer.h"

namespace pp::cbor {

void Writer::head(Major major, std::uint64_t argument)
{
    const auto mt = static_cast<std::uint8_t>(static_cast<std::uint8_t>(major) << 5);
    int extra = 0;
    if (argument < 24) {
        out_.append(static_cast<char>(mt | argument));
        return;
    }
    if (argument <= 0xff) {
        out_.append(static_cast<char>(mt | 24));
        extra = 1;
    } else if (argument <= 0xffff) {
        out_.append(static_cast<char>(mt | 25));
        extra = 2;
    } else if (argument <= 0xffffffffULL) {
        out_.append(static_cast<char>(mt | 26));
        extra = 4;
    } else {
        out_.append(static_cast<char>(mt | 27));
        extra = 8;
    }
    for (int i = extra - 1; i >= 0; --i)
        out_.append(static_cast<char>((argument >> (8 * i)) & 0xff));
}

void Writer::integer(std::int64_t v)
{
    if (v >= 0)
        head(Major::Unsigned, static_cast<std::uint64_t>(v));
    else
        head(Major::Negative, static_cast<std::uint64_t>(-(v + 1)));
}

void Writer::bytes(QByteArrayView b)
{
    head(Major::Bytes, static_cast<std::uint64_t>(b.size()));
    out_.append(b);
}

void Writer::text(QByteArrayView utf8)
{
    head(Major::Text, static_cast<std::uint64_t>(utf8.size()));
    out_.append(utf8);
}

void Writer::value(const Value& v)
{
    switch (v.type()) {
        case Value::Type::Unsigned:
            head(Major::Unsigned, v.argument());
            return;
        case Value::Type::Negative:
            head(Major::Negative, v.argument());
            return;
        case Value::Type::Bytes:
            bytes(v.byteString());
            return;
        case Value::Type::Text:
            text(v.byteString());
            return;
        case Value::Type::Array:
            beginArray(v.size());
            for (const Value& item : v.items())
                value(item);
            return;
        case Value::Type::Map:
            beginMap(v.size());
            for (const Value& item : v.items())  // flat key, value, key, value...
                value(item);
            return;
        case Value::Type::Tag:
            tag(v.argument());
            value(v.tagContent());
            return;
        case Value::Type::Simple:
            head(Major::Simple, v.argument());
            return;
    }
}

QByteArray encode(const Value& v)
{
    Writer w;
    w.value(v);
    return std::move(w).data();
}

}  // namespace pp::cbor
