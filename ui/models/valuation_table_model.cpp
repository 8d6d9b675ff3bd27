#include "valuation_table_model.h"

#include "format.h"

#include <QColor>

namespace pp::ui {

void ValuationTableModel::setValuation(
    std::shared_ptr<const valuation::PortfolioValuation> valuation)
{
    beginResetModel();
    valuation_ = std::move(valuation);
    endResetModel();
}

int ValuationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !valuation_ ? 0 : static_cast<int>(valuation_->assets.size());
}

int ValuationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValuationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !valuation_ || index.row() >= rowCount())
        return {};
    const valuation::AssetValuation& a = valuation_->assets[static_cast<std::size_t>(index.row())];
    const valuation::PvValuation* pv = a.pv ? &*a.pv : nullptr;
    const int column = index.column();
    if (role == DeviceIdRole)
        return a.info.deviceId;
    if (role == Qt::TextAlignmentRole && column != Name && column != Class && column != Note)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == Note && a.insufficientData())
        return QColor(0xc6, 0x28, 0x28);
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    const auto figure = [sort](std::optional<double> v, int decimals) -> QVariant {
        if (!v)
            return sort ? QVariant(-1e300) : QVariant(QStringLiteral("–"));
        return sort ? QVariant(*v) : QVariant(Format::number(*v, decimals));
    };
    const double haircut = pv ? pv->haircutShare : a.storage ? a.storage->haircutShare : 0;
    switch (column) {
        case Name:
            return a.info.name;
        case Class:
            return Format::assetClass(a.info.assetClass);
        case Value:
            return figure(a.valueCny(), 0);
        case P50:
            return figure(pv ? std::optional(pv->performance.annual.p50Kwh / 1000) : std::nullopt,
                          1);
        case P90:
            return figure(pv ? std::optional(pv->performance.annual.p90Kwh / 1000) : std::nullopt,
                          1);
        case DscrP90:
            return figure(pv ? pv->cashFlows.p90.dscrMin : std::nullopt, 2);
        case Coverage:
            return sort ? QVariant(a.coverage) : QVariant(Format::percent(a.coverage * 100));
        case Haircut:
            return sort ? QVariant(haircut) : QVariant(Format::percent(haircut * 100));
        case Note:
            if (a.insufficientData())
                return tr("insufficient data (under 30 days)");
            return a.absent.localized();
        default:
            return {};
    }
}

QVariant ValuationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case Value:
                return tr(
                    "PV: net present value of the remaining life at P50. Batteries: "
                    "second-life value after haircuts (docs/valuation.md)");
            case P50:
                return tr(
                    "A year's energy: the plausible verified energy of the latest 365 "
                    "days over their coverage");
            case P90:
                return tr("P50 × (1 − 1.2816 σ): exceeded nine years in ten");
            case DscrP90:
                return tr("The lowest debt service cover ratio over the loan's years at P90");
            case Coverage:
                return tr("The share of the window that verified, plausible data covers");
            case Haircut:
                return tr(
                    "PV: the share of verified energy left out as implausible. "
                    "Batteries: the haircut for negative events, heat and cold charging");
            default:
                return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Name:
            return tr("Asset");
        case Class:
            return tr("Class");
        case Value:
            return tr("Value (CNY)");
        case P50:
            return tr("P50 (MWh/a)");
        case P90:
            return tr("P90 (MWh/a)");
        case DscrP90:
            return tr("Min DSCR P90");
        case Coverage:
            return tr("Coverage");
        case Haircut:
            return tr("Haircut");
        case Note:
            return tr("Note");
        default:
            return {};
    }
}

}  // namespace pp::ui
