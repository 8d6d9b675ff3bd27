#pragma once

#include <QColor>
#include <QImage>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace pp::report {

// Charts drawn into images for PDF reports: QPainter only, no widgets, any thread.

struct ChartLine
{
    std::vector<double> x, y;  // x: Unix ms, increasing
    QColor color;
    QString label;      // in the legend; none when empty
    bool dots = false;  // points, not a line (estimates among a reported series)
    // A band around the line, drawn beneath it: y − spread … y + spread.
    double spread = 0;
};

struct LineChartSpec
{
    QString title;  // drawn above the plot: a caption cannot be parted from its chart
    std::vector<ChartLine> lines;
    std::optional<std::pair<double, double>> yRange;  // otherwise from the data, with 0
    QString unit;                                     // beside the axis labels
};

inline constexpr int kChartWidth = 1600, kChartHeight = 540;

// Lines over time, each drawn from at most 800 points chosen by LTTB so that peaks stay;
// a null image when no line has two points.
QImage lineChart(const LineChartSpec& spec);

// One bar a label, in order, under `title`.
QImage barChart(const QString& title, const QStringList& labels, const std::vector<double>& values,
                const QColor& color);

struct TornadoBar
{
    QString label;
    double atLow = 0, atHigh = 0;  // the outcome with the input lowered and raised
};

// A tornado chart: one horizontal bar a row, from the base outcome to its value with the
// input lowered (orange) and raised (blue), widest first as given; `lowLabel` and
// `highLabel` name the two colours in the legend.
QImage tornadoChart(const QString& title, double base, const std::vector<TornadoBar>& bars,
                    const QString& lowLabel, const QString& highLabel, const QString& unit);

}  // namespace pp::report
