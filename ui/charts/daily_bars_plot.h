#pragma once

#include "analytics/portfolio.h"
#include "plot.h"

class QAreaSeries;

namespace pp::ui {

// One bar a day (UTC+8 days), on the time axis: an area whose top steps once a day, so
// that zoom, pan and the date axis work as for lines.
class DailyBarsPlot : public Plot
{
    Q_DECLARE_TR_FUNCTIONS(Chart)

public:
    DailyBarsPlot(QChart* chart, const QString& name, const QString& unit,
                  const std::vector<analytics::DayValue>& days);

    std::size_t drawnCount() const override { return drawn_; }
    QList<QAbstractSeries*> timeSeries() const override;
    std::optional<std::pair<double, double>> timeSpan() const override;
    std::optional<std::pair<double, double>> valueSpan() const override;
    void draw(double lo, double hi, double pixels) override;
    std::optional<QString> tooltip(const QPointF& at) const override;

private:
    QAreaSeries* area_;
    std::size_t drawn_ = 0;  // the bars the visible range shows
};

}  // namespace pp::ui
