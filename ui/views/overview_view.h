#pragma once

#include "analytics/portfolio.h"

#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;

namespace pp::ui {

class ChartPanel;

// The portfolio at a glance: tiles (assets by class, records verified and rejected,
// findings by code, the verified tip and its age) and the fleet's charts.
class OverviewView : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewView(QWidget* parent = nullptr);

    void setPortfolio(const std::shared_ptr<const analytics::Portfolio>& portfolio);

    ChartPanel* pvEnergyChart() const { return pvEnergy_; }
    ChartPanel* sohChart() const { return soh_; }
    ChartPanel* vehicleKmChart() const { return km_; }
    ChartPanel* coverageChart() const { return coverage_; }

private:
    QLabel* tile(const QString& caption, int row, int column);

    QGridLayout* tiles_;
    QLabel *assets_, *verified_, *rejected_, *findings_, *tip_;
    ChartPanel *pvEnergy_, *soh_, *km_, *coverage_;
};

}  // namespace pp::ui
