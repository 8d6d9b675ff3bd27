#pragma once

#include "analytics/portfolio.h"
#include "charts/line_plot.h"
#include "charts/state_plot.h"
#include "widgets/csv_export.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QChart;
class QDateTimeAxis;
class QLabel;
class QAbstractSeries;

namespace pp::ui {

class ChartView;

// One chart with what every chart of the console offers: zoom (drag a range, the mouse
// wheel, +/−), pan (arrow keys), reset, a tooltip with the real values and units at the
// pointer, PNG export, and CSV export of the full data. It holds plots (charts/*_plot.h),
// one class a kind, and keeps their shared time axis and one value axis a unit: after each
// zoom it asks them to draw the visible range again.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::size_t kDrawnPoints = LinePlot::kDrawnPoints;
    using StateLane = StatePlot::Lane;

    explicit ChartPanel(const QString& title, QWidget* parent = nullptr);
    ~ChartPanel() override;

    void clear();
    // A line over time (t in Unix ms); the first unit gets the left axis, a second the right.
    void addLine(const QString& name, const QString& unit, std::vector<double> timeMs,
                 std::vector<double> values);
    // One bar a day (UTC+8 days).
    void addDailyBars(const QString& name, const QString& unit,
                      const std::vector<analytics::DayValue>& days);
    // A state over time as a timeline (charts/state_plot.h).
    void addStates(const QString& name, std::vector<double> timeMs, std::vector<double> values,
                   const std::vector<StateLane>& lanes);
    // A path in the plane (a GPS track: x longitude, y latitude).
    void addPath(const QString& name, const QString& xUnit, const QString& yUnit,
                 std::vector<double> xs, std::vector<double> ys);
    // Counts by category (a distribution).
    void setHistogram(const QString& name, const QStringList& categories,
                      const std::vector<double>& counts);
    // Fixes the value axis (a percentage: 0-100) instead of fitting it to the data.
    void setValueRange(double min, double max);
    // Shown instead of an empty plot.
    void setEmptyText(const QString& text);
    // A line beside the title on what the chart leaves out or how it was derived.
    void setNote(const QString& text);

    // The time range shown now (Unix ms), after the user's zoom; none without a time axis.
    std::optional<std::pair<std::uint64_t, std::uint64_t>> visibleTimeRange() const;

    // For tests and exports.
    std::size_t pointCount(const QString& name) const;  // the real data
    std::size_t drawnCount(const QString& name) const;  // what is drawn now
    QStringList seriesNames() const;
    bool exportPng(const QString& path);
    // The full data as CSV (series, unit, x, value), for exportCsv (widgets/csv_export.h).
    CsvWriter csvWriter() const;
    QChart* chart() const;

private:
    void add(std::unique_ptr<Plot> plot);
    QDateTimeAxis* ensureTimeAxis();
    void attachTimeAxes(const Plot& plot);
    void fitTimeAxes();  // every series in view
    QDateTimeAxis* timeAxis() const;
    void scheduleRedraw();  // a redraw in the next turn of the event loop
    void redraw();          // the plots again, for the visible range
    QString tooltipAt(const QPointF& value) const;
    const Plot* find(const QString& name) const;
    void showEmpty(bool empty);

    ChartView* view_;
    QLabel* title_;
    QLabel* note_;
    QLabel* empty_;
    std::vector<std::unique_ptr<Plot>> plots_;
    QStringList units_;
    bool redrawing_ = false;
    bool redrawQueued_ = false;
    std::optional<std::pair<double, double>> fixedRange_;
};

}  // namespace pp::ui
