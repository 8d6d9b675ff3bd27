#pragma once

#include "plot.h"

class QLineSeries;

namespace pp::ui {

// A path in the plane (a GPS track: x longitude, y latitude), on value axes of its own.
class PathPlot : public Plot
{
    Q_DECLARE_TR_FUNCTIONS(Chart)

public:
    PathPlot(QChart* chart, const QString& name, const QString& xUnit, const QString& yUnit,
             std::vector<double> xs, std::vector<double> ys);

    std::size_t drawnCount() const override;
    QList<QAbstractSeries*> timeSeries() const override { return {}; }
    std::optional<QString> tooltip(const QPointF& at) const override;
    Export exported() const override;

private:
    QString xUnit_;
    QLineSeries* series_;
};

}  // namespace pp::ui
