#include "report/chart_image.h"

#include "analytics/lttb.h"
#include "report/bilingual_html.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pp::report {

namespace {

constexpr std::size_t kChartPoints = 800;
const QRectF kPlot(130, 90, kChartWidth - 160, kChartHeight - 160);

void canvas(QPainter& p, QImage& image, const QString& title)
{
    image = QImage(kChartWidth, kChartHeight, QImage::Format_RGB32);
    image.fill(Qt::white);
    p.begin(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(22);
    p.setFont(font);
    if (!title.isEmpty()) {
        QFont bold = font;
        bold.setPixelSize(24);
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRectF(10, 4, kChartWidth - 20, 72), Qt::AlignLeft | Qt::TextWordWrap, title);
        p.setFont(font);
    }
}

// Horizontal grid lines with their values, from y0 to y1.
void yAxis(QPainter& p, double y0, double y1, const QString& unit)
{
    for (int i = 0; i <= 4; ++i) {
        const double v = y0 + (y1 - y0) * i / 4;
        const double py = kPlot.bottom() - kPlot.height() * i / 4;
        p.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 1));
        p.drawLine(QPointF(kPlot.left(), py), QPointF(kPlot.right(), py));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, py - 15, kPlot.left() - 10, 30), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(v, 'g', 5) + (unit.isEmpty() ? QString() : u' ' + unit));
    }
}

// 15,870,778 as "15.87 M": an axis label a reader takes in at a glance.
QString compactNumber(double v)
{
    const double a = std::abs(v);
    if (a >= 1e6)
        return QString::number(v / 1e6, 'f', 2) + QStringLiteral(" M");
    if (a >= 1e4)
        return QString::number(v / 1e3, 'f', 1) + QStringLiteral(" k");
    return QString::number(v, 'g', 4);
}

}  // namespace

QImage lineChart(const LineChartSpec& spec)
{
    double x0 = std::numeric_limits<double>::infinity(), x1 = -x0;
    double lo = 0, hi = 0;
    bool any = false;
    for (const ChartLine& l : spec.lines) {
        if (l.x.size() < (l.dots ? 1 : 2))
            continue;
        any = true;
        x0 = std::min(x0, l.x.front());
        x1 = std::max(x1, l.x.back());
        const auto [a, b] = std::minmax_element(l.y.begin(), l.y.end());
        lo = std::min(lo, *a - l.spread);
        hi = std::max(hi, *b + l.spread);
    }
    if (!any)
        return {};
    const double y0 = spec.yRange ? spec.yRange->first : lo;
    const double y1 = spec.yRange ? spec.yRange->second : (hi > y0 ? hi : y0 + 1);
    const double span = std::max(1.0, x1 - x0);
    auto at = [&](double x, double y) {
        return QPointF(kPlot.left() + kPlot.width() * (x - x0) / span,
                       kPlot.bottom() - kPlot.height() * (std::clamp(y, y0, y1) - y0) / (y1 - y0));
    };
    QImage image;
    QPainter p;
    canvas(p, image, spec.title);
    yAxis(p, y0, y1, spec.unit);
    p.drawText(QRectF(kPlot.left(), kPlot.bottom() + 10, 400, 40), Qt::AlignLeft,
               utcMinute(static_cast<std::uint64_t>(x0)));
    p.drawText(QRectF(kPlot.right() - 400, kPlot.bottom() + 10, 400, 40), Qt::AlignRight,
               utcMinute(static_cast<std::uint64_t>(x1)));
    double legendX = kPlot.left() + 420;  // after the first date
    for (const ChartLine& l : spec.lines) {
        if (l.x.empty())
            continue;
        const std::vector<std::size_t> keep = analytics::lttb(l.x, l.y, kChartPoints);
        if (l.spread > 0) {
            QPainterPath band;
            for (std::size_t k = 0; k < keep.size(); ++k) {
                const QPointF q = at(l.x[keep[k]], l.y[keep[k]] + l.spread);
                k == 0 ? band.moveTo(q) : band.lineTo(q);
            }
            for (std::size_t k = keep.size(); k-- > 0;)
                band.lineTo(at(l.x[keep[k]], l.y[keep[k]] - l.spread));
            QColor fill = l.color;
            fill.setAlpha(50);
            p.fillPath(band, fill);
        }
        if (l.dots) {
            p.setPen(Qt::NoPen);
            p.setBrush(l.color);
            for (const std::size_t i : keep)
                p.drawEllipse(at(l.x[i], l.y[i]), 3, 3);
        } else {
            // Segments rather than one polyline: a wide pen's joins on a zigzag (a pack
            // cycling every day) cost seconds to stroke, separate segments milliseconds.
            QVector<QLineF> segments;
            segments.reserve(static_cast<qsizetype>(keep.size()));
            for (std::size_t k = 1; k < keep.size(); ++k)
                segments << QLineF(at(l.x[keep[k - 1]], l.y[keep[k - 1]]),
                                   at(l.x[keep[k]], l.y[keep[k]]));
            p.setPen(QPen(l.color, 2));
            p.drawLines(segments);
        }
        if (!l.label.isEmpty()) {
            p.fillRect(QRectF(legendX, kChartHeight - 34, 24, 12), l.color);
            p.setPen(Qt::black);
            p.drawText(QRectF(legendX + 32, kChartHeight - 44, 500, 30), Qt::AlignLeft, l.label);
            legendX += 40 + p.fontMetrics().horizontalAdvance(l.label);
        }
    }
    return image;
}

