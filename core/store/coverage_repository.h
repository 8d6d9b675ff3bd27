#pragma once

#include "common/result.h"
#include "store/row_types.h"
#include "store/sqlite.h"

#include <QByteArray>

#include <map>
#include <vector>

namespace pp::store {

// Which time windows of each device's records syncs took (table coverage), so that a
// windowed sync leaves no hole that a later sync would not see (lightnode/sync_coverage.h).
class CoverageRepository
{
public:
    explicit CoverageRepository(Database& db) : db_(db) {}

    Result<std::vector<CoverageRow>> ofDevice(const QByteArray& deviceId);
    Result<std::map<QByteArray, std::vector<CoverageRow>>> all();
    // Replaces the device's windows, inside a transaction the caller holds.
    Status replace(const QByteArray& deviceId, const std::vector<CoverageRow>& windows);

private:
    Database& db_;
};

}  // namespace pp::store
