// What the workspace keeps of the network: a fork's evidence and each witness's state.

#include "store/network_repository.h"

#include "store/workspace_rows.h"

namespace pp::store {

using namespace rows;

Status NetworkRepository::saveFork(const ForkRow& f)
{
    return inTransaction(db_, [&]() -> Status {
        auto q = db_.prepare(
            "INSERT OR REPLACE INTO forks(height, witness, hash_a, header_a, commit_a, hash_b, "
            "header_b, commit_b, double_signers) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!q)
            return std::move(q).error();
        return q->bind(1, sql(f.height))
            .bind(2, f.witness)
            .bind(3, f.hashA)
            .bind(4, f.headerA)
            .bind(5, f.commitA)
            .bind(6, f.hashB)
            .bind(7, f.headerB)
            .bind(8, f.commitB)
            .bind(9, f.doubleSigners)
            .run();
    });
}

Result<std::optional<ForkRow>> NetworkRepository::fork()
{
    auto row = db_.firstRow(
        "SELECT height, witness, hash_a, header_a, commit_a, hash_b, header_b, commit_b, "
        "double_signers FROM forks ORDER BY height");
    if (!row)
        return std::move(row).error();
    if (!*row)
        return std::optional<ForkRow>();
    const Statement& r = **row;
    return std::optional<ForkRow>(ForkRow{static_cast<std::uint64_t>(r.columnInt(0)),
                                          r.columnText(1), r.columnBlob(2), r.columnBlob(3),
                                          r.columnBlob(4), r.columnBlob(5), r.columnBlob(6),
                                          r.columnBlob(7), r.columnText(8)});
}

Status NetworkRepository::saveWitness(const WitnessRow& w)
{
    auto q = db_.prepare(
        "INSERT OR REPLACE INTO witnesses(url, status, detail, detail_parts) VALUES(?, ?, ?, ?)");
    if (!q)
        return std::move(q).error();
    return q->bind(1, w.url)
        .bind(2, w.status)
        .bind(3, w.detail.english())
        .bind(4, QString::fromUtf8(w.detail.toJson()))
        .run();
}

Result<std::vector<WitnessRow>> NetworkRepository::witnesses()
{
    auto q = db_.prepare("SELECT url, status, detail, detail_parts FROM witnesses ORDER BY url");
    if (!q)
        return std::move(q).error();
    std::vector<WitnessRow> rows;
    if (auto st = q->forEachRow([&](const Statement& r) {
            rows.push_back({r.columnText(0), r.columnText(1), storedText(r, 2, 3)});
        });
        !st)
        return st.error();
    return rows;
}

}  // namespace pp::store
