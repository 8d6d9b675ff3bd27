#include "incident_tree_model.h"

#include "format.h"
#include "models/finding_table_model.h"

#include <QColor>

namespace pp::ui {

namespace {

// A child's internal id is its incident's row + 1; an incident's is 0.
constexpr quintptr kTopLevel = 0;

}  // namespace

void IncidentTreeModel::setIncidents(
    std::shared_ptr<const std::vector<findings::Finding>> findings,
    std::shared_ptr<const std::vector<analytics::Incident>> incidents)
{
    beginResetModel();
    findings_ = std::move(findings);
    incidents_ = findings_ ? std::move(incidents) : nullptr;
    endResetModel();
}

void IncidentTreeModel::setAssetNames(QHash<QByteArray, QString> names)
{
    if (names == names_)
        return;         // each refresh sends them again; a reset would rebuild the tree for nothing
    beginResetModel();  // titles change at both levels
    names_ = std::move(names);
    endResetModel();
}

const analytics::Incident* IncidentTreeModel::incident(const QModelIndex& index) const
{
    if (!index.isValid() || !incidents_)
        return nullptr;
    const std::size_t row = index.internalId() == kTopLevel
                                ? static_cast<std::size_t>(index.row())
                                : static_cast<std::size_t>(index.internalId() - 1);
    return row < incidents_->size() ? &(*incidents_)[row] : nullptr;
}

QString IncidentTreeModel::title(const analytics::Incident& incident) const
{
    return tr("%1: %2").arg(FindingTableModel::assetName(names_, incident.deviceId),
                            incident.what.localized());
}

QString IncidentTreeModel::severityName(analytics::Incident::Severity severity)
{
    switch (severity) {
        case analytics::Incident::Severity::Critical:
            return tr("Critical");
        case analytics::Incident::Severity::High:
            return tr("High");
        case analytics::Incident::Severity::Medium:
            break;
    }
    return tr("Medium");
}

QModelIndex IncidentTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex IncidentTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopLevel);
}

int IncidentTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!incidents_)
        return 0;
    if (!parent.isValid())
        return static_cast<int>(incidents_->size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return static_cast<int>((*incidents_)[static_cast<std::size_t>(parent.row())].findings.size());
}

int IncidentTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant IncidentTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const analytics::Incident* n = incident(index);
    if (n == nullptr)
        return {};
    if (role == IncidentRole)
        return static_cast<int>(n - incidents_->data());
    if (role == CodeRole)
        return n->code;
    if (index.internalId() == kTopLevel)
        return incidentData(*n, index.column(), role);
    const std::size_t i = n->findings.at(static_cast<std::size_t>(index.row()));
    return findingData((*findings_)[i], index.column(), role);
}

QVariant IncidentTreeModel::incidentData(const analytics::Incident& n, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == Severity &&
        n.severity == analytics::Incident::Severity::Critical)
        return QColor(0xc0, 0x1c, 0x28);
    if (role == Qt::ToolTipRole)
        return FindingTableModel::explanation(n.code);
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (column) {
        case Subject:
            return title(n);
        case Severity:
            return sort ? QVariant(static_cast<int>(n.severity)) : severityName(n.severity);
        case Code:
            return n.code;
        case From:
            return sort ? QVariant(static_cast<qulonglong>(n.firstMs))
                        : (n.firstMs ? Format::dateTime(n.firstMs) : QString());
        case To:
            return sort ? QVariant(static_cast<qulonglong>(n.lastMs))
                        : (n.lastMs ? Format::dateTime(n.lastMs) : QString());
        case Count:
            return sort ? QVariant(static_cast<qulonglong>(n.findings.size()))
                        : tr("%1 finding(s) on %2 day(s)")
                              .arg(Format::integer(n.findings.size()), Format::integer(n.days));
        default:
            return {};
    }
}

QVariant IncidentTreeModel::findingData(const findings::Finding& f, int column, int role) const
{
    if (role == HeightRole)
        return f.height ? QVariant(static_cast<qulonglong>(*f.height)) : QVariant();
    if (role == IndexRole)
        return f.index ? QVariant(static_cast<qulonglong>(*f.index)) : QVariant();
    if (role == Qt::ToolTipRole)
        return FindingTableModel::explanation(f.code);
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (column) {
        case Subject:
            return f.message.localized();
        case Code:
            return f.code;
        case From:
            return sort ? QVariant(static_cast<qulonglong>(f.timeMs.value_or(0)))
                        : (f.timeMs ? Format::dateTime(*f.timeMs) : QString());
        case Count:
            return f.height
                       ? tr("block %1 / %2")
                             .arg(Format::integer(*f.height), Format::integer(f.index.value_or(0)))
                       : QString();
        default:
            return sort ? QVariant(QString()) : QVariant();
    }
}

QVariant IncidentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Subject:
            return tr("Incident / finding");
        case Severity:
            return tr("Severity");
        case Code:
            return tr("Code");
        case From:
            return tr("From");
        case To:
            return tr("To");
        case Count:
            return tr("Extent");
        default:
            return {};
    }
}

}  // namespace pp::ui
