#include "asset_table_model.h"

#include "format.h"

namespace pp::ui {

namespace {

std::optional<double> capacityOf(const analytics::AssetInfo& i)
{
    return i.assetClass == records::AssetClass::Pv ? i.capacityW : i.capacityWh;
}

}  // namespace

void AssetTableModel::setPortfolio(std::shared_ptr<const analytics::Portfolio> portfolio)
{
    beginResetModel();
    portfolio_ = std::move(portfolio);
    endResetModel();
}

int AssetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !portfolio_ ? 0 : static_cast<int>(portfolio_->assets.size());
}

int AssetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::AssetOverview& a = portfolio_->assets[static_cast<std::size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
            return display(a, index.column());
        case SortRole:
            return sortKey(a, index.column());
        case DeviceIdRole:
            return a.info.deviceId;
        case AssetClassRole:
            return static_cast<int>(a.info.assetClass);
        case Qt::TextAlignmentRole:
            if (index.column() >= Capacity)
                return QVariant(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::ToolTipRole:
            if (index.column() == Name)
                return tr("Device %1").arg(QString::fromLatin1(a.info.deviceId.toHex()));
            if (index.column() == Coverage)
                return tr("%1 days with verified data").arg(a.daysWithData);
            return {};
        default:
            return {};
    }
}

QVariant AssetTableModel::display(const analytics::AssetOverview& a, int column) const
{
    const analytics::AssetInfo& i = a.info;
    switch (column) {
        case Class:
            return Format::assetClass(i.assetClass);
        case Name:
            return i.revoked ? tr("%1 (revoked)").arg(i.name) : i.name;
        case Owner:
            return i.owner;
        case Location:
            if (!i.vin.isEmpty())
                return i.vin;
            if (i.latitude && i.longitude)
                return tr("%1°, %2°")
                    .arg(Format::number(*i.latitude, 3), Format::number(*i.longitude, 3));
            return QString();
        case Capacity: {
            const auto c = capacityOf(i);
            if (!c)
                return QString();
            return i.assetClass == records::AssetClass::Pv ? Format::power(*c) : Format::energy(*c);
        }
        case Records:
            return Format::integer(i.records);
        case Coverage:
            return Format::percent(a.coverage * 100);
        case Findings:
            return Format::integer(i.findings);
        default:
            return {};
    }
}

QVariant AssetTableModel::sortKey(const analytics::AssetOverview& a, int column) const
{
    const analytics::AssetInfo& i = a.info;
    switch (column) {
        case Class:
            return static_cast<int>(i.assetClass);
        case Capacity:
            return capacityOf(i).value_or(0);
        case Records:
            return static_cast<qulonglong>(i.records);
        case Coverage:
            return a.coverage;
        case Findings:
            return static_cast<qulonglong>(i.findings);
        default:
            return display(a, column);
    }
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Class:
            return tr("Class");
        case Name:
            return tr("Name");
        case Owner:
            return tr("Owner");
        case Location:
            return tr("Location / VIN");
        case Capacity:
            return tr("Capacity");
        case Records:
            return tr("Records");
        case Coverage:
            return tr("Coverage");
        case Findings:
            return tr("Findings");
        default:
            return {};
    }
}

}  // namespace pp::ui
