#include "histogram_plot.h"

#include "format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace pp::ui {

namespace {

std::vector<double> indices(std::size_t n)
{
    std::vector<double> x(n);
    std::iota(x.begin(), x.end(), 0.0);
    return x;
}

}  // namespace

HistogramPlot::HistogramPlot(QChart* chart, const QString& name, const QStringList& categories,
                             const std::vector<double>& counts)
    : Plot(name, {}, indices(counts.size()), counts), categories_(categories)
{
    auto* set = new QBarSet(name);
    for (double c : counts)
        *set << c;
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, counts.empty() ? 1 : *std::max_element(counts.begin(), counts.end()) + 1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // A bar's tooltip comes from its own hover: a category axis has no value to map to.
    QObject::connect(set, &QBarSet::hovered, set, [set, categories](bool on, int i) {
        if (on)
            QToolTip::showText(QCursor::pos(),
                               tr("%1: %2").arg(categories.value(i), Format::number(set->at(i))));
    });
}

Plot::Export HistogramPlot::exported() const
{
    return {name_, unit_, Export::X::Category, x_, y_, categories_};
}

}  // namespace pp::ui
