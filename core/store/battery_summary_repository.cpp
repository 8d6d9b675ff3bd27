#include "store/battery_summary_repository.h"

#include "store/workspace_rows.h"

namespace pp::store {

using namespace rows;

namespace {

BatterySummaryRow rowFrom(const Statement& r)
{
    return {r.columnBlob(0),
            {static_cast<std::uint64_t>(r.columnInt(1)), static_cast<std::uint64_t>(r.columnInt(2)),
             r.columnBlob(3)},
            r.columnBlob(4)};
}

#define PP_SUMMARY_COLUMNS \
    "SELECT device, records, findings, meta_cbor, summary FROM battery_summary"

}  // namespace

Result<std::optional<BatterySummaryRow>> BatterySummaryRepository::of(const QByteArray& deviceId)
{
    auto q = db_.prepare(PP_SUMMARY_COLUMNS " WHERE device = ?");
    if (!q)
        return std::move(q).error();
    q->bind(1, deviceId);
    std::optional<BatterySummaryRow> out;
    if (auto st = q->forEachRow([&](const Statement& r) { out = rowFrom(r); }); !st)
        return std::move(st).error();
    return out;
}

Result<std::vector<BatterySummaryRow>> BatterySummaryRepository::all()
{
    auto q = db_.prepare(PP_SUMMARY_COLUMNS);
    if (!q)
        return std::move(q).error();
    std::vector<BatterySummaryRow> out;
    if (auto st = q->forEachRow([&](const Statement& r) { out.push_back(rowFrom(r)); }); !st)
        return std::move(st).error();
    return out;
}

Status BatterySummaryRepository::save(const std::vector<BatterySummaryRow>& rows)
{
    return inTransaction(db_, [&]() -> Status {
        auto q = db_.prepare(
            "INSERT OR REPLACE INTO battery_summary(device, records, findings, meta_cbor, summary) "
            "VALUES(?, ?, ?, ?, ?)");
        if (!q)
            return std::move(q).error();
        for (const BatterySummaryRow& r : rows) {
            q->reset();
            if (auto st = q->bind(1, r.deviceId)
                              .bind(2, sql(r.basis.records))
                              .bind(3, sql(r.basis.findings))
                              .bind(4, r.basis.metaCbor)
                              .bind(5, r.summary)
                              .run();
                !st)
                return st;
        }
        return okStatus();
    });
}

}  // namespace pp::store
