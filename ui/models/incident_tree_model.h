#pragma once

#include "analytics/incidents.h"
#include "findings/finding.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace pp::ui {

// Incidents first, each expandable to its findings: what a person acts on, with the
// evidence under it. Top-level rows are incidents (most severe first, as grouped); their
// children are the findings they hold, in time order.
class IncidentTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Subject, Severity, Code, From, To, Count, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        CodeRole,      // as FindingTableModel's, so that one filter serves both
        IncidentRole,  // the incident's row in incidents(), on the incident and its findings
        HeightRole,
        IndexRole,
    };

    using QAbstractItemModel::QAbstractItemModel;

    void setIncidents(std::shared_ptr<const std::vector<findings::Finding>> findings,
                      std::shared_ptr<const std::vector<analytics::Incident>> incidents);
    void setAssetNames(QHash<QByteArray, QString> names);
    const analytics::Incident* incident(const QModelIndex& index) const;
    // "Beijing PV plant 14: generation with the sun down": asset and kind.
    QString title(const analytics::Incident& incident) const;
    static QString severityName(analytics::Incident::Severity severity);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant incidentData(const analytics::Incident& incident, int column, int role) const;
    QVariant findingData(const findings::Finding& finding, int column, int role) const;

    std::shared_ptr<const std::vector<findings::Finding>> findings_;
    std::shared_ptr<const std::vector<analytics::Incident>> incidents_;
    QHash<QByteArray, QString> names_;
};

}  // namespace pp::ui
