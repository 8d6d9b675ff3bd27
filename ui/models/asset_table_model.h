#pragma once

#include "analytics/portfolio.h"

#include <QAbstractTableModel>

#include <memory>

namespace pp::ui {

// The portfolio's assets as a table: class, name, owner, location or VIN, capacity,
// verified records, coverage, findings. DisplayRole is formatted for the locale; SortRole
// holds the raw value so that columns sort by number, not by text.
class AssetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Class,
        Name,
        Owner,
        Location,
        Capacity,
        Records,
        Coverage,
        Findings,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, DeviceIdRole, AssetClassRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setPortfolio(std::shared_ptr<const analytics::Portfolio> portfolio);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const analytics::AssetOverview& a, int column) const;
    QVariant sortKey(const analytics::AssetOverview& a, int column) const;

    std::shared_ptr<const analytics::Portfolio> portfolio_;
};

}  // namespace pp::ui
