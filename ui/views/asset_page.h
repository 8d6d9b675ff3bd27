#pragma once

#include "analytics/asset_series.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class QDateEdit;
class QLabel;
class QPushButton;

namespace pp::ui {

class ChartGrid;
class ChartPanel;

// One asset: what its registration says and its verified data, drawn for its class.
// PV: daily energy, the power curve of a chosen day, monthly specific yield, the inverter
// state timeline. Battery: SoC, voltage, current, temperature, SoH trend, cycles.
// Vehicle: daily km, SoC, the GPS track, alarms.
class AssetPage : public QWidget
{
    Q_OBJECT

public:
    explicit AssetPage(QWidget* parent = nullptr);

    void setAsset(std::shared_ptr<const analytics::AssetSeries> asset);
    const analytics::AssetSeries* asset() const { return asset_.get(); }
    QList<ChartPanel*> charts() const;

    // The time range of the first chart over time, as the user zoomed it.
    std::optional<std::pair<std::uint64_t, std::uint64_t>> selectedRange() const;

signals:
    void back();
    // A package of this asset's records over [fromMs, toMs): what its charts show.
    void evidenceRequested(const QByteArray& device, std::uint64_t fromMs, std::uint64_t toMs,
                           const QString& note);
    // A pack's or van's battery history (views/battery_page.h).
    void batteryHistoryRequested(const QByteArray& device);
    // The asset's valuation (views/valuation_page.h).
    void valuationRequested(const QByteArray& device);

private:
    void showPv();
    void showBattery();
    void showVehicle();
    void showDay();  // the PV power curve of the chosen day
    ChartPanel* addChart(const QString& title, int row, int column);

    std::shared_ptr<const analytics::AssetSeries> asset_;
    QLabel* title_;
    QLabel* details_;
    QDateEdit* day_;
    QPushButton* batteryHistory_;
    ChartGrid* grid_;
    ChartPanel* dayChart_ = nullptr;
};

}  // namespace pp::ui
