#include "chart_panel.h"

#include "analytics/daily_summary.h"
#include "analytics/lttb.h"
#include "format.h"
#include "session/background_job.h"
#include "widgets/csv_export.h"
#include "widgets/message_box.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStyle>
#include <QTextStream>
#include <QTimeZone>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

namespace pp::ui {

// The chart itself: wheel and keys zoom and pan, the pointer asks for a tooltip.
class ChartPanel::View : public QChartView
{
public:
    View(ChartPanel* panel) : QChartView(new QChart), panel_(panel)
    {
        setRenderHint(QPainter::Antialiasing);
        setRubberBand(QChartView::HorizontalRubberBand);
        setMouseTracking(true);
        setFocusPolicy(Qt::StrongFocus);
        chart()->legend()->setAlignment(Qt::AlignBottom);
        chart()->setMargins(QMargins(4, 4, 4, 4));
    }

protected:
    void wheelEvent(QWheelEvent* e) override
    {
        chart()->zoom(e->angleDelta().y() > 0 ? 1.25 : 0.8);
        e->accept();
    }
    void keyPressEvent(QKeyEvent* e) override
    {
        switch (e->key()) {
            case Qt::Key_Plus:
            case Qt::Key_Equal:
                chart()->zoom(1.25);
                break;
            case Qt::Key_Minus:
                chart()->zoom(0.8);
                break;
            case Qt::Key_Left:
                chart()->scroll(-chart()->plotArea().width() / 5, 0);
                break;
            case Qt::Key_Right:
                chart()->scroll(chart()->plotArea().width() / 5, 0);
                break;
            case Qt::Key_0:
            case Qt::Key_Home:
                chart()->zoomReset();
                break;
            default:
                QChartView::keyPressEvent(e);
                return;
        }
        e->accept();
    }
    void mouseMoveEvent(QMouseEvent* e) override
    {
        QChartView::mouseMoveEvent(e);
        const QList<QAbstractSeries*> all = chart()->series();
        if (all.isEmpty() || !chart()->plotArea().contains(e->position())) {
            QToolTip::hideText();
            return;
        }
        const QPointF value = chart()->mapToValue(e->position(), all.first());
        const QString text = panel_->tooltipAt(value);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(e->globalPosition().toPoint(), text, this);
    }

private:
    ChartPanel* panel_;
};

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
    button(":/icons/image.svg", tr("Export PNG…"), [this] { exportPngDialog(); });
    button(":/icons/table.svg", tr("Export CSV…"), [this] { exportCsvDialog(); });
    layout->addLayout(bar);
    view_ = new View(this);
    view_->setMinimumHeight(220);
    view_->setAccessibleName(title);
    layout->addWidget(view_, 1);
    // Bars are drawn joined or apart by their width in pixels.
    connect(chart(), &QChart::plotAreaChanged, this, [this] { redraw(); });
    empty_ = new QLabel(view_);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->hide();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundRoundness(0);
}

QChart* ChartPanel::chart() const
{
    return view_->chart();
}

