#pragma once

#include "cbor/value.h"
#include "common/result.h"

#include <cstdint>
#include <initializer_list>

namespace pp::cbor {

// Reads one of the protocol's integer-keyed maps strictly (spec §2): every key must be an
// integer the structure defines, and each field has the type it should. Errors name the
// structure and the key ("header: key 3: must be ...").
class MapReader
{
public:
    // `what` names the structure in errors: a translatable literal such as
    // QT_TRANSLATE_NOOP("Error", "genesis").
    MapReader(const Value& map, const char* what) : map_(map), what_(what) {}

    // Fails unless the value is a map whose keys are all among `allowed`.
    Status checkKeys(std::initializer_list<std::int64_t> allowed) const;

    const Value* optional(std::int64_t key) const { return map_.find(key); }
    Result<std::uint64_t> unsignedInt(std::int64_t key) const;
    Result<QByteArray> bytes(std::int64_t key, qsizetype exactSize = -1) const;
    Result<QString> text(std::int64_t key) const;
    Result<const Value*> array(std::int64_t key) const;
    Result<const Value*> map(std::int64_t key) const;
    Result<const Value*> any(std::int64_t key) const;

    // An error about `key` of this structure, for checks the reader cannot make.
    Error invalid(std::int64_t key, const char* text, QStringList args = {}) const
    {
        return fieldError(what_, key, text, std::move(args));
    }
    // The same error for structure `what`, for code that reads one without a MapReader.
    static Error fieldError(const char* what, std::int64_t key, const char* text,
                            QStringList args = {});

private:
    Error missing(std::int64_t key) const;

    const Value& map_;
    const char* what_;
};

}  // namespace pp::cbor
