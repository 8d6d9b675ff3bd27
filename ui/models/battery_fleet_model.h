#pragma once

#include "analytics/battery/battery_fleet.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace pp::ui {

// The fleet's packs and vans as an insurer ranks them: the risk score and each of its
// parts (the points it adds, out of its weight), with the figures behind them. DisplayRole
// is formatted for the locale; SortRole holds the raw value; the parts' tooltips say what
// they score.
class BatteryFleetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Rank,
        Name,
        Class,
        Risk,
        SohDiscrepancy,
        Temperature,
        NegativeEvents,
        DepthOfDischarge,
        CRate,
        FastCharge,
        Coverage,
        Efc,
        SohReported,
        SohEstimated,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, DeviceIdRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setFleet(std::shared_ptr<const std::vector<analytics::FleetBattery>> fleet);
    bool hasFleet() const { return fleet_ != nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // The part of the score a column shows, or null.
    static const analytics::RiskPart* part(const analytics::FleetBattery& b, int column);

    std::shared_ptr<const std::vector<analytics::FleetBattery>> fleet_;
};

}  // namespace pp::ui
