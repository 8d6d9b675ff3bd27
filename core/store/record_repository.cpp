// Each device's verified records in the workspace, and where its verification stopped.

#include "store/record_repository.h"

#include "store/coverage_repository.h"
#include "store/daily_repository.h"
#include "store/finding_repository.h"
#include "store/workspace_rows.h"

namespace pp::store {

using namespace rows;

Result<DeviceProgress> RecordRepository::progress(const QByteArray& deviceId)
{
    auto row = db_.firstRow(
        "SELECT last_seq, last_time_ms, check_state FROM progress WHERE device = ?", deviceId);
    if (!row)
        return std::move(row).error();
    if (!*row)
        return DeviceProgress{};
    return DeviceProgress{(*row)->columnOptional(0),
                          static_cast<std::uint64_t>((*row)->columnInt(1)), (*row)->columnBlob(2)};
}

Status RecordRepository::save(const QByteArray& deviceId, const std::vector<RecordRow>& records,
                              const std::vector<FindingRow>& findings,
                              const std::vector<DailyRow>& days, const DeviceProgress& progress,
                              const std::optional<std::vector<CoverageRow>>& coverage)
{
    return inTransaction(db_, [&]() -> Status {
        if (coverage) {
            if (auto st = CoverageRepository(db_).replace(deviceId, *coverage); !st)
                return st;
        }
        if (auto st = DailyRepository(db_).upsert(days); !st)
            return st;
        auto q = db_.prepare(
            "INSERT OR REPLACE INTO records(height, idx, device, seq, time_ms, "
            "type, basis, record, proof) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!q)
            return std::move(q).error();
        for (const RecordRow& r : records) {
            q->reset();
            if (auto st = q->bind(1, sql(r.height))
                              .bind(2, sql(r.index))
                              .bind(3, r.deviceId)
                              .bind(4, sql(r.seq))
                              .bind(5, sql(r.timeMs))
                              .bind(6, r.type)
                              .bind(7, static_cast<int>(r.basis))
                              .bind(8, r.record)
                              .bind(9, r.proof)
                              .run();
                !st)
                return st;
        }
        if (auto st = FindingRepository(db_).insert(findings); !st)
            return st;
        return saveProgress(deviceId, progress);
    });
}

Status RecordRepository::saveProgress(const QByteArray& deviceId, const DeviceProgress& progress)
{
    auto p = db_.prepare(
        "INSERT OR REPLACE INTO progress(device, last_seq, last_time_ms, "
        "check_state) VALUES(?, ?, ?, ?)");
    if (!p)
        return std::move(p).error();
    return p->bind(1, deviceId)
        .bind(2, progress.lastSeq)
        .bind(3, sql(progress.lastTimeMs))
        .bind(4, progress.checkState)
        .run();
}

Status RecordRepository::replaceDerived(const QByteArray& deviceId,
                                        const std::vector<FindingRow>& findings,
                                        const std::vector<DailyRow>& days,
                                        const DeviceProgress& progress)
{
    return inTransaction(db_, [&]() -> Status {
        // A finding on a stored record was derived from it; a refused entry was never
        // stored, so its finding names a place no stored record has.
        auto f = db_.prepare(
            "DELETE FROM findings WHERE device = ?1 AND EXISTS(SELECT 1 FROM records r "
            "WHERE r.height = findings.height AND r.idx = findings.idx AND r.device = ?1)");
        if (!f)
            return std::move(f).error();
        if (auto st = f->bind(1, deviceId).run(); !st)
            return st;
        auto d = db_.prepare("DELETE FROM daily WHERE device = ?");
        if (!d)
            return std::move(d).error();
        if (auto st = d->bind(1, deviceId).run(); !st)
            return st;
        if (auto st = DailyRepository(db_).upsert(days); !st)
            return st;
        if (auto st = FindingRepository(db_).insert(findings); !st)
            return st;
        return saveProgress(deviceId, progress);
    });
}

Result<std::vector<RecordRow>> RecordRepository::ofDevice(const QByteArray& deviceId,
                                                          std::uint64_t fromMs, std::uint64_t toMs,
                                                          std::uint64_t limit)
{
    auto q = db_.prepare(
        "SELECT seq, height, idx, time_ms, type, basis, record, proof FROM "
        "records WHERE device = ? AND time_ms >= ? AND time_ms < ? "
        "ORDER BY time_ms, seq LIMIT ?");
    if (!q)
        return std::move(q).error();
    q->bind(1, deviceId)
        .bind(2, sql(fromMs))
        .bind(3, sql(std::min<std::uint64_t>(toMs, INT64_MAX)))
        .bind(4, sql(std::min<std::uint64_t>(limit, INT64_MAX)));
    std::vector<RecordRow> rows;
    if (auto st = q->forEachRow([&](const Statement& r) {
            rows.push_back({deviceId, static_cast<std::uint64_t>(r.columnInt(0)),
                            static_cast<std::uint64_t>(r.columnInt(1)),
                            static_cast<std::uint64_t>(r.columnInt(2)),
                            static_cast<std::uint64_t>(r.columnInt(3)),
                            static_cast<int>(r.columnInt(4)), r.columnBlob(6), r.columnBlob(7),
                            static_cast<RecordRow::Basis>(r.columnInt(5))});
        });
        !st)
        return st.error();
    return rows;
}

namespace {

// Rows of one device from `q`, whose columns are seq, height, idx, time_ms, type, basis,
// record (and proof, when `withProof`), handed to `fn` one at a time in one reused row.
Status stepRows(Statement& q, const QByteArray& deviceId, bool withProof,
                const std::function<bool(const RecordRow&)>& fn)
{
    RecordRow row;
    row.deviceId = deviceId;
    while (true) {
        auto more = q.step();
        if (!more)
            return std::move(more).error();
        if (!*more)
            return okStatus();
        row.seq = static_cast<std::uint64_t>(q.columnInt(0));
        row.height = static_cast<std::uint64_t>(q.columnInt(1));
        row.index = static_cast<std::uint64_t>(q.columnInt(2));
        row.timeMs = static_cast<std::uint64_t>(q.columnInt(3));
        row.type = static_cast<int>(q.columnInt(4));
        row.basis = static_cast<RecordRow::Basis>(q.columnInt(5));
        row.record = q.columnBlob(6);
        if (withProof)
            row.proof = q.columnBlob(7);
        if (!fn(row))
            return okStatus();
    }
}

}  // namespace

Status RecordRepository::forEachOfDevice(const QByteArray& deviceId, std::uint64_t fromMs,
                                         std::uint64_t toMs,
                                         const std::function<bool(const RecordRow&)>& fn)
{
    auto q = db_.prepare(
        "SELECT seq, height, idx, time_ms, type, basis, record FROM records "
        "WHERE device = ? AND time_ms >= ? AND time_ms < ? ORDER BY time_ms, seq");
    if (!q)
        return std::move(q).error();
    q->bind(1, deviceId)
        .bind(2, sql(fromMs))
        .bind(3, sql(std::min<std::uint64_t>(toMs, INT64_MAX)));
    return stepRows(*q, deviceId, false, fn);
}

Status RecordRepository::forEachInSeqOrder(const QByteArray& deviceId, std::uint64_t sampleEvery,
                                           const std::function<bool(const RecordRow&)>& fn)
{
    auto q = db_.prepare(
        "SELECT seq, height, idx, time_ms, type, basis, record, proof FROM records "
        "WHERE device = ?1 AND seq % ?2 = 0 ORDER BY seq, height, idx");
    if (!q)
        return std::move(q).error();
    q->bind(1, deviceId).bind(2, sql(std::max<std::uint64_t>(1, sampleEvery)));
    return stepRows(*q, deviceId, true, fn);
}

Result<std::optional<RecordRow>> RecordRepository::at(std::uint64_t height, std::uint64_t index)
{
    auto row = db_.firstRow(
        "SELECT device, seq, time_ms, type, basis, record, proof FROM records "
        "WHERE height = ? AND idx = ?",
        sql(height), sql(index));
    if (!row)
        return std::move(row).error();
    if (!*row)
        return std::optional<RecordRow>();
    const Statement& r = **row;
    return std::optional<RecordRow>(
        RecordRow{r.columnBlob(0), static_cast<std::uint64_t>(r.columnInt(1)), height, index,
                  static_cast<std::uint64_t>(r.columnInt(2)), static_cast<int>(r.columnInt(3)),
                  r.columnBlob(5), r.columnBlob(6), static_cast<RecordRow::Basis>(r.columnInt(4))});
}

Result<std::uint64_t> RecordRepository::count()
{
    return rows::count(db_, "SELECT count(*) FROM records");
}

}  // namespace pp::store
