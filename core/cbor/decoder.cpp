#include "cbor/decoder.h"

#include "cbor/reader.h"
#include "cbor/utf8.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <optional>

namespace pp::cbor {

// The decoder is a friend of Value so that it can fill containers in place. With a null
// `out` it checks an item without building it.
class Decoder
{
public:
    Decoder(QByteArrayView data, const DecodeLimits& limits) : reader_(data), limits_(limits) {}

    // The arrays under `keys` of the top-level map are checked but not built
    // (decodeLeavingArrays).
    void leaveArraysUnbuilt(std::initializer_list<std::int64_t> keys, RawArrays* raw)
    {
        unbuiltKeys_.assign(keys.begin(), keys.end());
        unbuiltRaw_ = raw;
    }

    Result<Value> run()
    {
        const QByteArrayView data = reader_.data();
        if (data.size() > limits_.maxBytes) {
            return Error(
                ErrorKind::Malformed, "cbor.too-large",
                QT_TRANSLATE_NOOP("Error", "CBOR input of %1 bytes exceeds the limit of %2"),
                {QString::number(data.size()), QString::number(limits_.maxBytes)});
        }
        if (data.isEmpty())
            return Reader::fail("cbor.truncated",
                                QT_TRANSLATE_NOOP("Error", "CBOR input is empty at byte %1"), 0);
        Value v;
        if (auto st = item(&v, 0); !st)
            return std::move(st).error();
        if (auto st = reader_.expectEnd(); !st)
            return std::move(st).error();
        return v;
    }

private:
    Status countItems(std::uint64_t n, qsizetype at)
    {
        if (n > limits_.maxItems - items_) {
            return Reader::fail(
                "cbor.too-many-items",
                QT_TRANSLATE_NOOP("Error", "too many CBOR items at byte %1 (limit %2)"), at,
                {QString::number(limits_.maxItems)});
        }
        items_ += n;
        return okStatus();
    }

    Status item(Value* out, int depth)
    {
        const qsizetype start = reader_.position();
        if (auto st = countItems(1, start); !st)
            return st;
        Head head{};
        if (auto st = reader_.readHead(head); !st)
            return st;
        switch (head.major) {
            case Major::Unsigned:
            case Major::Negative:
                if (out != nullptr)
                    *out = head.major == Major::Unsigned
                               ? Value::unsignedInt(head.argument)
                               : Value::negativeFromArgument(head.argument);
                return okStatus();
            case Major::Bytes:
            case Major::Text:
                return string(out, head, start);
            case Major::Array:
            case Major::Map:
                return container(out, head, start, depth);
            case Major::Tag:
                return tagged(out, head, start, depth);
            case Major::Simple:
                if (head.argument < Value::kFalse || head.argument > Value::kNull) {
                    return Reader::fail(
                        "cbor.simple-value",
                        QT_TRANSLATE_NOOP("Error", "CBOR simple value not allowed at byte %1"),
                        start);
                }
                if (out != nullptr)
                    *out = Value(Value::Type::Simple, head.argument);
                return okStatus();
        }
        return okStatus();
    }

    Status string(Value* out, const Head& head, qsizetype start)
    {
        QByteArrayView contents;
        if (auto st = reader_.readString(head, start, contents); !st)
            return st;
        if (head.major == Major::Text) {
            if (const qsizetype bad = firstInvalidUtf8(contents); bad >= 0) {
                return Reader::fail(
                    "cbor.invalid-utf8",
                    QT_TRANSLATE_NOOP("Error", "CBOR text string has invalid UTF-8 at byte %1"),
                    reader_.position() - contents.size() + bad);
            }
        }
        if (out != nullptr)
            *out = head.major == Major::Text ? Value::textUtf8(contents.toByteArray())
                                             : Value::bytes(contents);
        return okStatus();
    }

