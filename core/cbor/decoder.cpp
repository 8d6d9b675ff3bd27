#include "cbor/decoder.h"

#include "cbor/utf8.h"
#include "cbor/writer.h"
#include "common/bytes.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace pp::cbor {

// The decoder is a friend of Value so that it can fill containers in place.
class Decoder
{
public:
    Decoder(QByteArrayView data, const DecodeLimits& limits) : data_(data), limits_(limits) {}

    Result<Value> run()
    {
        if (data_.size() > limits_.maxBytes) {
            return Error(
                ErrorKind::Malformed, "cbor.too-large",
                QT_TRANSLATE_NOOP("Error", "CBOR input of %1 bytes exceeds the limit of %2"),
                {QString::number(data_.size()), QString::number(limits_.maxBytes)});
        }
        if (data_.isEmpty())
            return fail("cbor.truncated",
                        QT_TRANSLATE_NOOP("Error", "CBOR input is empty at byte %1"), 0);
        Value v;
        if (auto st = item(v, 0); !st)
            return std::move(st).error();
        if (pos_ != data_.size()) {
            return fail("cbor.trailing-bytes",
                        QT_TRANSLATE_NOOP("Error", "trailing bytes after the CBOR item at byte %1"),
                        pos_);
        }
        return v;
    }

private:
    struct Head
    {
        Major major;
        std::uint64_t argument;
    };

    static Error fail(const char* code, const char* text, qsizetype offset, QStringList extra = {})
    {
        extra.prepend(QString::number(offset));
        return Error(ErrorKind::Malformed, code, text, std::move(extra));
    }

    qsizetype remaining() const { return data_.size() - pos_; }
    const std::uint8_t* bytesAt(qsizetype p) const
    {
        return reinterpret_cast<const std::uint8_t*>(data_.data()) + p;
    }

    Status readHead(Head& head)
    {
        const qsizetype start = pos_;
        if (remaining() < 1)
            return fail("cbor.truncated",
                        QT_TRANSLATE_NOOP("Error", "CBOR input ends early at byte %1"), start);
        const std::uint8_t initial = *bytesAt(pos_++);
        head.major = static_cast<Major>(initial >> 5);
        const std::uint8_t info = initial & 0x1f;
        if (info < 24) {
            head.argument = info;
            return okStatus();
        }
        if (info == 31) {
            if (head.major == Major::Simple) {
                return fail("cbor.unexpected-break",
                            QT_TRANSLATE_NOOP("Error", "unexpected CBOR break code at byte %1"),
                            start);
            }
            return fail("cbor.indefinite-length",
                        QT_TRANSLATE_NOOP("Error", "indefinite-length CBOR item at byte %1"),
                        start);
        }
        if (info > 27) {
            return fail(
                "cbor.reserved-info",
                QT_TRANSLATE_NOOP("Error", "reserved CBOR additional information %2 at byte %1"),
                start, {QString::number(info)});
        }
        if (head.major == Major::Simple) {
            if (info == 24) {
                return fail("cbor.simple-value",
                            QT_TRANSLATE_NOOP("Error", "CBOR simple value not allowed at byte %1"),
                            start);
            }
            return fail(
                "cbor.float",
                QT_TRANSLATE_NOOP("Error", "CBOR floating-point value not allowed at byte %1"),
                start);
        }
        const int n = 1 << (info - 24);
        if (remaining() < n)
            return fail("cbor.truncated",
                        QT_TRANSLATE_NOOP("Error", "CBOR input ends early at byte %1"), start);
        head.argument = pp::readBigEndian(bytesAt(pos_), n);
        pos_ += n;
        // Shortest form: the argument must not fit the next smaller encoding.
        static constexpr std::uint64_t kMinimum[4] = {24, 0x100, 0x10000, 0x100000000ULL};
        if (head.argument < kMinimum[info - 24]) {
            return fail("cbor.non-shortest",
                        QT_TRANSLATE_NOOP("Error",
                                          "CBOR integer or length not in shortest form at byte %1"),
                        start);
        }
        return okStatus();
    }

    Status countItems(std::uint64_t n, qsizetype at)
    {
        if (n > limits_.maxItems - items_) {
            return fail("cbor.too-many-items",
                        QT_TRANSLATE_NOOP("Error", "too many CBOR items at byte %1 (limit %2)"), at,
                        {QString::number(limits_.maxItems)});
        }
        items_ += n;
        return okStatus();
    }

