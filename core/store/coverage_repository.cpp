#include "store/coverage_repository.h"

#include "store/workspace_rows.h"

namespace pp::store {

using namespace rows;

namespace {

// SQLite holds signed integers: a window without an end is stored as INT64_MAX.
std::uint64_t endFrom(std::int64_t stored)
{
    return stored >= INT64_MAX ? UINT64_MAX : static_cast<std::uint64_t>(stored);
}

CoverageRow rowFrom(const Statement& r, int first)
{
    return {static_cast<std::uint64_t>(r.columnInt(first)), endFrom(r.columnInt(first + 1)),
            r.columnOptional(first + 2)};
}

}  // namespace

Result<std::vector<CoverageRow>> CoverageRepository::ofDevice(const QByteArray& deviceId)
{
    auto q = db_.prepare(
        "SELECT from_ms, to_ms, through_seq FROM coverage WHERE device = ? ORDER BY from_ms");
    if (!q)
        return std::move(q).error();
    q->bind(1, deviceId);
    std::vector<CoverageRow> out;
    if (auto st = q->forEachRow([&](const Statement& r) { out.push_back(rowFrom(r, 0)); }); !st)
        return std::move(st).error();
    return out;
}

Result<std::map<QByteArray, std::vector<CoverageRow>>> CoverageRepository::all()
{
    auto q = db_.prepare(
        "SELECT device, from_ms, to_ms, through_seq FROM coverage ORDER BY device, from_ms");
    if (!q)
        return std::move(q).error();
    std::map<QByteArray, std::vector<CoverageRow>> out;
    if (auto st = q->forEachRow(
            [&](const Statement& r) { out[r.columnBlob(0)].push_back(rowFrom(r, 1)); });
        !st)
        return std::move(st).error();
    return out;
}

Status CoverageRepository::replace(const QByteArray& deviceId,
                                   const std::vector<CoverageRow>& windows)
{
    auto del = db_.prepare("DELETE FROM coverage WHERE device = ?");
    if (!del)
        return std::move(del).error();
    if (auto st = del->bind(1, deviceId).run(); !st)
        return st;
    auto q =
        db_.prepare("INSERT INTO coverage(device, from_ms, to_ms, through_seq) VALUES(?, ?, ?, ?)");
    if (!q)
        return std::move(q).error();
    for (const CoverageRow& w : windows) {
        q->reset();
        if (auto st = q->bind(1, deviceId)
                          .bind(2, sql(w.fromMs))
                          .bind(3, sql(std::min<std::uint64_t>(w.toMs, INT64_MAX)))
                          .bind(4, w.throughSeq)
                          .run();
            !st)
            return st;
    }
    return okStatus();
}

}  // namespace pp::store
