#include "cbor/value.h"

#include "cbor/writer.h"

#include <QtGlobal>

#include <algorithm>

namespace pp::cbor {

Value Value::integer(std::int64_t v)
{
    if (v >= 0)
        return unsignedInt(static_cast<std::uint64_t>(v));
    // -1 - v without overflow for INT64_MIN.
    return negativeFromArgument(static_cast<std::uint64_t>(-(v + 1)));
}

Value Value::bytes(QByteArray b)
{
    Value v(Type::Bytes, 0);
    v.str_ = std::move(b);
    return v;
}

Value Value::text(const QString& s)
{
    return textUtf8(s.toUtf8());
}

Value Value::textUtf8(QByteArray utf8)
{
    Value v(Type::Text, 0);
    v.str_ = std::move(utf8);
    return v;
}

Value Value::array(std::vector<Value> items)
{
    Value v(Type::Array, 0);
    v.items_ = std::move(items);
    return v;
}

Value Value::map(std::vector<std::pair<Value, Value>> entries)
{
    std::vector<std::pair<QByteArray, std::size_t>> order;
    order.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i)
        order.emplace_back(encode(entries[i].first), i);
    std::sort(order.begin(), order.end());
    Value v(Type::Map, 0);
    v.items_.reserve(2 * entries.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        Q_ASSERT_X(i == 0 || order[i - 1].first != order[i].first, "cbor::Value::map",
                   "duplicate map key");
        auto& entry = entries[order[i].second];
        v.items_.push_back(std::move(entry.first));
        v.items_.push_back(std::move(entry.second));
    }
    return v;
}

Value Value::tag(std::uint64_t number, Value content)
{
    Value v(Type::Tag, number);
    v.items_.push_back(std::move(content));
    return v;
}

std::optional<std::uint64_t> Value::toUInt64() const
{
    if (type_ != Type::Unsigned)
        return std::nullopt;
    return num_;
}

std::optional<std::int64_t> Value::toInt64() const
{
    constexpr auto kMax = static_cast<std::uint64_t>(INT64_MAX);
    if (type_ == Type::Unsigned && num_ <= kMax)
        return static_cast<std::int64_t>(num_);
    if (type_ == Type::Negative && num_ <= kMax)
        return -static_cast<std::int64_t>(num_) - 1;
    return std::nullopt;
}

std::size_t Value::size() const
{
    return type_ == Type::Map ? items_.size() / 2 : items_.size();
}

const Value* Value::find(std::int64_t intKey) const
{
    if (type_ != Type::Map)
        return nullptr;
    for (std::size_t i = 0; i < size(); ++i) {
        if (keyAt(i).isInteger() && keyAt(i).toInt64() == intKey)
            return &valueAt(i);
    }
    return nullptr;
}

const Value* Value::find(QStringView textKey) const
{
    if (type_ != Type::Map)
        return nullptr;
    for (std::size_t i = 0; i < size(); ++i) {
        if (keyAt(i).isText() && QStringView(keyAt(i).toText()) == textKey)
            return &valueAt(i);
    }
    return nullptr;
}

bool Value::operator==(const Value& other) const
{
    return type_ == other.type_ && num_ == other.num_ && str_ == other.str_ &&
           items_ == other.items_;
}

}  // namespace pp::cbor
