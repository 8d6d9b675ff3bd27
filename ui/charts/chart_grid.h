#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

namespace pp::ui {

class ChartPanel;

// The charts of a page in a grid, each cell a ChartPanel with the page's minimum height:
// what the asset and battery pages lay out and their tests inspect.
class ChartGrid : public QWidget
{
public:
    explicit ChartGrid(int minimumChartHeight, QWidget* parent = nullptr);

    ChartPanel* add(const QString& title, int row, int column);
    QList<ChartPanel*> charts() const;
    void clear();  // every chart goes, for the next asset

private:
    QGridLayout* grid_;
    int minimumChartHeight_;
};

}  // namespace pp::ui