    Status item(Value& out, int depth)
    {
        const qsizetype start = pos_;
        if (auto st = countItems(1, start); !st)
            return st;
        Head head{};
        if (auto st = readHead(head); !st)
            return st;
        switch (head.major) {
            case Major::Unsigned:
                out = Value::unsignedInt(head.argument);
                return okStatus();
            case Major::Negative:
                out = Value::negativeFromArgument(head.argument);
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
                    return fail(
                        "cbor.simple-value",
                        QT_TRANSLATE_NOOP("Error", "CBOR simple value not allowed at byte %1"),
                        start);
                }
                out = Value(Value::Type::Simple, head.argument);
                return okStatus();
        }
        return okStatus();
    }

    Status string(Value& out, const Head& head, qsizetype start)
    {
        if (head.argument > static_cast<std::uint64_t>(remaining())) {
            return fail(
                "cbor.truncated",
                QT_TRANSLATE_NOOP("Error", "CBOR string at byte %1 is longer than the input"),
                start);
        }
        const auto len = static_cast<qsizetype>(head.argument);
        const QByteArrayView contents = data_.sliced(pos_, len);
        if (head.major == Major::Text) {
            if (const qsizetype bad = firstInvalidUtf8(contents); bad >= 0) {
                return fail(
                    "cbor.invalid-utf8",
                    QT_TRANSLATE_NOOP("Error", "CBOR text string has invalid UTF-8 at byte %1"),
                    pos_ + bad);
            }
            out = Value::textUtf8(contents.toByteArray());
        } else {
            out = Value::bytes(contents);
        }
        pos_ += len;
        return okStatus();
    }

    Status container(Value& out, const Head& head, qsizetype start, int depth)
    {
        if (depth >= limits_.maxDepth) {
            return fail("cbor.too-deep",
                        QT_TRANSLATE_NOOP("Error", "CBOR nesting deeper than %2 at byte %1"), start,
                        {QString::number(limits_.maxDepth)});
        }
        const bool isMap = head.major == Major::Map;
        // Every item takes at least one byte: a count beyond what is left is a lie, and
        // must not drive an allocation.
        const std::uint64_t perEntry = isMap ? 2 : 1;
        if (head.argument > static_cast<std::uint64_t>(remaining()) / perEntry) {
            return fail(
                "cbor.truncated",
                QT_TRANSLATE_NOOP(
                    "Error", "CBOR container at byte %1 declares more items than the input holds"),
                start);
        }
        out = Value(isMap ? Value::Type::Map : Value::Type::Array, 0);
        const auto count = static_cast<std::size_t>(head.argument * perEntry);
        out.items_.resize(count);
        QByteArrayView previousKey;
        for (std::size_t i = 0; i < count; ++i) {
            const qsizetype itemStart = pos_;
            if (auto st = item(out.items_[i], depth + 1); !st)
                return st;
            if (isMap && i % 2 == 0) {
                const QByteArrayView key = data_.sliced(itemStart, pos_ - itemStart);
                if (i > 0) {
                    const int order = compareBytes(previousKey, key);
                    if (order == 0) {
                        return fail("cbor.duplicate-key",
                                    QT_TRANSLATE_NOOP("Error", "duplicate CBOR map key at byte %1"),
                                    itemStart);
                    }
                    if (order > 0) {
                        return fail(
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

    Status tagged(Value& out, const Head& head, qsizetype start, int depth)
    {
        const auto& allowed = limits_.allowedTags;
        if (std::find(allowed.begin(), allowed.end(), head.argument) == allowed.end()) {
            return fail("cbor.unknown-tag",
                        QT_TRANSLATE_NOOP("Error", "CBOR tag %2 not allowed at byte %1"), start,
                        {QString::number(head.argument)});
        }
        if (depth >= limits_.maxDepth) {
            return fail("cbor.too-deep",
                        QT_TRANSLATE_NOOP("Error", "CBOR nesting deeper than %2 at byte %1"), start,
                        {QString::number(limits_.maxDepth)});
        }
        Value content;
        if (auto st = item(content, depth + 1); !st)
            return st;
        out = Value::tag(head.argument, std::move(content));
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

    QByteArrayView data_;
    const DecodeLimits& limits_;
    qsizetype pos_ = 0;
    std::uint64_t items_ = 0;
};

Result<Value> decode(QByteArrayView data, const DecodeLimits& limits)
{
    return Decoder(data, limits).run();
}

}  // namespace pp::cbor
