#include "asset_filter_model.h"

#include "asset_table_model.h"

namespace pp::ui {

AssetFilterModel::AssetFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AssetTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AssetFilterModel::setAssetClass(std::optional<int> assetClass)
{
    assetClass_ = assetClass;
    invalidateFilter();
}

void AssetFilterModel::setSearch(const QString& text)
{
    search_ = text.trimmed();
    invalidateFilter();
}

void AssetFilterModel::setOnlyWithFindings(bool only)
{
    onlyWithFindings_ = only;
    invalidateFilter();
}

bool AssetFilterModel::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const QAbstractItemModel* m = sourceModel();
    const QModelIndex first = m->index(row, 0, parent);
    if (assetClass_ && m->data(first, AssetTableModel::AssetClassRole).toInt() != *assetClass_)
        return false;
    if (onlyWithFindings_ &&
        m->data(m->index(row, AssetTableModel::Findings, parent), AssetTableModel::SortRole)
                .toULongLong() == 0)
        return false;
    if (search_.isEmpty())
        return true;
    for (int column : {AssetTableModel::Name, AssetTableModel::Owner, AssetTableModel::Location}) {
        if (m->data(m->index(row, column, parent))
                .toString()
                .contains(search_, Qt::CaseInsensitive))
            return true;
    }
    return QString::fromLatin1(m->data(first, AssetTableModel::DeviceIdRole).toByteArray().toHex())
        .startsWith(search_, Qt::CaseInsensitive);
}

}  // namespace pp::ui
