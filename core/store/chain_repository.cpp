// The verified chain in the workspace: trust anchor, validator sets, headers, commits, tip.

#include "store/chain_repository.h"

#include "store/meta_table.h"
#include "store/workspace_rows.h"

namespace pp::store {

using namespace rows;

Result<std::optional<Digest>> ChainRepository::chainId()
{
    auto v = readMeta(db_, "chain_id");
    if (!v)
        return std::move(v).error();
    if (!*v)
        return std::optional<Digest>();
    return digestFromBytes(**v);
}

Result<QByteArray> ChainRepository::genesis()
{
    auto v = readMeta(db_, "genesis");
    if (!v)
        return std::move(v).error();
    if (!*v)
        return Error(ErrorKind::Io, "workspace.empty",
                     QT_TRANSLATE_NOOP("Error",
                                       "the workspace has no chain yet: run sync with "
                                       "--chain-id first"));
    return **v;
}

Result<chain::Genesis> ChainRepository::trustedGenesis()
{
    auto bytes = genesis();
    if (!bytes)
        return std::move(bytes).error();
    return chain::Genesis::decode(*bytes);
}

Status ChainRepository::initialise(const Digest& chainId, const QByteArray& genesis,
                                   const QByteArray& initialSet)
{
    return inTransaction(db_, [&]() -> Status {
        if (auto st = writeMeta(db_, "chain_id", view(chainId)); !st)
            return st;
        if (auto st = writeMeta(db_, "genesis", genesis); !st)
            return st;
        auto q = db_.prepare(
            "INSERT OR REPLACE INTO validator_sets(from_height, bytes) "
            "VALUES(0, ?)");
        if (!q)
            return std::move(q).error();
        return q->bind(1, initialSet).run();
    });
}

Result<std::pair<std::uint64_t, QByteArray>> ChainRepository::trustedSet()
{
    auto row =
        db_.firstRow("SELECT from_height, bytes FROM validator_sets ORDER BY from_height DESC");
    if (!row)
        return std::move(row).error();
    if (!*row)
        return Error(ErrorKind::Io, "workspace.empty",
                     QT_TRANSLATE_NOOP("Error", "the workspace has no validator set"));
    return std::pair(static_cast<std::uint64_t>((*row)->columnInt(0)), (*row)->columnBlob(1));
}

Result<std::vector<std::pair<std::uint64_t, QByteArray>>> ChainRepository::validatorSets()
{
    auto q = db_.prepare("SELECT from_height, bytes FROM validator_sets ORDER BY from_height");
    if (!q)
        return std::move(q).error();
    std::vector<std::pair<std::uint64_t, QByteArray>> sets;
    if (auto st = q->forEachRow([&](const Statement& r) {
            sets.emplace_back(static_cast<std::uint64_t>(r.columnInt(0)), r.columnBlob(1));
        });
        !st)
        return st.error();
    return sets;
}

Result<QByteArray> ChainRepository::validatorSetAt(std::uint64_t height)
{
    auto row = db_.firstRow(
        "SELECT bytes FROM validator_sets WHERE from_height <= ? "
        "ORDER BY from_height DESC",
        sql(height));
    if (!row)
        return std::move(row).error();
    if (!*row)
        return Error(ErrorKind::Io, "workspace.empty",
                     QT_TRANSLATE_NOOP("Error", "the workspace has no validator set"));
    return (*row)->columnBlob(0);
}

Status ChainRepository::insertHeader(const StoredHeader& h, int basis)
{
    auto q = db_.prepare(
        "INSERT OR IGNORE INTO headers(height, hash, header, basis) "
        "VALUES(?, ?, ?, ?)");
    if (!q)
        return std::move(q).error();
    return q->bind(1, sql(h.header.height))
        .bind(2, view(h.hash))
        .bind(3, h.header.encode())
        .bind(4, basis)
        .run();
}

Status ChainRepository::insertSignedHeader(const StoredHeader& h, const QByteArray& commit)
{
    if (auto st = insertHeader(h, static_cast<int>(RecordRow::Basis::HistoryProof)); !st)
        return st;
    auto q = db_.prepare("INSERT OR REPLACE INTO commits(height, bytes) VALUES(?, ?)");
    if (!q)
        return std::move(q).error();
    return q->bind(1, sql(h.header.height)).bind(2, commit).run();
}

Status ChainRepository::saveTransition(const StoredHeader& before, const QByteArray& commit,
                                       std::uint64_t c, const QByteArray& set)
{
    return inTransaction(db_, [&]() -> Status {
        if (auto st = insertSignedHeader(before, commit); !st)
            return st;
        auto qs = db_.prepare(
            "INSERT OR REPLACE INTO validator_sets(from_height, bytes) "
            "VALUES(?, ?)");
        if (!qs)
            return std::move(qs).error();
        return qs->bind(1, sql(c)).bind(2, set).run();
    });
}

Result<std::optional<StoredHeader>> ChainRepository::tip()
{
    auto v = readMeta(db_, "tip_height");
    if (!v)
        return std::move(v).error();
    if (!*v)
        return std::optional<StoredHeader>();
    return header((*v)->toULongLong());
}

Status ChainRepository::saveTip(const StoredHeader& tip, const QByteArray& commit)
{
    return inTransaction(db_, [&]() -> Status {
        if (auto st = insertSignedHeader(tip, commit); !st)
            return st;
        return writeMeta(db_, "tip_height", QByteArray::number(tip.header.height));
    });
}

Result<std::optional<StoredHeader>> ChainRepository::header(std::uint64_t height)
{
    auto row = db_.firstRow("SELECT header, hash FROM headers WHERE height = ?", sql(height));
    if (!row)
        return std::move(row).error();
    if (!*row)
        return std::optional<StoredHeader>();
    auto h = headerFrom(**row, 0, 1);
    if (!h)
        return std::move(h).error();
    return std::optional<StoredHeader>(*h);
}

Result<std::optional<std::uint64_t>> ChainRepository::headersSynced()
{
    auto v = readMeta(db_, "headers_synced");
    if (!v)
        return std::move(v).error();
    if (!*v)
        return std::optional<std::uint64_t>();
    return std::optional<std::uint64_t>((*v)->toULongLong());
}

Status ChainRepository::saveHeaderRange(const std::vector<StoredHeader>& headers)
{
    if (headers.empty())
        return okStatus();
    return inTransaction(db_, [&]() -> Status {
        auto q = db_.prepare(
            "INSERT OR REPLACE INTO headers(height, hash, header, basis) "
            "VALUES(?, ?, ?, 1)");
        if (!q)
            return std::move(q).error();
        for (const StoredHeader& h : headers) {
            q->reset();
            if (auto st = q->bind(1, sql(h.header.height))
                              .bind(2, view(h.hash))
                              .bind(3, h.header.encode())
                              .run();
                !st)
                return st;
        }
        return writeMeta(db_, "headers_synced", QByteArray::number(headers.back().header.height));
    });
}

Status ChainRepository::saveProvenHeader(const StoredHeader& header)
{
    return insertHeader(header, static_cast<int>(RecordRow::Basis::HistoryProof));
}

Result<std::optional<std::pair<std::uint64_t, QByteArray>>> ChainRepository::commitAtOrAbove(
    std::uint64_t height)
{
    auto row = db_.firstRow(
        "SELECT height, bytes FROM commits WHERE height >= ? ORDER BY height LIMIT 1", sql(height));
    if (!row)
        return std::move(row).error();
    if (!*row)
        return std::optional<std::pair<std::uint64_t, QByteArray>>();
    return std::optional(
        std::pair(static_cast<std::uint64_t>((*row)->columnInt(0)), (*row)->columnBlob(1)));
}

}  // namespace pp::store
