#include "battery_fleet_model.h"

#include "format.h"

#include <QColor>

#include <cstring>

namespace pp::ui {

namespace {

// The risk parts in column order (analytics/battery/battery_fleet.cpp names them).
constexpr struct
{
    int column;
    const char* key;
} kParts[] = {{BatteryFleetModel::SohDiscrepancy, "soh_discrepancy"},
              {BatteryFleetModel::Temperature, "temperature"},
              {BatteryFleetModel::NegativeEvents, "negative_events"},
              {BatteryFleetModel::DepthOfDischarge, "depth_of_discharge"},
              {BatteryFleetModel::CRate, "c_rate"},
              {BatteryFleetModel::FastCharge, "fast_charge_share"},
              {BatteryFleetModel::Coverage, "coverage"}};

QVariant optional(const std::optional<double>& v, int decimals, bool sort)
{
    if (!v)
        return sort ? QVariant(-1.0) : QVariant(QStringLiteral("–"));
    return sort ? QVariant(*v) : QVariant(Format::number(*v, decimals));
}

}  // namespace

void BatteryFleetModel::setFleet(std::shared_ptr<const std::vector<analytics::FleetBattery>> fleet)
{
    beginResetModel();
    fleet_ = std::move(fleet);
    endResetModel();
}

int BatteryFleetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !fleet_ ? 0 : static_cast<int>(fleet_->size());
}

int BatteryFleetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const analytics::RiskPart* BatteryFleetModel::part(const analytics::FleetBattery& b, int column)
{
    for (const auto& p : kParts) {
        if (p.column != column)
            continue;
        for (const analytics::RiskPart& r : b.parts) {
            if (std::strcmp(r.key, p.key) == 0)
                return &r;
        }
    }
    return nullptr;
}

QVariant BatteryFleetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !fleet_ || index.row() >= rowCount())
        return {};
    const analytics::FleetBattery& b = (*fleet_)[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == DeviceIdRole)
        return b.info.deviceId;
    const bool sort = role == SortRole;
    if (role == Qt::ForegroundRole && column == SohReported && b.sohOverReported)
        return QColor(0xc6, 0x28, 0x28);
    if (role == Qt::ToolTipRole && column == SohReported && b.sohOverReported)
        return tr("The BMS reports a better state of health than its own currents show");
    if (role == Qt::ToolTipRole && !b.noData.isEmpty())
        return b.noData.localized();
    if (role == Qt::TextAlignmentRole && column != Name && column != Class)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && !sort)
        return {};
    if (const analytics::RiskPart* p = part(b, column)) {
        const double points = p->weight * p->score;
        return sort ? QVariant(points) : QVariant(Format::number(points, 1));
    }
    switch (column) {
        case Rank:
            return index.row() + 1;
        case Name:
            return b.info.name;
        case Class:
            return Format::assetClass(b.info.assetClass);
        case Risk:
            return sort ? QVariant(b.risk) : QVariant(Format::number(b.risk, 0));
        case Efc:
            return optional(b.efc, 0, sort);
        case SohReported:
            return optional(b.sohReported, 1, sort);
        case SohEstimated:
            return optional(b.sohEstimated, 1, sort);
        default:
            break;
    }
    return sort ? QVariant(0.0) : QVariant(QStringLiteral("–"));
}

QVariant BatteryFleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case Risk:
                return tr("0–100: the sum of the parts to its right (docs/battery-history.md)");
            case SohDiscrepancy:
                return tr("Up to 30 points: a BMS reporting a better SoH than its currents show");
            case Temperature:
                return tr("Up to 20 points: time above 45 °C and charging below 0 °C");
            case NegativeEvents:
                return tr(
                    "Up to 10 points: over-temperature, cell voltage, deep discharge, "
                    "faults, counter rollbacks a month");
            case DepthOfDischarge:
                return tr("Up to 10 points: the share of cycles of 80 points or more");
            case CRate:
                return tr("Up to 10 points: the largest charge rate, 0.5 C to 2 C");
            case FastCharge:
                return tr("Up to 10 points: the share of charge above 1 C");
            case Coverage:
                return tr("Up to 10 points: the share of the window in data gaps");
            default:
                return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Rank:
            return tr("Rank");
        case Name:
            return tr("Battery");
        case Class:
            return tr("Class");
        case Risk:
            return tr("Risk");
        case SohDiscrepancy:
            return tr("SoH discrepancy");
        case Temperature:
            return tr("Temperature");
        case NegativeEvents:
            return tr("Events");
        case DepthOfDischarge:
            return tr("Deep cycles");
        case CRate:
            return tr("C-rate");
        case FastCharge:
            return tr("Fast charge");
        case Coverage:
            return tr("Gaps");
        case Efc:
            return tr("EFC");
        case SohReported:
            return tr("SoH reported (%)");
        case SohEstimated:
            return tr("SoH estimated (%)");
        default:
            return {};
    }
}

}  // namespace pp::ui
