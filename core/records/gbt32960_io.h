#pragma once

// Internal to the GB/T 32960 codec: big-endian reading with bounds, and writing.

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

namespace pp::records::gbt32960::detail {

class Writer
{
public:
    void u8(std::uint32_t v) { out.append(static_cast<char>(v & 0xff)); }
    void u16(std::uint32_t v)
    {
        u8(v >> 8);
        u8(v);
    }
    void u32(std::uint32_t v)
    {
        u16(v >> 16);
        u16(v);
    }
    QByteArray out;
};

// Every read is preceded by has(n): a unit that claims more than the packet holds is
// truncated, never read past.
class Reader
{
public:
    Reader(QByteArrayView data, qsizetype base) : data_(data), base_(base) {}
    bool has(qsizetype n) const { return n >= 0 && pos_ + n <= data_.size(); }
    bool atEnd() const { return pos_ == data_.size(); }
    qsizetype offset() const { return base_ + pos_; }
    std::uint8_t u8() { return static_cast<std::uint8_t>(data_[pos_++]); }
    qsizetype pos() const { return pos_; }
    // The bytes read since `from` (a pos()).
    QByteArray since(qsizetype from) const { return data_.sliced(from, pos_ - from).toByteArray(); }
    QByteArray bytes(qsizetype n)
    {
        pos_ += n;
        return data_.sliced(pos_ - n, n).toByteArray();
    }
    std::uint16_t u16()
    {
        const std::uint16_t hi = u8();
        return static_cast<std::uint16_t>((hi << 8) | u8());
    }
    std::uint32_t u32()
    {
        const std::uint32_t hi = u16();
        return (hi << 16) | u16();
    }

private:
    QByteArrayView data_;
    qsizetype base_;
    qsizetype pos_ = 0;
};

}  // namespace pp::records::gbt32960::detail
