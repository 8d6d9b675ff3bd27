#include "state_plot.h"

#include "format.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>

#include <algorithm>
#include <set>

namespace pp::ui {

StatePlot::StatePlot(QChart* chart, const QString& name, std::vector<double> timeMs,
                     std::vector<double> values, const std::vector<Lane>& lanes)
    : Plot(name, {}, std::move(timeMs), std::move(values))
{
    std::set<int> present;
    for (double v : y_)
        present.insert(static_cast<int>(v));
    std::vector<Lane> shown;
    for (const Lane& lane : lanes) {
        if (present.erase(lane.value) != 0)
            shown.push_back(lane);
    }
    for (int v : present)
        shown.push_back({v, tr("State %1").arg(v), QColor()});

    // How long a sample's state holds when the next sample is missing: the typical
    // sampling interval, with some slack for jitter.
    std::vector<double> steps;
    for (std::size_t i = 1; i < x_.size() && steps.size() < 1000; ++i)
        steps.push_back(x_[i] - x_[i - 1]);
    if (!steps.empty()) {
        std::nth_element(steps.begin(), steps.begin() + steps.size() / 2, steps.end());
        holdMs_ = 1.5 * steps[steps.size() / 2];
    }
    if (shown.empty())
        return;
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, static_cast<double>(shown.size()) - 0.5);
    chart->addAxis(axis, Qt::AlignLeft);
    for (std::size_t lane = 0; lane < shown.size(); ++lane) {
        axis->append(shown[lane].name, static_cast<double>(lane) + 0.5);
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);  // QAreaSeries does not own the lines it fills between
        lower->setParent(area);
        area->setName(shown[lane].name);
        chart->addSeries(area);
        area->setPen(Qt::NoPen);
        if (shown[lane].color.isValid())
            area->setBrush(shown[lane].color);
        area->attachAxis(axis);
        // The axis names the lanes already.
        for (QLegendMarker* marker : chart->legend()->markers(area))
            marker->setVisible(false);
        lanes_.emplace_back(shown[lane].value, area);
        laneNames_ << shown[lane].name;
    }
}

QList<QAbstractSeries*> StatePlot::timeSeries() const
{
    QList<QAbstractSeries*> all;
    for (const auto& lane : lanes_)
        all << lane.second;
    return all;
}

std::optional<std::pair<double, double>> StatePlot::timeSpan() const
{
    if (x_.empty())
        return std::nullopt;
    return std::pair(x_.front(), x_.back() + holdMs_);
}

void StatePlot::draw(double lo, double hi, double pixels)
{
    // Gaps narrower than a pixel would not show: a lane's runs are joined across them, so
    // a year of daily on/off runs paints as a few rectangles, not thousands of edges.
    const double pixelMs = (hi - lo) / std::max(1.0, pixels);
    const auto from =
        static_cast<std::size_t>(std::lower_bound(x_.begin(), x_.end(), lo - holdMs_) - x_.begin());
    const auto to =
        static_cast<std::size_t>(std::upper_bound(x_.begin(), x_.end(), hi) - x_.begin());
    drawn_ = 0;
    for (std::size_t lane = 0; lane < lanes_.size(); ++lane) {
        const auto [value, area] = lanes_[lane];
        const double base = static_cast<double>(lane) - 0.35,
                     top = static_cast<double>(lane) + 0.35;
        QList<QPointF> upper;
        std::optional<std::pair<double, double>> run;
        auto flush = [&] {
            upper << QPointF(run->first, base) << QPointF(run->first, top)
                  << QPointF(run->second, top) << QPointF(run->second, base);
            ++drawn_;
        };
        for (std::size_t i = from; i < to; ++i) {
            if (static_cast<int>(y_[i]) != value)
                continue;
            const double start = x_[i];
            // At least two pixels wide: a quarter-hour fault in a year would not show.
            const double end =
                std::max(i + 1 < x_.size() ? std::min(x_[i + 1], start + holdMs_) : start + holdMs_,
                         start + 2 * pixelMs);
            if (run && start - run->second < pixelMs) {
                run->second = end;
            } else {
                if (run)
                    flush();
                run = std::pair(start, end);
            }
        }
        if (run)
            flush();
        area->upperSeries()->replace(upper);
        area->lowerSeries()->replace(
            upper.isEmpty() ? QList<QPointF>()
                            : QList<QPointF>{{upper.front().x(), base}, {upper.back().x(), base}});
    }
}

std::optional<QString> StatePlot::tooltip(const QPointF& at) const
{
    // The state in force: the last sample at or before the pointer.
    auto it = std::upper_bound(x_.begin(), x_.end(), at.x());
    if (it == x_.begin() || at.x() - *(it - 1) > holdMs_)
        return std::nullopt;
    const auto i = static_cast<std::size_t>(it - 1 - x_.begin());
    const auto lane = std::find_if(lanes_.begin(), lanes_.end(), [&](const auto& l) {
        return l.first == static_cast<int>(y_[i]);
    });
    return tr("%1: %2 at %3")
        .arg(name_, laneNames_.value(lane - lanes_.begin()),
             Format::dateTime(static_cast<std::uint64_t>(x_[i])));
}

}  // namespace pp::ui