void ChartPanel::clear()
{
    chart()->removeAllSeries();
    for (QAbstractAxis* a : chart()->axes())
        chart()->removeAxis(a), delete a;
    data_.clear();
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
    showEmpty(data_.empty());
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

QDateTimeAxis* ChartPanel::ensureTimeAxis()
{
    QDateTimeAxis* time = timeAxis();
    if (time == nullptr) {
        time = new QDateTimeAxis;
        time->setFormat(QStringLiteral("yyyy-MM-dd"));
        time->setTickCount(6);
        chart()->addAxis(time, Qt::AlignBottom);
        connect(time, &QDateTimeAxis::rangeChanged, this, [this] { redraw(); });
    }
    return time;
}

bool ChartPanel::onTimeAxis(const Data& d)
{
    return d.kind == Kind::Line || d.kind == Kind::Bars || d.kind == Kind::States;
}

void ChartPanel::attachTimeAxes(QAbstractSeries* series, const QString& unit)
{
    series->attachAxis(ensureTimeAxis());
    if (!units_.contains(unit))
        units_ << unit;
    const int side = units_.indexOf(unit);
    const Qt::Alignment align = side == 0 ? Qt::AlignLeft : Qt::AlignRight;
    QValueAxis* axis = nullptr;
    for (QAbstractAxis* a : chart()->axes(Qt::Vertical)) {
        if (a->alignment() == align)
            axis = qobject_cast<QValueAxis*>(a);
    }
    if (axis == nullptr) {
        axis = new QValueAxis;
        axis->setTitleText(unit);
        axis->setLabelFormat(QStringLiteral("%.0f"));
        chart()->addAxis(axis, align);
    }
    series->attachAxis(axis);
}

void ChartPanel::addLine(const QString& name, const QString& unit, std::vector<double> timeMs,
                         std::vector<double> values)
{
    auto* series = new QLineSeries;
    series->setName(unit.isEmpty() ? name : tr("%1 (%2)").arg(name, unit));
    chart()->addSeries(series);
    data_.push_back({Kind::Line, name, unit, {}, std::move(timeMs), std::move(values), {}, series});
    attachTimeAxes(series, unit);
    fitTimeAxes();
}

void ChartPanel::addDailyBars(const QString& name, const QString& unit,
                              const std::vector<analytics::DayValue>& days)
{
    // Bars on a time axis: an area whose top steps once a day (drawBars), so that zoom,
    // pan and the date axis work as for lines.
    auto* upper = new QLineSeries;
    std::vector<double> x, y;
    for (const analytics::DayValue& d : days) {
        x.push_back(static_cast<double>(analytics::dayStartMs(d.day)) + 0.5 * analytics::kDayMs);
        y.push_back(d.value);
    }
    auto* area = new QAreaSeries(upper);
    upper->setParent(area);  // QAreaSeries does not own the line it fills under
    area->setName(tr("%1 (%2)").arg(name, unit));
    chart()->addSeries(area);
    // Bars a pixel or two wide: fill only, or the theme's light outline hides them.
    area->setPen(Qt::NoPen);
    data_.push_back({Kind::Bars, name, unit, {}, std::move(x), std::move(y), {}, area});
    attachTimeAxes(area, unit);
    fitTimeAxes();
}

void ChartPanel::drawBars(Data& d, double lo, double hi)
{
    auto from = std::lower_bound(d.x.begin(), d.x.end(), lo - analytics::kDayMs);
    auto to = std::upper_bound(d.x.begin(), d.x.end(), hi + analytics::kDayMs);
    const auto n = static_cast<std::size_t>(to - from);
    const auto a = static_cast<std::size_t>(from - d.x.begin());
    // Separate bars while each is a few pixels wide. Narrower, the gaps would not show,
    // and a year of bars that each drop back to zero puts hundreds of edges on every
    // scanline: Qt's fill then took 30 ms a paint on the UI thread. Joined, neighbouring
    // bars share an edge that spans only their difference.
    const double pixelsPerBar =
        chart()->plotArea().width() / std::max(1.0, (hi - lo) / analytics::kDayMs);
    const bool separate = pixelsPerBar >= 4;
    const double half = separate ? 0.4 * analytics::kDayMs : 0.5 * analytics::kDayMs;
    QList<QPointF> top;
    top.reserve(static_cast<qsizetype>(4 * n));
    for (std::size_t i = a; i < a + n; ++i) {
        const bool joinsPrevious = !separate && i > a && d.x[i] - d.x[i - 1] <= analytics::kDayMs;
        if (!joinsPrevious)
            top.append({d.x[i] - half, 0});
        top.append({d.x[i] - half, d.y[i]});
        top.append({d.x[i] + half, d.y[i]});
        const bool joinsNext =
            !separate && i + 1 < a + n && d.x[i + 1] - d.x[i] <= analytics::kDayMs;
        if (!joinsNext)
            top.append({d.x[i] + half, 0});
    }
    static_cast<QAreaSeries*>(d.series)->upperSeries()->replace(top);
    d.drawn = n;
}

void ChartPanel::addStates(const QString& name, std::vector<double> timeMs,
                           std::vector<double> values, const std::vector<StateLane>& lanes)
{
    std::set<int> present;
    for (double v : values)
        present.insert(static_cast<int>(v));
    std::vector<StateLane> shown;
    for (const StateLane& lane : lanes) {
        if (present.erase(lane.value) != 0)
            shown.push_back(lane);
    }
    for (int v : present)
        shown.push_back({v, tr("State %1").arg(v), QColor()});

    Data d{Kind::States, name, {}, {}, std::move(timeMs), std::move(values), {}, nullptr};
    // How long a sample's state holds when the next sample is missing: the typical
    // sampling interval, with some slack for jitter.
    std::vector<double> steps;
    for (std::size_t i = 1; i < d.x.size() && steps.size() < 1000; ++i)
        steps.push_back(d.x[i] - d.x[i - 1]);
    if (!steps.empty()) {
        std::nth_element(steps.begin(), steps.begin() + steps.size() / 2, steps.end());
        d.holdMs = 1.5 * steps[steps.size() / 2];
    }
    if (!shown.empty()) {
        auto* axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        axis->setStartValue(-0.5);
        axis->setRange(-0.5, static_cast<double>(shown.size()) - 0.5);
        chart()->addAxis(axis, Qt::AlignLeft);
        for (std::size_t lane = 0; lane < shown.size(); ++lane) {
            axis->append(shown[lane].name, static_cast<double>(lane) + 0.5);
            auto* upper = new QLineSeries;
            auto* lower = new QLineSeries;
            auto* area = new QAreaSeries(upper, lower);
            upper->setParent(area);  // QAreaSeries does not own the lines it fills between
            lower->setParent(area);
            area->setName(shown[lane].name);
            chart()->addSeries(area);
            area->setPen(Qt::NoPen);
            if (shown[lane].color.isValid())
                area->setBrush(shown[lane].color);
            area->attachAxis(ensureTimeAxis());
            area->attachAxis(axis);
            // The axis names the lanes already.
            for (QLegendMarker* marker : chart()->legend()->markers(area))
                marker->setVisible(false);
            d.lanes.emplace_back(shown[lane].value, area);
            d.categories << shown[lane].name;
        }
        d.series = d.lanes.front().second;
    }
    data_.push_back(std::move(d));
    fitTimeAxes();
}

void ChartPanel::drawStates(Data& d, double lo, double hi)
{
    // Gaps narrower than a pixel would not show: a lane's runs are joined across them, so
    // a year of daily on/off runs paints as a few rectangles, not thousands of edges.
    const double pixelMs = (hi - lo) / std::max(1.0, chart()->plotArea().width());
    const auto from = static_cast<std::size_t>(
        std::lower_bound(d.x.begin(), d.x.end(), lo - d.holdMs) - d.x.begin());
    const auto to =
        static_cast<std::size_t>(std::upper_bound(d.x.begin(), d.x.end(), hi) - d.x.begin());
    d.drawn = 0;
    for (std::size_t lane = 0; lane < d.lanes.size(); ++lane) {
        const auto [value, series] = d.lanes[lane];
        const double base = static_cast<double>(lane) - 0.35,
                     top = static_cast<double>(lane) + 0.35;
        QList<QPointF> upper;
        std::optional<std::pair<double, double>> run;
        auto flush = [&] {
            upper << QPointF(run->first, base) << QPointF(run->first, top)
                  << QPointF(run->second, top) << QPointF(run->second, base);
            ++d.drawn;
        };
        for (std::size_t i = from; i < to; ++i) {
            if (static_cast<int>(d.y[i]) != value)
                continue;
            const double start = d.x[i];
            // At least two pixels wide: a quarter-hour fault in a year would not show.
            const double end = std::max(
                i + 1 < d.x.size() ? std::min(d.x[i + 1], start + d.holdMs) : start + d.holdMs,
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
        auto* area = static_cast<QAreaSeries*>(series);
        area->upperSeries()->replace(upper);
        area->lowerSeries()->replace(
            upper.isEmpty() ? QList<QPointF>()
                            : QList<QPointF>{{upper.front().x(), base}, {upper.back().x(), base}});
    }
}

void ChartPanel::fitTimeAxes()
{
    QDateTimeAxis* time = timeAxis();
    double lo = INFINITY, hi = -INFINITY;
    std::map<QAbstractAxis*, std::pair<double, double>> valueRanges;
    for (const Data& d : data_) {
        if (!onTimeAxis(d) || d.x.empty())
            continue;
        const double margin = d.kind == Kind::Bars ? 0.5 * analytics::kDayMs : 0;
        lo = std::min(lo, d.x.front() - margin);
        hi = std::max(hi, d.x.back() + std::max(margin, d.holdMs));
        if (d.kind == Kind::States)
            continue;  // its lanes are fixed
        const auto [mn, mx] = std::minmax_element(d.y.begin(), d.y.end());
        for (QAbstractAxis* a : d.series->attachedAxes()) {
            if (a->orientation() != Qt::Vertical)
                continue;
            auto [it, fresh] = valueRanges.try_emplace(a, *mn, *mx);
            if (!fresh)
                it->second = {std::min(it->second.first, *mn), std::max(it->second.second, *mx)};
            if (d.kind == Kind::Bars)
                it->second.first = std::min(it->second.first, 0.0);
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
    redraw();
}

QDateTimeAxis* ChartPanel::timeAxis() const
{
    for (QAbstractAxis* a : chart()->axes(Qt::Horizontal)) {
        if (auto* t = qobject_cast<QDateTimeAxis*>(a))
            return t;
    }
    return nullptr;
}

void ChartPanel::addPath(const QString& name, const QString& xUnit, const QString& yUnit,
                         std::vector<double> xs, std::vector<double> ys)
{
    auto* series = new QLineSeries;
    series->setName(name);
    // A track has no time axis to downsample along: every n-th fix, at most kDrawnPoints.
    const std::size_t step = std::max<std::size_t>(1, xs.size() / kDrawnPoints);
    QList<QPointF> points;
    for (std::size_t i = 0; i < xs.size(); i += step)
        points.append({xs[i], ys[i]});
    series->replace(points);
    chart()->addSeries(series);
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    x->setTitleText(xUnit);
    y->setTitleText(yUnit);
    x->setLabelFormat(QStringLiteral("%.3f"));
    y->setLabelFormat(QStringLiteral("%.3f"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    if (!xs.empty()) {
        const auto [x0, x1] = std::minmax_element(xs.begin(), xs.end());
        const auto [y0, y1] = std::minmax_element(ys.begin(), ys.end());
        x->setRange(*x0 - 0.01, *x1 + 0.01);
        y->setRange(*y0 - 0.01, *y1 + 0.01);
    }
    data_.push_back({Kind::Path, name, yUnit, xUnit, std::move(xs), std::move(ys), {}, series});
    showEmpty(data_.back().x.empty());
}

void ChartPanel::setHistogram(const QString& name, const QStringList& categories,
                              const std::vector<double>& counts)
{
    auto* set = new QBarSet(name);
    for (double c : counts)
        *set << c;
    auto* series = new QBarSeries;
    series->append(set);
    chart()->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, counts.empty() ? 1 : *std::max_element(counts.begin(), counts.end()) + 1);
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(set, &QBarSet::hovered, this, [this, set, categories](bool on, int i) {
        if (on)
            QToolTip::showText(QCursor::pos(),
                               tr("%1: %2").arg(categories.value(i), Format::number(set->at(i))));
    });
    std::vector<double> x0(counts.size());
    std::iota(x0.begin(), x0.end(), 0.0);
    data_.push_back({Kind::Histogram, name, {}, {}, std::move(x0), counts, categories, series});
    showEmpty(counts.empty());
}

void ChartPanel::redraw()
{
    if (redrawing_)
        return;
    redrawing_ = true;
    QDateTimeAxis* time = timeAxis();
    for (Data& d : data_) {
        if (!onTimeAxis(d) || time == nullptr)
            continue;
        const double lo = static_cast<double>(time->min().toMSecsSinceEpoch());
        const double hi = static_cast<double>(time->max().toMSecsSinceEpoch());
        if (d.kind == Kind::Bars) {
            drawBars(d, lo, hi);
            continue;
        }
        if (d.kind == Kind::States) {
            drawStates(d, lo, hi);
            continue;
        }
        // The visible samples and one beyond each edge, so the line reaches the border.
        auto from = std::lower_bound(d.x.begin(), d.x.end(), lo);
        auto to = std::upper_bound(d.x.begin(), d.x.end(), hi);
        if (from != d.x.begin())
            --from;
        if (to != d.x.end())
            ++to;
        const std::size_t a = static_cast<std::size_t>(from - d.x.begin());
        const std::size_t n = static_cast<std::size_t>(to - from);
        const std::span<const double> xs(d.x.data() + a, n), ys(d.y.data() + a, n);
        QList<QPointF> points;
        for (std::size_t i : analytics::lttb(xs, ys, kDrawnPoints))
            points.append({xs[i], ys[i]});
        static_cast<QLineSeries*>(d.series)->replace(points);
    }
    redrawing_ = false;
}

QString ChartPanel::tooltipAt(const QPointF& value) const
{
    QStringList lines;
    for (const Data& d : data_) {
        if (d.x.empty() || d.kind == Kind::Histogram)
            continue;
        if (d.kind == Kind::Path) {
            std::size_t best = 0;
            double bestDistance = INFINITY;
            for (std::size_t i = 0; i < d.x.size(); ++i) {
                const double dist = std::hypot(d.x[i] - value.x(), d.y[i] - value.y());
                if (dist < bestDistance)
                    bestDistance = dist, best = i;
            }
            lines << tr("%1: %2, %3")
                         .arg(d.name, Format::withUnit(d.x[best], d.xUnit, 5),
                              Format::withUnit(d.y[best], d.unit, 5));
            continue;
        }
        if (d.kind == Kind::States) {
            // The state in force: the last sample at or before the pointer.
            auto it = std::upper_bound(d.x.begin(), d.x.end(), value.x());
            if (it == d.x.begin() || value.x() - *(it - 1) > d.holdMs)
                continue;
            const auto i = static_cast<std::size_t>(it - 1 - d.x.begin());
            const auto lane = std::find_if(d.lanes.begin(), d.lanes.end(), [&](const auto& l) {
                return l.first == static_cast<int>(d.y[i]);
            });
            lines << tr("%1: %2 at %3")
                         .arg(d.name, d.categories.value(lane - d.lanes.begin()),
                              Format::dateTime(static_cast<std::uint64_t>(d.x[i])));
            continue;
        }
        auto it = std::lower_bound(d.x.begin(), d.x.end(), value.x());
        if (it == d.x.end() || (it != d.x.begin() && value.x() - *(it - 1) < *it - value.x()))
            --it;
        const std::size_t i = static_cast<std::size_t>(it - d.x.begin());
        const auto ms = static_cast<std::uint64_t>(d.x[i]);
        const QString when = d.kind == Kind::Bars ? Format::date(ms) : Format::dateTime(ms);
        lines << tr("%1: %2 at %3").arg(d.name, Format::withUnit(d.y[i], d.unit, 2), when);
    }
    return lines.join(QLatin1Char('\n'));
}

std::size_t ChartPanel::pointCount(const QString& name) const
{
    for (const Data& d : data_) {
        if (d.name == name)
            return d.x.size();
    }
    return 0;
}

std::size_t ChartPanel::drawnCount(const QString& name) const
{
    for (const Data& d : data_) {
        if (d.name != name)
            continue;
        if (auto* line = qobject_cast<QLineSeries*>(d.series))
            return static_cast<std::size_t>(line->count());
        if (d.kind == Kind::Bars || d.kind == Kind::States)
            return d.drawn;
        return d.x.size();
    }
    return 0;
}

QStringList ChartPanel::seriesNames() const
{
    QStringList names;
    for (const Data& d : data_)
        names << d.name;
    return names;
}

bool ChartPanel::exportPng(const QString& path)
{
    return view_->grab().save(path, "PNG");
}

CsvWriter ChartPanel::csvWriter() const
{
    // A copy of the real data: the chart may be closed while the file is written.
    struct Series
    {
        QString name, unit;
        bool time;
        std::vector<double> x, y;
        QStringList categories;
    };
    std::vector<Series> all;
    std::size_t total = 0;
    for (const Data& d : data_) {
        all.push_back({d.name, d.unit, onTimeAxis(d), d.x, d.y,
                       d.kind == Kind::Histogram ? d.categories : QStringList()});
        total += d.x.size();
    }
    return [all = std::move(all), total](QTextStream& out, JobContext& job) {
        out << "series,unit,x,value\n";
        std::size_t written = 0;
        for (const Series& d : all) {
            for (std::size_t i = 0; i < d.x.size(); ++i, ++written) {
                if (written % 4096 == 0) {
                    if (job.cancelled())
                        return false;
                    job.reportProgress({}, static_cast<qint64>(written),
                                       static_cast<qint64>(total));
                }
                QString x;
                if (d.time)
                    x = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(d.x[i]),
                                                       QTimeZone::utc())
                            .toString(Qt::ISODateWithMs);
                else if (!d.categories.isEmpty())
                    x = d.categories.value(static_cast<qsizetype>(i));
                else
                    x = QString::number(d.x[i], 'g', 10);
                // Numbers in C locale: a CSV is read by programs, not people.
                out << csvField(d.name) << ',' << csvField(d.unit) << ',' << csvField(x) << ','
                    << QString::number(d.y[i], 'g', 12) << '\n';
            }
        }
        return true;
    };
}

void ChartPanel::exportPngDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart as PNG"),
                                                      title_->text() + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        MessageBox::warning(this, tr("Export failed"),
                            tr("Could not write %1. Choose a folder you can write to.").arg(path));
}

void ChartPanel::exportCsvDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart data as CSV"),
                                                      title_->text() + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(this, path, csvWriter());
}

}  // namespace pp::ui
