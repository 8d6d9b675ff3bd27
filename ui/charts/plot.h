#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

class QAbstractSeries;
class QChart;

namespace pp::ui {

// One kind of chart a ChartPanel shows (a line, daily bars, a state timeline, a path, a
// histogram): its real data, the Qt series that draw it, what it draws of a visible range,
// and what its tooltip says. The panel owns the axes and the zoom; a plot keeps the full
// data, so tooltips and exports never see what drawing left out.
class Plot
{
public:
    Plot(QString name, QString unit, std::vector<double> x, std::vector<double> y);
    virtual ~Plot() = default;
    Plot(const Plot&) = delete;
    Plot& operator=(const Plot&) = delete;

    const QString& name() const { return name_; }
    const QString& unit() const { return unit_; }
    std::size_t pointCount() const { return x_.size(); }
    virtual std::size_t drawnCount() const = 0;

    // The series the panel attaches to its time axis (none for plots with axes of their
    // own), and whether they also take the value axis of the plot's unit.
    virtual QList<QAbstractSeries*> timeSeries() const = 0;
    virtual bool onUnitAxis() const { return true; }
    // The span the plot needs on the time axis, when it has one and data.
    virtual std::optional<std::pair<double, double>> timeSpan() const;
    // The values the unit's axis must show, or nothing when its axis is its own.
    virtual std::optional<std::pair<double, double>> valueSpan() const;
    // Refills the drawn points for the visible time range [lo, hi] on a plot `pixels` wide.
    virtual void draw(double lo, double hi, double pixels);
    // What the pointer at `at` (in the plot's values) shows, or nothing.
    virtual std::optional<QString> tooltip(const QPointF& at) const = 0;

    // The full data for a CSV export: each point's x as a time, a category or a number.
    struct Export
    {
        QString name, unit;
        enum class X { Time, Category, Number } xKind;
        std::vector<double> x, y;
        QStringList categories;
    };
    virtual Export exported() const;

protected:
    // The sample nearest to `t`, or nothing when there is none.
    std::optional<std::size_t> nearest(double t) const;

    QString name_, unit_;
    std::vector<double> x_, y_;
};

}  // namespace pp::ui
