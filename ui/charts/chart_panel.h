#pragma once

#include "analytics/portfolio.h"
#include "widgets/csv_export.h"

#include <QChartView>
#include <QColor>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QAbstractSeries;

namespace pp::ui {

// One chart with what every chart of the console offers: zoom (drag a range, the mouse
// wheel, +/−), pan (arrow keys), reset, a tooltip with the real values and units at the
// pointer, PNG export, and CSV export of the full data. Lines with more points than
// kDrawnPoints are downsampled for drawing (LTTB) over the visible range, again after
// each zoom, so a zoomed-in day shows every sample; tooltips and exports never use the
// downsampled points.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::size_t kDrawnPoints = 2000;

    explicit ChartPanel(const QString& title, QWidget* parent = nullptr);

    void clear();
    // A line over time (t in Unix ms); the first unit gets the left axis, a second the right.
    void addLine(const QString& name, const QString& unit, std::vector<double> timeMs,
                 std::vector<double> values);
    // One bar a day (UTC+8 days).
    void addDailyBars(const QString& name, const QString& unit,
                      const std::vector<analytics::DayValue>& days);
    // A state over time as a timeline: one lane a state, filled while the state holds. Each
    // sample's state lasts until the next sample, or for the typical sampling interval
    // when data is missing. Lanes are the states that occur, in `lanes` order; states not
    // named there get a lane named by their number.
    struct StateLane
    {
        int value;
        QString name;
        QColor color;
    };
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

    // For tests and exports.
    std::size_t pointCount(const QString& name) const;  // the real data
    std::size_t drawnCount(const QString& name) const;  // what is drawn now
    QStringList seriesNames() const;
    bool exportPng(const QString& path);
    // The full data as CSV (series, unit, x, value), for exportCsv (widgets/csv_export.h).
    CsvWriter csvWriter() const;
    QChart* chart() const;

private:
    enum class Kind { Line, Bars, States, Path, Histogram };
    struct Data
    {
        Kind kind;
        QString name, unit, xUnit;
        std::vector<double> x, y;
        QStringList categories;  // histogram bins, state lanes
        QAbstractSeries* series = nullptr;
        std::size_t drawn = 0;  // bars: how many the visible range shows
        // States: each lane's value and its series; how long a sample lasts at most.
        std::vector<std::pair<int, QAbstractSeries*>> lanes = {};
        double holdMs = 0;
    };
    class View;

    QDateTimeAxis* ensureTimeAxis();
    void attachTimeAxes(QAbstractSeries* series, const QString& unit);
    void fitTimeAxes();  // every series in view
    QDateTimeAxis* timeAxis() const;
    void redraw();  // refills downsampled lines and the bars for the visible range
    void drawBars(Data& d, double lo, double hi);
    void drawStates(Data& d, double lo, double hi);
    static bool onTimeAxis(const Data& d);
    QString tooltipAt(const QPointF& value) const;
    void exportPngDialog();
    void exportCsvDialog();
    void showEmpty(bool empty);

    View* view_;
    QLabel* title_;
    QLabel* note_;
    QLabel* empty_;
    std::vector<Data> data_;
    QStringList units_;
    bool redrawing_ = false;
    std::optional<std::pair<double, double>> fixedRange_;
};

}  // namespace pp::ui
