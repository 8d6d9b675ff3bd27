#pragma once

#include "cbor/writer.h"
#include "common/bytes.h"
#include "common/result.h"

#include <QByteArrayView>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace pp::cbor {

// One data item's head: its major type and argument (the value, length, count, tag
// number or simple value).
struct Head
{
    Major major;
    std::uint64_t argument;
};

// The value of an integer head if it fits int64_t; nothing for other heads.
inline std::optional<std::int64_t> toInt64(const Head& head)
{
    if (head.argument > static_cast<std::uint64_t>(INT64_MAX))
        return std::nullopt;
    if (head.major == Major::Unsigned)
        return static_cast<std::int64_t>(head.argument);
    if (head.major == Major::Negative)
        return -static_cast<std::int64_t>(head.argument) - 1;
    return std::nullopt;
}

// Reads CBOR heads and strings one at a time, with the rules of the protocol's
// deterministic subset (spec §2): shortest-form arguments, definite lengths, no floats,
// no reserved additional information. decode() builds Value trees on it; code that walks
// a known layout (a batch's thousands of sample fields) reads with it directly, to avoid
// a tree it would throw away.
class Reader
{
public:
    explicit Reader(QByteArrayView data) : data_(data) {}

    QByteArrayView data() const { return data_; }
    qsizetype position() const { return pos_; }
    qsizetype remaining() const { return data_.size() - pos_; }

    // Inline: a battery batch alone has hundreds of heads, and only errors need the slow
    // path.
    Status readHead(Head& head)
    {
        if (remaining() >= 1) {
            const std::uint8_t initial = *at(pos_);
            const std::uint8_t info = initial & 0x1f;
            head.major = static_cast<Major>(initial >> 5);
            if (info < 24) {
                head.argument = info;
                ++pos_;
                return okStatus();
            }
            if (info <= 27 && head.major != Major::Simple) {
                const int n = 1 << (info - 24);
                if (remaining() > n) {
                    head.argument = readBigEndian(at(pos_ + 1), n);
                    // Shortest form: the argument must not fit the next smaller encoding.
                    if (head.argument >= kShortestMinimum[info - 24]) {
                        pos_ += 1 + n;
                        return okStatus();
                    }
                }
            }
        }
        return headError();
    }
    // The contents of the string whose head (read at `headStart`) was just read; fails if
    // the input is shorter.
    Status readString(const Head& head, qsizetype headStart, QByteArrayView& contents);

    // "cbor.trailing-bytes" unless the whole input has been read: one data item must fill it.
    Status expectEnd() const;

    // A "cbor.*" error at byte `offset`: `text` has %1 for the offset and %2... for `extra`.
    static Error fail(const char* code, const char* text, qsizetype offset, QStringList extra = {});

private:
    static constexpr std::uint64_t kShortestMinimum[4] = {24, 0x100, 0x10000, 0x100000000ULL};

    // The error for the head at the current position (readHead's slow path).
    Error headError() const;
    const std::uint8_t* at(qsizetype p) const
    {
        return reinterpret_cast<const std::uint8_t*>(data_.data()) + p;
    }

    QByteArrayView data_;
    qsizetype pos_ = 0;
};

}  // namespace pp::cbor
