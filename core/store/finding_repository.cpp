// Findings in the workspace (findings/finding.h): kept with their translatable parts.

#include "store/finding_repository.h"

#include "store/workspace_rows.h"

namespace pp::store {

using namespace rows;

Status FindingRepository::insert(const std::vector<FindingRow>& findings)
{
    auto q = db_.prepare(
        "INSERT INTO findings(device, code, height, idx, seq, time_ms, message, message_parts) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q)
        return std::move(q).error();
    for (const FindingRow& f : findings) {
        q->reset();
        if (auto st = q->bind(1, f.deviceId)
                          .bind(2, f.code)
                          .bind(3, f.height)
                          .bind(4, f.index)
                          .bind(5, f.seq)
                          .bind(6, f.timeMs)
                          .bind(7, f.message.english())
                          .bind(8, QString::fromUtf8(f.message.toJson()))
                          .run();
            !st)
            return st;
    }
    return okStatus();
}

Status FindingRepository::add(const std::vector<FindingRow>& findings)
{
    return inTransaction(db_, [&] { return insert(findings); });
}

Result<std::vector<FindingRow>> FindingRepository::list(const QByteArray& deviceId,
                                                        const QString& code)
{
    // Empty filters match everything.
    auto q = db_.prepare(
        "SELECT device, code, height, idx, seq, time_ms, message, message_parts FROM findings "
        "WHERE (length(?1) = 0 OR device = ?1) AND (?2 = '' OR code = ?2) "
        "ORDER BY id");
    if (!q)
        return std::move(q).error();
    q->bind(1, deviceId).bind(2, code);
    std::vector<FindingRow> rows;
    if (auto st = q->forEachRow([&](const Statement& r) {
            rows.push_back({r.columnBlob(0), r.columnText(1), r.columnOptional(2),
                            r.columnOptional(3), r.columnOptional(4), r.columnOptional(5),
                            storedText(r, 6, 7)});
        });
        !st)
        return st.error();
    return rows;
}

Result<std::map<QString, std::uint64_t>> FindingRepository::counts()
{
    auto q = db_.prepare("SELECT code, count(*) FROM findings GROUP BY code");
    if (!q)
        return std::move(q).error();
    std::map<QString, std::uint64_t> counts;
    if (auto st = q->forEachRow([&](const Statement& r) {
            counts[r.columnText(0)] = static_cast<std::uint64_t>(r.columnInt(1));
        });
        !st)
        return st.error();
    return counts;
}

Result<std::vector<std::pair<QByteArray, std::uint64_t>>> FindingRepository::times(
    const QString& code)
{
    auto q = db_.prepare(
        "SELECT DISTINCT device, time_ms FROM findings WHERE code = ? AND time_ms IS NOT NULL");
    if (!q)
        return std::move(q).error();
    q->bind(1, code);
    std::vector<std::pair<QByteArray, std::uint64_t>> rows;
    if (auto st = q->forEachRow([&](const Statement& r) {
            rows.emplace_back(r.columnBlob(0), static_cast<std::uint64_t>(r.columnInt(1)));
        });
        !st)
        return st.error();
    return rows;
}

}  // namespace pp::store
