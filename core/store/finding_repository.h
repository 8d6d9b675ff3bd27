#pragma once

#include "common/result.h"
#include "store/row_types.h"
#include "store/sqlite.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace pp::store {

// Findings (table findings), kept with their translatable parts.
class FindingRepository
{
public:
    explicit FindingRepository(Database& db) : db_(db) {}

    Status add(const std::vector<FindingRow>& findings);
    // The same inside a transaction the caller holds (a page of records and its findings).
    Status insert(const std::vector<FindingRow>& findings);
    Result<std::vector<FindingRow>> list(const QByteArray& deviceId, const QString& code);
    Result<std::map<QString, std::uint64_t>> counts();
    // The device and record time of each finding with `code`, without its message.
    Result<std::vector<std::pair<QByteArray, std::uint64_t>>> times(const QString& code);

private:
    Database& db_;
};

}  // namespace pp::store
