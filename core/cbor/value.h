#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <utility>
#include <vector>

namespace pp::cbor {

// A CBOR data item of the protocol's subset (spec §2): integers, byte and text strings,
// arrays, maps, tags, and the simple values false/true/null. No floats, by design.
class Value
{
public:
    enum class Type : std::uint8_t { Unsigned, Negative, Bytes, Text, Array, Map, Tag, Simple };
    static constexpr std::uint64_t kFalse = 20, kTrue = 21, kNull = 22;

    Value() : Value(Type::Simple, kNull) {}
    static Value unsignedInt(std::uint64_t v) { return {Type::Unsigned, v}; }
    // -1 - n: the whole CBOR negative range, down to -2^64.
    static Value negativeFromArgument(std::uint64_t n) { return {Type::Negative, n}; }
    static Value integer(std::int64_t v);
    static Value bytes(QByteArray b);
    static Value bytes(QByteArrayView b) { return bytes(b.toByteArray()); }
    static Value text(const QString& s);
    static Value textUtf8(QByteArray utf8);  // the caller guarantees valid UTF-8
    static Value array(std::vector<Value> items);
    // Builds a map in deterministic order (keys sorted by their encoded bytes). Duplicate
    // keys are a programming error (asserted); decoded maps are checked by the decoder.
    static Value map(std::vector<std::pair<Value, Value>> entries);
    static Value tag(std::uint64_t number, Value content);
    static Value boolean(bool b) { return {Type::Simple, b ? kTrue : kFalse}; }
    static Value null() { return {}; }

    Type type() const { return type_; }
    bool isUnsigned() const { return type_ == Type::Unsigned; }
    bool isInteger() const { return type_ == Type::Unsigned || type_ == Type::Negative; }
    bool isBytes() const { return type_ == Type::Bytes; }
    bool isText() const { return type_ == Type::Text; }
    bool isArray() const { return type_ == Type::Array; }
    bool isMap() const { return type_ == Type::Map; }
    bool isTag() const { return type_ == Type::Tag; }

    // The head argument: the unsigned value, n of a negative -1-n, the tag number, or the
    // simple value.
    std::uint64_t argument() const { return num_; }
    std::optional<std::uint64_t> toUInt64() const;
    std::optional<std::int64_t> toInt64() const;
    // Byte string contents, or UTF-8 text contents.
    const QByteArray& byteString() const { return str_; }
    QString toText() const { return QString::fromUtf8(str_); }

    // Arrays.
    std::size_t size() const;  // items of an array, entries of a map
    const Value& at(std::size_t i) const { return items_[i]; }
    const std::vector<Value>& items() const { return items_; }
    std::vector<Value>& items() { return items_; }  // to move decoded items out
    // Maps: entries are stored flat (key, value, key, value...) in encoded order.
    const Value& keyAt(std::size_t i) const { return items_[2 * i]; }
    const Value& valueAt(std::size_t i) const { return items_[2 * i + 1]; }
    Value& valueAt(std::size_t i) { return items_[2 * i + 1]; }
    const Value* find(std::int64_t intKey) const;
    const Value* find(QStringView textKey) const;
    // Tags.
    const Value& tagContent() const { return items_[0]; }

    bool operator==(const Value& other) const;

private:
    friend class Decoder;
    Value(Type type, std::uint64_t num) : type_(type), num_(num) {}

    Type type_;
    std::uint64_t num_ = 0;
    QByteArray str_;
    std::vector<Value> items_;
};

}  // namespace pp::cbor
