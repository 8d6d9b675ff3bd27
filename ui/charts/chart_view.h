#pragma once

#include <QChartView>

#include <functional>

namespace pp::ui {

// The chart itself: the mouse wheel and +/− zoom, the arrow keys pan, 0 or Home resets,
// a dragged range zooms to it, and the pointer asks `tooltip` what to show at its value.
class ChartView : public QChartView
{
public:
    explicit ChartView(std::function<QString(const QPointF&)> tooltip, QWidget* parent = nullptr);

protected:
    void wheelEvent(QWheelEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;

private:
    std::function<QString(const QPointF&)> tooltip_;
};

}  // namespace pp::ui
