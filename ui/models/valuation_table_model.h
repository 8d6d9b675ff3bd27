#pragma once

#include "valuation/portfolio_valuation.h"

#include <QAbstractTableModel>

#include <memory>

namespace pp::ui {

// The portfolio as a financier reads it: each asset's value, P50/P90, the lowest DSCR at
// P90, coverage and the haircut that leaving implausible data out cost. DisplayRole is
// formatted for the locale; SortRole holds the raw value.
class ValuationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Class, Value, P50, P90, DscrP90, Coverage, Haircut, Note, ColumnCount };
    enum Role { SortRole = Qt::UserRole, DeviceIdRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setValuation(std::shared_ptr<const valuation::PortfolioValuation> valuation);
    const std::shared_ptr<const valuation::PortfolioValuation>& valuation() const
    {
        return valuation_;
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const valuation::PortfolioValuation> valuation_;
};

}  // namespace pp::ui
