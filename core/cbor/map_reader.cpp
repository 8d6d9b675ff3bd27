#include "cbor/map_reader.h"

#include <algorithm>

namespace pp::cbor {

// The structure's name is a part of its own (within), never an argument, so that message()
// stays English and localizedMessage() translates every part.
Status MapReader::checkKeys(std::initializer_list<std::int64_t> allowed) const
{
    if (!map_.isMap()) {
        return Error(ErrorKind::Malformed, "cbor.structure",
                     QT_TRANSLATE_NOOP("Error", "must be a CBOR map"))
            .within(what_);
    }
    for (std::size_t i = 0; i < map_.size(); ++i) {
        const auto key = map_.keyAt(i).toInt64();
        if (!key || std::find(allowed.begin(), allowed.end(), *key) == allowed.end()) {
            return Error(ErrorKind::Malformed, "cbor.unknown-key",
                         QT_TRANSLATE_NOOP("Error", "unknown key %1"),
                         {key ? QString::number(*key) : QStringLiteral("(not an integer)")})
                .within(what_);
        }
    }
    return okStatus();
}

Error MapReader::fieldError(const char* what, std::int64_t key, const char* text, QStringList args)
{
    return Error(ErrorKind::Malformed, "cbor.field", text, std::move(args))
        .within(QT_TRANSLATE_NOOP("Error", "key %1"), {QString::number(key)})
        .within(what);
}

Error MapReader::missing(std::int64_t key) const
{
    return Error(ErrorKind::Malformed, "cbor.missing-key",
                 QT_TRANSLATE_NOOP("Error", "key %1 is missing"), {QString::number(key)})
        .within(what_);
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
        return invalid(key, QT_TRANSLATE_NOOP("Error", "must be an unsigned integer"));
    return (*v)->argument();
}

Result<QByteArray> MapReader::bytes(std::int64_t key, qsizetype exactSize) const
{
    auto v = any(key);
    if (!v)
        return std::move(v).error();
    if (!(*v)->isBytes())
        return invalid(key, QT_TRANSLATE_NOOP("Error", "must be a byte string"));
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
        return invalid(key, QT_TRANSLATE_NOOP("Error", "must be a text string"));
    return (*v)->toText();
}

Result<const Value*> MapReader::array(std::int64_t key) const
{
    auto v = any(key);
    if (v && !(*v)->isArray())
        return invalid(key, QT_TRANSLATE_NOOP("Error", "must be an array"));
    return v;
}

Result<const Value*> MapReader::map(std::int64_t key) const
{
    auto v = any(key);
    if (v && !(*v)->isMap())
        return invalid(key, QT_TRANSLATE_NOOP("Error", "must be a map"));
    return v;
}

}  // namespace pp::cbor
