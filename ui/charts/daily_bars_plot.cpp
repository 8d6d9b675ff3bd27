#include "daily_bars_plot.h"

#include "analytics/daily_summary.h"
#include "format.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>

#include <algorithm>

namespace pp::ui {

namespace {

std::vector<double> middays(const std::vector<analytics::DayValue>& days)
{
    std::vector<double> x;
    x.reserve(days.size());
    for (const analytics::DayValue& d : days)
        x.push_back(static_cast<double>(analytics::dayStartMs(d.day)) + 0.5 * analytics::kDayMs);
    return x;
}

std::vector<double> values(const std::vector<analytics::DayValue>& days)
{
    std::vector<double> y;
    y.reserve(days.size());
    for (const analytics::DayValue& d : days)
        y.push_back(d.value);
    return y;
}

}  // namespace

DailyBarsPlot::DailyBarsPlot(QChart* chart, const QString& name, const QString& unit,
                             const std::vector<analytics::DayValue>& days)
    : Plot(name, unit, middays(days), values(days))
{
    auto* upper = new QLineSeries;
    area_ = new QAreaSeries(upper);
    upper->setParent(area_);  // QAreaSeries does not own the line it fills under
    area_->setName(tr("%1 (%2)").arg(name, unit));
    chart->addSeries(area_);
    // Bars a pixel or two wide: fill only, or the theme's light outline hides them.
    area_->setPen(Qt::NoPen);
}

QList<QAbstractSeries*> DailyBarsPlot::timeSeries() const
{
    return {area_};
}

std::optional<std::pair<double, double>> DailyBarsPlot::timeSpan() const
{
    if (x_.empty())
        return std::nullopt;
    return std::pair(x_.front() - 0.5 * analytics::kDayMs, x_.back() + 0.5 * analytics::kDayMs);
}

std::optional<std::pair<double, double>> DailyBarsPlot::valueSpan() const
{
    auto span = Plot::valueSpan();
    if (span)
        span->first = std::min(span->first, 0.0);  // bars stand on zero
    return span;
}

void DailyBarsPlot::draw(double lo, double hi, double pixels)
{
    auto from = std::lower_bound(x_.begin(), x_.end(), lo - analytics::kDayMs);
    auto to = std::upper_bound(x_.begin(), x_.end(), hi + analytics::kDayMs);
    const auto n = static_cast<std::size_t>(to - from);
    const auto a = static_cast<std::size_t>(from - x_.begin());
    // Separate bars while each is a few pixels wide. Narrower, the gaps would not show,
    // and a year of bars that each drop back to zero puts hundreds of edges on every
    // scanline: Qt's fill then took 30 ms a paint on the UI thread. Joined, neighbouring
    // bars share an edge that spans only their difference.
    const double pixelsPerBar = pixels / std::max(1.0, (hi - lo) / analytics::kDayMs);
    const bool separate = pixelsPerBar >= 4;
    const double half = separate ? 0.4 * analytics::kDayMs : 0.5 * analytics::kDayMs;
    QList<QPointF> top;
    top.reserve(4 * static_cast<qsizetype>(n));
    for (std::size_t i = a; i < a + n; ++i) {
        const bool joinsPrevious = !separate && i > a && x_[i] - x_[i - 1] <= analytics::kDayMs;
        if (!joinsPrevious)
            top.append({x_[i] - half, 0});
        top.append({x_[i] - half, y_[i]});
        top.append({x_[i] + half, y_[i]});
        const bool joinsNext = !separate && i + 1 < a + n && x_[i + 1] - x_[i] <= analytics::kDayMs;
        if (!joinsNext)
            top.append({x_[i] + half, 0});
    }
    area_->upperSeries()->replace(top);
    drawn_ = n;
}

std::optional<QString> DailyBarsPlot::tooltip(const QPointF& at) const
{
    const auto i = nearest(at.x());
    if (!i)
        return std::nullopt;
    return tr("%1: %2 at %3")
        .arg(name_, Format::withUnit(y_[*i], unit_, 2),
             Format::date(static_cast<std::uint64_t>(x_[*i])));
}

}  // namespace pp::ui
