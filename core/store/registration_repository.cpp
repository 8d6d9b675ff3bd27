// Registrations in the workspace, and the devices they describe.

#include "store/registration_repository.h"

#include "store/meta_table.h"
#include "store/workspace_rows.h"

#include <map>

namespace pp::store {

using namespace rows;

Result<std::uint64_t> RegistrationRepository::after()
{
    auto v = readMeta(db_, "registrations_after");
    if (!v)
        return std::move(v).error();
    return *v ? (*v)->toULongLong() : 0;
}

Status RegistrationRepository::save(const std::vector<RegistrationRow>& rows, std::uint64_t after)
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

Result<std::vector<RegistrationRow>> RegistrationRepository::all()
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

Result<std::vector<DeviceRow>> RegistrationRepository::devices(const QByteArray& only)
{
    auto regs = all();
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
    out.reserve(byId.size());
    for (auto& [id, d] : byId)
        out.push_back(std::move(d));
    return out;
}

Result<std::uint64_t> RegistrationRepository::count()
{
    return rows::count(db_, "SELECT count(*) FROM registrations");
}

}  // namespace pp::store
