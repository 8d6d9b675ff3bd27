#include "line_plot.h"

#include "analytics/lttb.h"
#include "format.h"

#include <QChart>
#include <QLineSeries>

#include <algorithm>
#include <span>

namespace pp::ui {

LinePlot::LinePlot(QChart* chart, const QString& name, const QString& unit,
                   std::vector<double> timeMs, std::vector<double> values)
    : Plot(name, unit, std::move(timeMs), std::move(values)), series_(new QLineSeries)
{
    series_->setName(unit.isEmpty() ? name : tr("%1 (%2)").arg(name, unit));
    chart->addSeries(series_);
}

std::size_t LinePlot::drawnCount() const
{
    return static_cast<std::size_t>(series_->count());
}

QList<QAbstractSeries*> LinePlot::timeSeries() const
{
    return {series_};
}

void LinePlot::draw(double lo, double hi, double)
{
    // The visible samples and one beyond each edge, so the line reaches the border.
    auto from = std::lower_bound(x_.begin(), x_.end(), lo);
    auto to = std::upper_bound(x_.begin(), x_.end(), hi);
    if (from != x_.begin())
        --from;
    if (to != x_.end())
        ++to;
    const auto a = static_cast<std::size_t>(from - x_.begin());
    const auto n = static_cast<std::size_t>(to - from);
    const std::span<const double> xs(x_.data() + a, n), ys(y_.data() + a, n);
    QList<QPointF> points;
    for (std::size_t i : analytics::lttb(xs, ys, kDrawnPoints))
        points.append({xs[i], ys[i]});
    series_->replace(points);
}

std::optional<QString> LinePlot::tooltip(const QPointF& at) const
{
    const auto i = nearest(at.x());
    if (!i)
        return std::nullopt;
    return tr("%1: %2 at %3")
        .arg(name_, Format::withUnit(y_[*i], unit_, 2),
             Format::dateTime(static_cast<std::uint64_t>(x_[*i])));
}

}  // namespace pp::ui
