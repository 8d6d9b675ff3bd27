#include "cbor/map_reader.h"

#include <QCoreApplication>

#include <algorithm>

namespace pp::cbor {

Status MapReader::checkKeys(std::initializer_list<std::int64_t> allowed) const
{
    if (!map_.isMap()) {
        return Error(ErrorKind::Malformed, "cbor.structure",
                     QT_TRANSLATE_NOOP("Error", "%1 must be a CBOR map"),
                     {QCoreApplication::translate("Error", what_)});
    }
    for (std::size_t i = 0; i < map_.size(); ++i) {
        const auto key = map_.keyAt(i).toInt64();
        if (!key || std::find(allowed.begin(), allowed.end(), *key) == allowed.end()) {
            return Error(ErrorKind::Malformed, "cbor.unknown-key",
                         QT_TRANSLATE_NOOP("Error", "%1 has an unknown key %2"),
                         {QCoreApplication::translate("Error", what_),
                          key ? QString::number(*key) : QStringLiteral("(not an integer)")});
        }
    }
    return okStatus();
}

Error MapReader::invalid(std::int64_t key, const char* text, QStringList args) const
{
    return Error(ErrorKind::Malformed, "cbor.field", text, std::move(args))
        .within(QT_TRANSLATE_NOOP("Error", "%1, key %2"),
                {QCoreApplication::translate("Error", what_), QString::number(key)});
}

Error MapReader::missing(std::int64_t key) const
{
    return Error(ErrorKind::Malformed, "cbor.missing-key",
                 QT_TRANSLATE_NOOP("Error", "%1 lacks key %2"),
                 {QCoreApplication::translate("Error", what_), QString::number(key)});
}

Error MapReader::wrongType(std::int64_t key, const char* expected) const
{
    return invalid(key, QT_TRANSLATE_NOOP("Error", "must be %1"),
                   {QCoreApplication::translate("Error", expected)});
}

Result<const Value*> MapReader::any(std::int64_t key) const
{
    const Value* v = map_.find(key);
    if (v == nullptr)
        return missing(key);
    return v;
}

Result<std::uint64_t> MapReader::unsignedInt(std::int64_t key) const
{
    auto v = any(key);
    if (!v)
        return std::move(v).error();
    if (!(*v)->isUnsigned())
        return wrongType(key, QT_TRANSLATE_NOOP("Error", "an unsigned integer"));
    return (*v)->argument();
}

Result<QByteArray> MapReader::bytes(std::int64_t key, qsizetype exactSize) const
{
    auto v = any(key);
    if (!v)
        return std::move(v).error();
    if (!(*v)->isBytes())
        return wrongType(key, QT_TRANSLATE_NOOP("Error", "a byte string"));
    if (exactSize >= 0 && (*v)->byteString().size() != exactSize) {
        return invalid(key, QT_TRANSLATE_NOOP("Error", "must be %1 bytes, not %2"),
                       {QString::number(exactSize), QString::number((*v)->byteString().size())});
    }
    return (*v)->byteString();
}

Result<QString> MapReader::text(std::int64_t key) const
{
    auto v = any(key);
    if (!v)
        return std::move(v).error();
    if (!(*v)->isText())
        return wrongType(key, QT_TRANSLATE_NOOP("Error", "a text string"));
    return (*v)->toText();
}

Result<const Value*> MapReader::array(std::int64_t key) const
{
    auto v = any(key);
    if (v && !(*v)->isArray())
        return wrongType(key, QT_TRANSLATE_NOOP("Error", "an array"));
    return v;
}

Result<const Value*> MapReader::map(std::int64_t key) const
{
    auto v = any(key);
    if (v && !(*v)->isMap())
        return wrongType(key, QT_TRANSLATE_NOOP("Error", "a map"));
    return v;
}

}  // namespace pp::cbor
