#pragma once

#include "plot.h"

class QLineSeries;

namespace pp::ui {

// A quantity over time. Lines with more than kDrawnPoints samples in view are downsampled
// for drawing (LTTB), again after each zoom, so a zoomed-in day shows every sample.
class LinePlot : public Plot
{
    Q_DECLARE_TR_FUNCTIONS(Chart)

public:
    static constexpr std::size_t kDrawnPoints = 2000;

    LinePlot(QChart* chart, const QString& name, const QString& unit, std::vector<double> timeMs,
             std::vector<double> values);

    std::size_t drawnCount() const override;
    QList<QAbstractSeries*> timeSeries() const override;
    void draw(double lo, double hi, double pixels) override;
    std::optional<QString> tooltip(const QPointF& at) const override;

private:
    QLineSeries* series_;
};

}  // namespace pp::ui
