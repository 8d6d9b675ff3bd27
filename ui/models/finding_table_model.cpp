#include "finding_table_model.h"

#include "findings/finding_codes.h"
#include "format.h"

namespace pp::ui {

void FindingTableModel::setFindings(std::shared_ptr<const std::vector<findings::Finding>> findings)
{
    beginResetModel();
    findings_ = std::move(findings);
    endResetModel();
}

void FindingTableModel::setAssetNames(QHash<QByteArray, QString> names)
{
    if (names == names_)
        return;  // each refresh sends them again; re-sorting every row would be for nothing
    names_ = std::move(names);
    if (rowCount() > 0)
        emit dataChanged(index(0, Asset), index(rowCount() - 1, Asset), {Qt::DisplayRole});
}

int FindingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !findings_ ? 0 : static_cast<int>(findings_->size());
}

int FindingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingTableModel::explanation(const QString& code)
{
    const findings::FindingCode* c = findings::findingCode(code);
    return c != nullptr ? QCoreApplication::translate("Finding", c->explanation)
                        : tr("A finding this version does not know.");
}

QString FindingTableModel::assetName(const QHash<QByteArray, QString>& names,
                                     const QByteArray& deviceId)
{
    if (deviceId.isEmpty())
        return tr("The chain");
    return names.value(deviceId, Format::shortHex(deviceId));
}

QVariant FindingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const findings::Finding& f = (*findings_)[static_cast<std::size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case Code:
                    return f.code;
                case Asset:
                    return assetName(names_, f.deviceId);
                case Time:
                    return f.timeMs ? Format::dateTime(*f.timeMs) : QString();
                case Block:
                    return f.height ? tr("%1 / %2").arg(Format::integer(*f.height),
                                                        Format::integer(f.index.value_or(0)))
                                    : QString();
                case Detail:
                    return f.message.localized();
                default:
                    return {};
            }
        case SortRole:
            switch (index.column()) {
                case Time:
                    return static_cast<qulonglong>(f.timeMs.value_or(0));
                case Block:
                    return static_cast<qulonglong>(f.height.value_or(0));
                default:
                    return data(index, Qt::DisplayRole);
            }
        case Qt::ToolTipRole:
        case ExplanationRole:
            return explanation(f.code);
        case CodeRole:
            return f.code;
        case HeightRole:
            return f.height ? QVariant(static_cast<qulonglong>(*f.height)) : QVariant();
        case IndexRole:
            return f.index ? QVariant(static_cast<qulonglong>(*f.index)) : QVariant();
        default:
            return {};
    }
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Code:
            return tr("Code");
        case Asset:
            return tr("Asset");
        case Time:
            return tr("Time");
        case Block:
            return tr("Block / index");
        case Detail:
            return tr("Detail");
        default:
            return {};
    }
}

}  // namespace pp::ui
