#include "chart_panel.h"

#include "analytics/daily_summary.h"
#include "charts/chart_export.h"
#include "charts/chart_view.h"
#include "charts/daily_bars_plot.h"
#include "charts/histogram_plot.h"
#include "charts/path_plot.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace pp::ui {

ChartPanel::ChartPanel(const QString& title, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    title_ = new QLabel(title);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    bar->addWidget(title_);
    note_ = new QLabel;
    note_->setForegroundRole(QPalette::PlaceholderText);
    note_->hide();
    bar->addWidget(note_);
    bar->addStretch();
    auto button = [&](const char* icon, const QString& tip, auto slot) {
        auto* b = new QToolButton;
        b->setIcon(QIcon(QString::fromLatin1(icon)));
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
    };
    button(":/icons/zoom-reset.svg", tr("Reset zoom"), [this] { chart()->zoomReset(); });
    button(":/icons/image.svg", tr("Export PNG…"),
           [this] { askAndExportChartPng(this, title_->text(), view_); });
    button(":/icons/table.svg", tr("Export CSV…"),
           [this] { askAndExportChartCsv(this, title_->text(), csvWriter()); });
    layout->addLayout(bar);
    view_ = new ChartView([this](const QPointF& value) { return tooltipAt(value); });
    view_->setMinimumHeight(220);
    view_->setAccessibleName(title);
    layout->addWidget(view_, 1);
    // Bars are drawn joined or apart by their width in pixels.
    connect(chart(), &QChart::plotAreaChanged, this, &ChartPanel::scheduleRedraw);
    empty_ = new QLabel(view_);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->hide();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundRoundness(0);
}

// The plots go before the chart that owns their series.
ChartPanel::~ChartPanel() = default;

QChart* ChartPanel::chart() const
{
    return view_->chart();
}

void ChartPanel::clear()
{
    plots_.clear();
    chart()->removeAllSeries();
    for (QAbstractAxis* a : chart()->axes())
        chart()->removeAxis(a), delete a;
    units_.clear();
    fixedRange_.reset();
    setNote({});
}

void ChartPanel::setValueRange(double min, double max)
{
    fixedRange_ = std::pair(min, max);
    fitTimeAxes();
}

void ChartPanel::setEmptyText(const QString& text)
{
    empty_->setText(text);
    showEmpty(plots_.empty());
}

void ChartPanel::setNote(const QString& text)
{
    note_->setText(text);
    note_->setVisible(!text.isEmpty());
}

void ChartPanel::showEmpty(bool empty)
{
    empty_->setVisible(empty && !empty_->text().isEmpty());
    empty_->resize(view_->size());
}

void ChartPanel::addLine(const QString& name, const QString& unit, std::vector<double> timeMs,
                         std::vector<double> values)
{
    add(std::make_unique<LinePlot>(chart(), name, unit, std::move(timeMs), std::move(values)));
}

void ChartPanel::addDailyBars(const QString& name, const QString& unit,
                              const std::vector<analytics::DayValue>& days)
{
    add(std::make_unique<DailyBarsPlot>(chart(), name, unit, days));
}

void ChartPanel::addStates(const QString& name, std::vector<double> timeMs,
                           std::vector<double> values, const std::vector<StateLane>& lanes)
{
    add(std::make_unique<StatePlot>(chart(), name, std::move(timeMs), std::move(values), lanes));
}

void ChartPanel::addPath(const QString& name, const QString& xUnit, const QString& yUnit,
                         std::vector<double> xs, std::vector<double> ys)
{
    add(std::make_unique<PathPlot>(chart(), name, xUnit, yUnit, std::move(xs), std::move(ys)));
}

void ChartPanel::setHistogram(const QString& name, const QStringList& categories,
                              const std::vector<double>& counts)
{
    add(std::make_unique<HistogramPlot>(chart(), name, categories, counts));
}

void ChartPanel::add(std::unique_ptr<Plot> plot)
{
    const bool timed = !plot->timeSeries().isEmpty();
    attachTimeAxes(*plot);
    plots_.push_back(std::move(plot));
    if (timed)
        fitTimeAxes();
    else
        showEmpty(plots_.back()->pointCount() == 0);
}

QDateTimeAxis* ChartPanel::ensureTimeAxis()
{
    QDateTimeAxis* time = timeAxis();
    if (time == nullptr) {
        time = new QDateTimeAxis;
        time->setFormat(QStringLiteral("yyyy-MM-dd"));
        time->setTickCount(6);
        chart()->addAxis(time, Qt::AlignBottom);
        connect(time, &QDateTimeAxis::rangeChanged, this, &ChartPanel::scheduleRedraw);
    }
    return time;
}

void ChartPanel::attachTimeAxes(const Plot& plot)
{
    const QList<QAbstractSeries*> series = plot.timeSeries();
    if (series.isEmpty())
        return;
    QDateTimeAxis* time = ensureTimeAxis();
    QValueAxis* axis = nullptr;
    if (plot.onUnitAxis()) {
        if (!units_.contains(plot.unit()))
            units_ << plot.unit();
        const Qt::Alignment align =
            units_.indexOf(plot.unit()) == 0 ? Qt::AlignLeft : Qt::AlignRight;
        for (QAbstractAxis* a : chart()->axes(Qt::Vertical)) {
            if (a->alignment() == align)
                axis = qobject_cast<QValueAxis*>(a);
        }
        if (axis == nullptr) {
            axis = new QValueAxis;
            axis->setTitleText(plot.unit());
            axis->setLabelFormat(QStringLiteral("%.0f"));
            chart()->addAxis(axis, align);
        }
    }
    for (QAbstractSeries* s : series) {
        s->attachAxis(time);
        if (axis != nullptr)
            s->attachAxis(axis);
    }
}