QImage barChart(const QString& title, const QStringList& labels, const std::vector<double>& values,
                const QColor& color)
{
    if (values.empty())
        return {};
    const double top = std::max(1.0, *std::max_element(values.begin(), values.end()));
    QImage image;
    QPainter p;
    canvas(p, image, title);
    yAxis(p, 0, top, {});
    const double slot = kPlot.width() / static_cast<double>(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double h = kPlot.height() * values[i] / top;
        const QRectF bar(kPlot.left() + slot * static_cast<double>(i) + slot * 0.1,
                         kPlot.bottom() - h, slot * 0.8, h);
        p.fillRect(bar, color);
        p.setPen(Qt::black);
        p.drawText(QRectF(bar.left() - slot * 0.1, kPlot.bottom() + 8, slot, 30), Qt::AlignHCenter,
                   i < static_cast<std::size_t>(labels.size()) ? labels[static_cast<qsizetype>(i)]
                                                               : QString());
    }
    return image;
}

QImage tornadoChart(const QString& title, double base, const std::vector<TornadoBar>& bars,
                    const QString& lowLabel, const QString& highLabel, const QString& unit)
{
    if (bars.empty())
        return {};
    double lo = base, hi = base;
    for (const TornadoBar& b : bars) {
        lo = std::min({lo, b.atLow, b.atHigh});
        hi = std::max({hi, b.atLow, b.atHigh});
    }
    if (hi - lo < 1e-9)
        hi = lo + 1;
    const double pad = (hi - lo) * 0.05;
    lo -= pad;
    hi += pad;
    QImage image;
    QPainter p;
    canvas(p, image, title);
    const QRectF plot(kPlot.left() + 150, kPlot.top(), kPlot.width() - 150, kPlot.height());
    auto xAt = [&](double v) { return plot.left() + plot.width() * (v - lo) / (hi - lo); };
    for (int i = 0; i <= 4; ++i) {
        const double v = lo + (hi - lo) * i / 4;
        p.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 1));
        p.drawLine(QPointF(xAt(v), plot.top()), QPointF(xAt(v), plot.bottom()));
        p.setPen(Qt::black);
        p.drawText(QRectF(xAt(v) - 150, plot.bottom() + 6, 300, 30), Qt::AlignHCenter,
                   compactNumber(v) + (unit.isEmpty() ? QString() : u' ' + unit));
    }
    const QColor lowColor(0xe6, 0x7e, 0x22), highColor(0x2e, 0x6d, 0xb4);
    const double slot = plot.height() / static_cast<double>(bars.size());
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const double top = plot.top() + slot * static_cast<double>(i) + slot * 0.15;
        for (const auto& [value, color] :
             {std::pair{bars[i].atLow, lowColor}, std::pair{bars[i].atHigh, highColor}}) {
            const double a = xAt(base), b = xAt(value);
            p.fillRect(QRectF(std::min(a, b), top, std::abs(b - a), slot * 0.7), color);
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(10, top, plot.left() - 20, slot * 0.7), Qt::AlignRight | Qt::AlignVCenter,
                   bars[i].label);
    }
    p.setPen(QPen(Qt::black, 2));
    p.drawLine(QPointF(xAt(base), plot.top()), QPointF(xAt(base), plot.bottom()));
    double legendX = plot.left();
    for (const auto& [label, color] :
         {std::pair{lowLabel, lowColor}, std::pair{highLabel, highColor}}) {
        p.fillRect(QRectF(legendX, kChartHeight - 34, 24, 12), color);
        p.drawText(QRectF(legendX + 32, kChartHeight - 44, 600, 30), Qt::AlignLeft, label);
        legendX += 60 + p.fontMetrics().horizontalAdvance(label);
    }
    return image;
}

}  // namespace pp::report
