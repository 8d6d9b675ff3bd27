#pragma once

#include "analytics/incidents.h"
#include "analytics/portfolio.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;

namespace pp::ui {

class ChartPanel;

// The portfolio at a glance: tiles (assets by class, records verified and rejected,
// findings by code, the verified tip and its age), the open incidents, most severe first
// (a click shows one in the Findings view), and the fleet's charts.
class OverviewView : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewView(QWidget* parent = nullptr);

    void setPortfolio(const std::shared_ptr<const analytics::Portfolio>& portfolio);
    void setIncidents(std::shared_ptr<const std::vector<analytics::Incident>> incidents);

    QLabel* incidentsLabel() const { return incidents_; }
    ChartPanel* pvEnergyChart() const { return pvEnergy_; }
    ChartPanel* sohChart() const { return soh_; }
    ChartPanel* vehicleKmChart() const { return km_; }
    ChartPanel* coverageChart() const { return coverage_; }

signals:
    void incidentActivated(const QString& id);
    // The charts hold the portfolio last set (each is filled in a turn of its own).
    void chartsFilled();

private:
    QLabel* tile(const QString& caption, int row, int column);
    void showIncidents();
    // Fills chart `chart` (and then the next) in the next turn of the event loop, unless a
    // newer portfolio was set meanwhile.
    void fillChart(int chart, std::shared_ptr<const analytics::Portfolio> p, unsigned generation);
    void fillPvEnergy(const analytics::Portfolio& p);
    void fillVehicleKm(const analytics::Portfolio& p);
    void fillCoverage(const analytics::Portfolio& p);
    void fillSoh(const analytics::Portfolio& p);

    QGridLayout* tiles_;
    QLabel *assets_, *verified_, *rejected_, *findings_, *tip_, *incidents_;
    std::shared_ptr<const std::vector<analytics::Incident>> incidentList_;
    QHash<QByteArray, QString> names_;
    ChartPanel *pvEnergy_, *soh_, *km_, *coverage_;
    unsigned generation_ = 0;
};

}  // namespace pp::ui
