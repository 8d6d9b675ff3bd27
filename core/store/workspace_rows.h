#pragma once

// What the workspace's repositories (store/*_repository.cpp) share: how integers, headers and
// translatable texts go into and come out of rows, and one transaction around a body.
// Internal to store/.

#include "common/text.h"
#include "store/row_types.h"
#include "store/sqlite.h"

#include <cstdint>

namespace pp::store::rows {

// SQLite's integers are signed; heights and times above 2^63 do not occur, and keep their
// bits either way.
inline std::int64_t sql(std::uint64_t v)
{
    return static_cast<std::int64_t>(v);
}

Result<StoredHeader> headerFrom(const Statement& row, int headerColumn, int hashColumn);

// A finding's or witness's text: translatable parts when stored by schema 4 and later,
// the English alone before.
Text storedText(const Statement& row, int englishColumn, int partsColumn);

// The one integer a query such as "SELECT count(*) ..." answers.
Result<std::uint64_t> count(Database& db, const char* sql);

// Runs `body` in one transaction: all of it is stored, or none.
template <typename Body>
Status inTransaction(Database& db, Body body)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::move(tx).error();
    if (Status st = body(); !st)
        return st;
    return tx->commit();
}

}  // namespace pp::store::rows
