#include "charts/chart_grid.h"

#include "charts/chart_panel.h"

#include <QGridLayout>

namespace pp::ui {

ChartGrid::ChartGrid(int minimumChartHeight, QWidget* parent)
    : QWidget(parent), grid_(new QGridLayout(this)), minimumChartHeight_(minimumChartHeight)
{
}

ChartPanel* ChartGrid::add(const QString& title, int row, int column)
{
    auto* chart = new ChartPanel(title);
    chart->setMinimumHeight(minimumChartHeight_);
    grid_->addWidget(chart, row, column);
    return chart;
}

QList<ChartPanel*> ChartGrid::charts() const
{
    return findChildren<ChartPanel*>();
}

void ChartGrid::clear()
{
    for (ChartPanel* c : charts())
        delete c;
}

}  // namespace pp::ui
