// Devices in the workspace: registrations, each device's progress and verified records.

#include "store/workspace.h"

#include "store/meta_table.h"
#include "store/workspace_rows.h"

namespace pp::store {

using namespace rows;

Result<std::uint64_t> Workspace::registrationsAfter()
{
    auto v = readMeta(db_, "registrations_after");
    if (!v)
        return std::move(v).error();
    return *v ? (*v)->toULongLong() : 0;
}

Status Workspace::saveRegistrations(const std::vector<RegistrationRow>& rows, std::uint64_t after)
{
    return inTransaction(db_, [&]() -> Status {
        auto q = db_.prepare(
            "INSERT OR REPLACE INTO registrations(height, idx, device, type, key_cbor, "
            "asset_class, meta_cbor, record, proof) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!q)
            return std::move(q).error();
        for (const RegistrationRow& r : rows) {
            q->reset();
            if (auto st = q->bind(1, sql(r.height))
                              .bind(2, sql(r.index))
                              .bind(3, r.deviceId)
                              .bind(4, r.type)
                              .bind(5, r.keyCbor)
                              .bind(6, r.assetClass)
                              .bind(7, r.metaCbor)
                              .bind(8, r.record)
                              .bind(9, r.proof)
                              .run();
                !st)
                return st;
        }
        return writeMeta(db_, "registrations_after", QByteArray::number(after));
    });
}

Result<std::vector<RegistrationRow>> Workspace::registrations()
{
    auto q = db_.prepare(
        "SELECT height, idx, device, type, key_cbor, asset_class, meta_cbor, "
        "record, proof FROM registrations ORDER BY height, idx");
    if (!q)
        return std::move(q).error();
    std::vector<RegistrationRow> rows;
    if (auto st = q->forEachRow([&](const Statement& r) {
            rows.push_back({static_cast<std::uint64_t>(r.columnInt(0)),
                            static_cast<std::uint64_t>(r.columnInt(1)), r.columnBlob(2),
                            static_cast<int>(r.columnInt(3)), r.columnBlob(4),
                            static_cast<int>(r.columnInt(5)), r.columnBlob(6), r.columnBlob(7),
                            r.columnBlob(8)});
        });
        !st)
        return st.error();
    return rows;
}

Result<std::vector<DeviceRow>> Workspace::devices(const QByteArray& only)
{
    auto regs = registrations();
    if (!regs)
        return std::move(regs).error();
    // Registrations in ledger order: a later one replaces the key, a revocation ends it.
    std::map<QByteArray, DeviceRow> byId;
    for (const RegistrationRow& r : *regs) {
        if (!only.isEmpty() && r.deviceId != only)
            continue;
        DeviceRow& d = byId[r.deviceId];
        d.deviceId = r.deviceId;
        if (r.type == 1) {
            if (d.keyCbor.isEmpty())
                d.registeredHeight = r.height;
            d.assetClass = r.assetClass;
            d.keyCbor = r.keyCbor;
            d.metaCbor = r.metaCbor;
        } else if (!d.revokedHeight) {
            d.revokedHeight = r.height;
        }
    }
    // Per-device counts of verified records and of findings: of one device by its index
    // range, not of all.
    const struct
    {
        const char* all;
        const char* one;
        std::uint64_t DeviceRow::*field;
    } counts[] = {{"SELECT device, count(*) FROM records GROUP BY device",
                   "SELECT device, count(*) FROM records WHERE device = ?", &DeviceRow::records},
                  {"SELECT device, count(*) FROM findings GROUP BY device",
                   "SELECT device, count(*) FROM findings WHERE device = ?", &DeviceRow::findings}};
    for (const auto& [all, one, field] : counts) {
        auto q = db_.prepare(only.isEmpty() ? all : one);
        if (!q)
            return std::move(q).error();
        if (!only.isEmpty())
            q->bind(1, only);
        auto st = q->forEachRow([&, field = field](const Statement& r) {
            auto it = byId.find(r.columnBlob(0));
            if (it != byId.end())
                it->second.*field = static_cast<std::uint64_t>(r.columnInt(1));
        });
        if (!st)
            return st.error();
    }
    std::vector<DeviceRow> out;
    for (auto& [id, d] : byId)
        out.push_back(std::move(d));
    return out;
}

Result<DeviceProgress> Workspace::progress(const QByteArray& deviceId)
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

Status Workspace::saveRecords(const QByteArray& deviceId, const std::vector<RecordRow>& records,
                              const std::vector<FindingRow>& findings,
                              const std::vector<DailyRow>& days, const DeviceProgress& progress)
{
    return inTransaction(db_, [&]() -> Status {
        if (auto st = upsertDaily(days); !st)
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
        if (auto st = insertFindings(findings); !st)
            return st;
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
    });
}

Result<std::vector<RecordRow>> Workspace::records(const QByteArray& deviceId, std::uint64_t fromMs,
                                                  std::uint64_t toMs, std::uint64_t limit)
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

Result<std::optional<RecordRow>> Workspace::record(std::uint64_t height, std::uint64_t index)
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

}  // namespace pp::store
