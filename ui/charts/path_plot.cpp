#include "path_plot.h"

#include "format.h"
#include "line_plot.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pp::ui {

PathPlot::PathPlot(QChart* chart, const QString& name, const QString& xUnit, const QString& yUnit,
                   std::vector<double> xs, std::vector<double> ys)
    : Plot(name, yUnit, std::move(xs), std::move(ys)), xUnit_(xUnit), series_(new QLineSeries)
{
    series_->setName(name);
    // A track has no time axis to downsample along: every n-th fix, at most as many as a
    // line draws.
    const std::size_t step = std::max<std::size_t>(1, x_.size() / LinePlot::kDrawnPoints);
    QList<QPointF> points;
    for (std::size_t i = 0; i < x_.size(); i += step)
        points.append({x_[i], y_[i]});
    series_->replace(points);
    chart->addSeries(series_);
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    x->setTitleText(xUnit);
    y->setTitleText(yUnit);
    x->setLabelFormat(QStringLiteral("%.3f"));
    y->setLabelFormat(QStringLiteral("%.3f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series_->attachAxis(x);
    series_->attachAxis(y);
    if (!x_.empty()) {
        const auto [x0, x1] = std::minmax_element(x_.begin(), x_.end());
        const auto [y0, y1] = std::minmax_element(y_.begin(), y_.end());
        x->setRange(*x0 - 0.01, *x1 + 0.01);
        y->setRange(*y0 - 0.01, *y1 + 0.01);
    }
}

std::size_t PathPlot::drawnCount() const
{
    return static_cast<std::size_t>(series_->count());
}

std::optional<QString> PathPlot::tooltip(const QPointF& at) const
{
    if (x_.empty())
        return std::nullopt;
    std::size_t best = 0;
    double bestDistance = INFINITY;
    for (std::size_t i = 0; i < x_.size(); ++i) {
        const double dist = std::hypot(x_[i] - at.x(), y_[i] - at.y());
        if (dist < bestDistance)
            bestDistance = dist, best = i;
    }
    return tr("%1: %2, %3")
        .arg(name_, Format::withUnit(x_[best], xUnit_, 5), Format::withUnit(y_[best], unit_, 5));
}

Plot::Export PathPlot::exported() const
{
    return {name_, unit_, Export::X::Number, x_, y_, {}};
}

}  // namespace pp::ui
