#include "store/workspace_rows.h"

namespace pp::store::rows {

Result<StoredHeader> headerFrom(const Statement& row, int headerColumn, int hashColumn)
{
    auto header = chain::Header::decode(row.columnBlob(headerColumn));
    auto hash = digestFromBytes(row.columnBlob(hashColumn));
    if (!header || !hash)
        return Error(ErrorKind::Io, "workspace.corrupt",
                     QT_TRANSLATE_NOOP("Error", "the workspace holds a damaged header"));
    return StoredHeader{*header, *hash};
}

Result<std::uint64_t> count(Database& db, const char* sql)
{
    auto row = db.firstRow(sql);
    if (!row)
        return std::move(row).error();
    return static_cast<std::uint64_t>((*row)->columnInt(0));
}

Text storedText(const Statement& row, int englishColumn, int partsColumn)
{
    if (auto parts = Text::fromJson(row.columnBlob(partsColumn)))
        return *std::move(parts);
    return Text::verbatim(row.columnText(englishColumn));
}

}  // namespace pp::store::rows
