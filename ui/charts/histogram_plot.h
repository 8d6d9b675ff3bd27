#pragma once

#include "plot.h"

class QBarSeries;

namespace pp::ui {

// Counts by category (a distribution), on a category axis of its own; hovering a bar
// shows its count.
class HistogramPlot : public Plot
{
    Q_DECLARE_TR_FUNCTIONS(Chart)

public:
    HistogramPlot(QChart* chart, const QString& name, const QStringList& categories,
                  const std::vector<double>& counts);

    std::size_t drawnCount() const override { return x_.size(); }
    QList<QAbstractSeries*> timeSeries() const override { return {}; }
    std::optional<QString> tooltip(const QPointF&) const override { return std::nullopt; }
    Export exported() const override;

private:
    QStringList categories_;
};

}  // namespace pp::ui