    Status container(Value* out, const Head& head, qsizetype start, int depth)
    {
        if (depth >= limits_.maxDepth) {
            return Reader::fail(
                "cbor.too-deep",
                QT_TRANSLATE_NOOP("Error", "CBOR nesting deeper than %2 at byte %1"), start,
                {QString::number(limits_.maxDepth)});
        }
        const bool isMap = head.major == Major::Map;
        // Every item takes at least one byte: a count beyond what is left is a lie, and
        // must not drive an allocation.
        const std::uint64_t perEntry = isMap ? 2 : 1;
        if (head.argument > static_cast<std::uint64_t>(reader_.remaining()) / perEntry) {
            return Reader::fail(
                "cbor.truncated",
                QT_TRANSLATE_NOOP(
                    "Error", "CBOR container at byte %1 declares more items than the input holds"),
                start);
        }
        const auto count = static_cast<std::size_t>(head.argument * perEntry);
        if (out != nullptr) {
            *out = Value(isMap ? Value::Type::Map : Value::Type::Array, 0);
            out->items_.resize(count);
        }
        QByteArrayView previousKey;
        for (std::size_t i = 0; i < count; ++i) {
            const qsizetype itemStart = reader_.position();
            Value* slot = out != nullptr ? &out->items_[i] : nullptr;
            if (isMap && i % 2 == 1 && depth == 0 && leavesUnbuilt(out, i)) {
                if (auto st = item(nullptr, depth + 1); !st)
                    return st;
                (*unbuiltRaw_)[*out->items_[i - 1].toInt64()] =
                    reader_.data().sliced(itemStart, reader_.position() - itemStart);
                *slot = Value::array({});
                continue;
            }
            if (auto st = item(slot, depth + 1); !st)
                return st;
            if (isMap && i % 2 == 0) {
                const QByteArrayView key =
                    reader_.data().sliced(itemStart, reader_.position() - itemStart);
                if (i > 0) {
                    const int order = compareBytes(previousKey, key);
                    if (order == 0) {
                        return Reader::fail(
                            "cbor.duplicate-key",
                            QT_TRANSLATE_NOOP("Error", "duplicate CBOR map key at byte %1"),
                            itemStart);
                    }
                    if (order > 0) {
                        return Reader::fail(
                            "cbor.unsorted-keys",
                            QT_TRANSLATE_NOOP(
                                "Error", "CBOR map keys out of deterministic order at byte %1"),
                            itemStart);
                    }
                }
                previousKey = key;
            }
        }
        return okStatus();
    }

    // Whether the value at flat position `i` of the top-level map `out` is an array to
    // leave unbuilt: its key is one asked for and it starts with an array head.
    bool leavesUnbuilt(const Value* out, std::size_t i) const
    {
        if (unbuiltKeys_.empty() || out == nullptr || reader_.remaining() < 1)
            return false;
        const auto key = out->items_[i - 1].toInt64();
        const auto initial = static_cast<std::uint8_t>(reader_.data()[reader_.position()]);
        return key &&
               std::find(unbuiltKeys_.begin(), unbuiltKeys_.end(), *key) != unbuiltKeys_.end() &&
               static_cast<Major>(initial >> 5) == Major::Array;
    }

    Status tagged(Value* out, const Head& head, qsizetype start, int depth)
    {
        const auto& allowed = limits_.allowedTags;
        if (std::find(allowed.begin(), allowed.end(), head.argument) == allowed.end()) {
            return Reader::fail("cbor.unknown-tag",
                                QT_TRANSLATE_NOOP("Error", "CBOR tag %2 not allowed at byte %1"),
                                start, {QString::number(head.argument)});
        }
        if (depth >= limits_.maxDepth) {
            return Reader::fail(
                "cbor.too-deep",
                QT_TRANSLATE_NOOP("Error", "CBOR nesting deeper than %2 at byte %1"), start,
                {QString::number(limits_.maxDepth)});
        }
        Value content;
        if (auto st = item(out != nullptr ? &content : nullptr, depth + 1); !st)
            return st;
        if (out != nullptr)
            *out = Value::tag(head.argument, std::move(content));
        return okStatus();
    }

    // Bytewise lexicographic order of encodings (RFC 8949 §4.2.1).
    static int compareBytes(QByteArrayView a, QByteArrayView b)
    {
        const qsizetype n = std::min(a.size(), b.size());
        if (const int c = std::memcmp(a.data(), b.data(), static_cast<size_t>(n)); c != 0)
            return c;
        return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
    }

    Reader reader_;
    const DecodeLimits& limits_;
    std::uint64_t items_ = 0;
    std::vector<std::int64_t> unbuiltKeys_;
    RawArrays* unbuiltRaw_ = nullptr;
};

Result<Value> decode(QByteArrayView data, const DecodeLimits& limits)
{
    return Decoder(data, limits).run();
}

Result<Value> decodeLeavingArrays(QByteArrayView data, std::initializer_list<std::int64_t> keys,
                                  RawArrays& raw, const DecodeLimits& limits)
{
    raw.clear();
    Decoder decoder(data, limits);
    decoder.leaveArraysUnbuilt(keys, &raw);
    return decoder.run();
}

}  // namespace pp::cbor