void ChartPanel::fitTimeAxes()
{
    QDateTimeAxis* time = timeAxis();
    double lo = INFINITY, hi = -INFINITY;
    std::map<QAbstractAxis*, std::pair<double, double>> valueRanges;
    for (const auto& plot : plots_) {
        const QList<QAbstractSeries*> series = plot->timeSeries();
        const auto span = plot->timeSpan();
        if (series.isEmpty() || !span)
            continue;
        lo = std::min(lo, span->first);
        hi = std::max(hi, span->second);
        const auto values = plot->valueSpan();
        if (!values)
            continue;
        for (QAbstractAxis* a : series.front()->attachedAxes()) {
            if (a->orientation() != Qt::Vertical)
                continue;
            auto [it, fresh] = valueRanges.try_emplace(a, *values);
            if (!fresh)
                it->second = {std::min(it->second.first, values->first),
                              std::max(it->second.second, values->second)};
        }
    }
    showEmpty(!(lo < hi));
    if (time == nullptr || !(lo < hi))
        return;
    redrawing_ = true;
    time->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(lo)),
                   QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(hi)));
    const double span = hi - lo;
    time->setFormat(span <= 2.0 * analytics::kDayMs    ? QStringLiteral("HH:mm")
                    : span <= 90.0 * analytics::kDayMs ? QStringLiteral("MM-dd")
                                                       : QStringLiteral("yyyy-MM-dd"));
    for (const auto& [axis, range] : valueRanges) {
        auto* v = static_cast<QValueAxis*>(axis);
        if (fixedRange_) {
            v->setRange(fixedRange_->first, fixedRange_->second);
            continue;
        }
        // A constant series still gets a readable axis around its value.
        const double pad = std::max(
            (range.second - range.first) * 0.05,
            range.second == range.first ? std::max(1.0, std::abs(range.first) * 0.05) : 0.0);
        v->setRange(range.first < 0 || range.first - pad >= 0 ? range.first - pad : 0.0,
                    range.second + pad);
        v->applyNiceNumbers();
        // Whole numbers unless the span is small.
        v->setLabelFormat(v->max() - v->min() >= 20 ? QStringLiteral("%.0f")
                                                    : QStringLiteral("%.2f"));
    }
    redrawing_ = false;
    scheduleRedraw();
}

QDateTimeAxis* ChartPanel::timeAxis() const
{
    for (QAbstractAxis* a : chart()->axes(Qt::Horizontal)) {
        if (auto* t = qobject_cast<QDateTimeAxis*>(a))
            return t;
    }
    return nullptr;
}

std::optional<std::pair<std::uint64_t, std::uint64_t>> ChartPanel::visibleTimeRange() const
{
    const QDateTimeAxis* time = timeAxis();
    if (time == nullptr || time->min().toMSecsSinceEpoch() < 0)
        return std::nullopt;
    return std::pair(static_cast<std::uint64_t>(time->min().toMSecsSinceEpoch()),
                     static_cast<std::uint64_t>(time->max().toMSecsSinceEpoch()));
}

// A redraw waits for the next turn of the event loop, and the requests before it come to
// one. Filling a chart, its first layout and every change of its plot area each ask for
// one, and each redraw has Qt Charts stroke every line again for its hit-test shape
// (LineChartItem::updateGeometry). Drawn at once, the first show of a year's Overview
// stroked each line three times in one stretch of the UI thread; now it strokes once, in
// a turn of its own, after the layout that sets the plot's width in pixels.
void ChartPanel::scheduleRedraw()
{
    if (redrawQueued_ || redrawing_)
        return;
    redrawQueued_ = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (redrawQueued_)
                redraw();
        },
        Qt::QueuedConnection);
}

void ChartPanel::redraw()
{
    redrawQueued_ = false;
    QDateTimeAxis* time = timeAxis();
    if (redrawing_ || time == nullptr)
        return;
    redrawing_ = true;
    const double lo = static_cast<double>(time->min().toMSecsSinceEpoch());
    const double hi = static_cast<double>(time->max().toMSecsSinceEpoch());
    for (const auto& plot : plots_) {
        if (!plot->timeSeries().isEmpty())
            plot->draw(lo, hi, chart()->plotArea().width());
    }
    redrawing_ = false;
}

QString ChartPanel::tooltipAt(const QPointF& value) const
{
    QStringList lines;
    for (const auto& plot : plots_) {
        if (auto line = plot->tooltip(value))
            lines << *line;
    }
    return lines.join(QLatin1Char('\n'));
}

const Plot* ChartPanel::find(const QString& name) const
{
    for (const auto& plot : plots_) {
        if (plot->name() == name)
            return plot.get();
    }
    return nullptr;
}

std::size_t ChartPanel::pointCount(const QString& name) const
{
    const Plot* plot = find(name);
    return plot != nullptr ? plot->pointCount() : 0;
}

std::size_t ChartPanel::drawnCount(const QString& name) const
{
    const Plot* plot = find(name);
    return plot != nullptr ? plot->drawnCount() : 0;
}

QStringList ChartPanel::seriesNames() const
{
    QStringList names;
    for (const auto& plot : plots_)
        names << plot->name();
    return names;
}

bool ChartPanel::exportPng(const QString& path)
{
    if (redrawQueued_)
        redraw();  // the picture shows what the chart holds now
    return exportChartPng(view_, path);
}

CsvWriter ChartPanel::csvWriter() const
{
    std::vector<Plot::Export> all;
    for (const auto& plot : plots_)
        all.push_back(plot->exported());
    return chartCsvWriter(std::move(all));
}

}  // namespace pp::ui
