#pragma once

#include "common/result.h"
#include "store/row_types.h"
#include "store/sqlite.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace pp::store {

// Daily summaries (table daily, store/daily_row.h) and the SQL that merges them.
class DailyRepository
{
public:
    explicit DailyRepository(Database& db) : db_(db) {}

    // Of one device, or of every device when `deviceId` is empty, by device and day.
    Result<std::vector<DailyRow>> ofDevice(const QByteArray& deviceId = {});
    // A workspace from before schema 3, or a rebuild cut short, lacks some: rebuildDaily()
    // (analytics/daily_rebuild.h) clears them, adds them back from the records, device by
    // device, and marks them complete with the last batch.
    Result<bool> needsRebuild();
    Status clear();
    Status add(const std::vector<DailyRow>& days, bool complete);
    // Adds to the stored rows inside a transaction the caller holds: counts add up,
    // extremes widen, and the "last" fields take the later sample's value.
    Status upsert(const std::vector<DailyRow>& days);

private:
    Database& db_;
};

}  // namespace pp::store
