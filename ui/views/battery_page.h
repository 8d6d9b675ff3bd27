#pragma once

#include "analytics/battery/battery_history.h"

#include <QWidget>

#include <memory>

class QDateTimeEdit;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace pp::ui {

class ChartGrid;
class ChartPanel;

// What one battery pack or van battery went through, for an insurer: the figures of
// docs/battery-history.md, each with the verified samples behind it and the chain tip it
// rests on; rainflow, time-at-temperature, SoH (reported, estimated, projected) and
// cumulative EFC charts; the negative events. Claim review shows the window before an
// incident (72 h by default) with its events, ready to export as evidence.
class BatteryPage : public QWidget
{
    Q_OBJECT

public:
    explicit BatteryPage(QWidget* parent = nullptr);

    void setHistory(std::shared_ptr<const analytics::BatteryHistory> history);
    const analytics::BatteryHistory* history() const { return history_.get(); }
    std::shared_ptr<const analytics::BatteryHistory> sharedHistory() const { return history_; }
    QList<ChartPanel*> charts() const;
    QTableWidget* events() const { return events_; }

signals:
    void back();
    // The history of the same battery over another window (claim review, or all of it).
    void windowRequested(const QByteArray& device, std::uint64_t fromMs, std::uint64_t toMs);
    void reportRequested();    // the PDF report of what is shown
    void passportRequested();  // its passport data (JSON)
    void evidenceRequested(const QByteArray& device, std::uint64_t fromMs, std::uint64_t toMs,
                           const QString& note);

private:
    void showFigures();
    void showCharts();
    void showEvents();
    ChartPanel* addChart(const QString& title, int row, int column);

    std::shared_ptr<const analytics::BatteryHistory> history_;
    QLabel* title_;
    QLabel* anchor_;
    QLabel* figures_;
    ChartGrid* grid_;
    QTableWidget* events_;
    QDateTimeEdit* incident_;
    QSpinBox* hoursBefore_;
};

}  // namespace pp::ui
