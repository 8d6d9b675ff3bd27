// Daily summaries in the workspace (store/daily_row.h), and the SQL that merges them.

#include "store/daily_repository.h"

#include "store/meta_table.h"
#include "store/workspace_rows.h"

namespace pp::store {

using namespace rows;

namespace {

// Adds a page's daily rows to those already stored: counts add up, extremes widen, and the
// "last" fields take the later sample's value.
constexpr const char* kUpsertDaily = R"sql(
INSERT INTO daily(device, day, samples, last_ms, wh_min, wh_max, peak_w, km_min, km_max,
  speed_max, soc_min, soc_max, soh_last, cycles_last, temp_max, alarms)
  VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
ON CONFLICT(device, day) DO UPDATE SET
  samples = samples + excluded.samples,
  wh_min = coalesce(min(wh_min, excluded.wh_min), wh_min, excluded.wh_min),
  wh_max = coalesce(max(wh_max, excluded.wh_max), wh_max, excluded.wh_max),
  peak_w = coalesce(max(peak_w, excluded.peak_w), peak_w, excluded.peak_w),
  km_min = coalesce(min(km_min, excluded.km_min), km_min, excluded.km_min),
  km_max = coalesce(max(km_max, excluded.km_max), km_max, excluded.km_max),
  speed_max = coalesce(max(speed_max, excluded.speed_max), speed_max, excluded.speed_max),
  soc_min = coalesce(min(soc_min, excluded.soc_min), soc_min, excluded.soc_min),
  soc_max = coalesce(max(soc_max, excluded.soc_max), soc_max, excluded.soc_max),
  soh_last = CASE WHEN excluded.last_ms >= last_ms
                  THEN coalesce(excluded.soh_last, soh_last) ELSE soh_last END,
  cycles_last = CASE WHEN excluded.last_ms >= last_ms
                     THEN coalesce(excluded.cycles_last, cycles_last) ELSE cycles_last END,
  temp_max = coalesce(max(temp_max, excluded.temp_max), temp_max, excluded.temp_max),
  alarms = alarms + excluded.alarms,
  last_ms = max(last_ms, excluded.last_ms)
)sql";

}  // namespace

Status DailyRepository::upsert(const std::vector<DailyRow>& days)
{
    auto q = db_.prepare(kUpsertDaily);
    if (!q)
        return std::move(q).error();
    for (const DailyRow& d : days) {
        q->reset();
        if (auto st = q->bind(1, d.deviceId)
                          .bind(2, d.day)
                          .bind(3, sql(d.samples))
                          .bind(4, sql(d.lastMs))
                          .bind(5, d.whMin)
                          .bind(6, d.whMax)
                          .bind(7, d.peakW)
                          .bind(8, d.kmMin)
                          .bind(9, d.kmMax)
                          .bind(10, d.speedMax)
                          .bind(11, d.socMin)
                          .bind(12, d.socMax)
                          .bind(13, d.sohLast)
                          .bind(14, d.cyclesLast)
                          .bind(15, d.tempMax)
                          .bind(16, sql(d.alarms))
                          .run();
            !st)
            return st;
    }
    return okStatus();
}

Result<std::vector<DailyRow>> DailyRepository::ofDevice(const QByteArray& deviceId)
{
    auto q = db_.prepare(
        "SELECT device, day, samples, last_ms, wh_min, wh_max, peak_w, km_min, km_max, "
        "speed_max, soc_min, soc_max, soh_last, cycles_last, temp_max, alarms FROM daily "
        "WHERE ?1 = x'' OR device = ?1 ORDER BY device, day");
    if (!q)
        return std::move(q).error();
    q->bind(1, deviceId);
    std::vector<DailyRow> rows;
    auto st = q->forEachRow([&](const Statement& r) {
        rows.push_back(
            {r.columnBlob(0), r.columnInt(1), static_cast<std::uint64_t>(r.columnInt(2)),
             static_cast<std::uint64_t>(r.columnInt(3)), r.columnOptionalDouble(4),
             r.columnOptionalDouble(5), r.columnOptionalDouble(6), r.columnOptionalDouble(7),
             r.columnOptionalDouble(8), r.columnOptionalDouble(9), r.columnOptionalDouble(10),
             r.columnOptionalDouble(11), r.columnOptionalDouble(12), r.columnOptionalDouble(13),
             r.columnOptionalDouble(14), static_cast<std::uint64_t>(r.columnInt(15))});
    });
    if (!st)
        return st.error();
    return rows;
}

Result<bool> DailyRepository::needsRebuild()
{
    auto v = readMeta(db_, "daily_rebuild");
    if (!v)
        return std::move(v).error();
    return v->has_value() && **v != QByteArray(1, '\0');
}

Status DailyRepository::clear()
{
    return inTransaction(db_, [&]() -> Status {
        if (auto st = db_.exec("DELETE FROM daily"); !st)
            return st;
        return writeMeta(db_, "daily_rebuild", QByteArray(1, '\1'));
    });
}

Status DailyRepository::add(const std::vector<DailyRow>& days, bool complete)
{
    return inTransaction(db_, [&]() -> Status {
        if (auto st = upsert(days); !st)
            return st;
        return complete ? writeMeta(db_, "daily_rebuild", QByteArray(1, '\0')) : okStatus();
    });
}

}  // namespace pp::store
