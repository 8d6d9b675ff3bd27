#pragma once

#include "plot.h"

#include <QColor>

class QAreaSeries;

namespace pp::ui {

// A state over time as a timeline: one lane a state, filled while the state holds. Each
// sample's state lasts until the next sample, or for the typical sampling interval when
// data is missing. Lanes are the states that occur, in `lanes` order; states not named
// there get a lane named by their number. The lanes have their own axis, on the left.
class StatePlot : public Plot
{
    Q_DECLARE_TR_FUNCTIONS(Chart)

public:
    struct Lane
    {
        int value;
        QString name;
        QColor color;
    };

    StatePlot(QChart* chart, const QString& name, std::vector<double> timeMs,
              std::vector<double> values, const std::vector<Lane>& lanes);

    std::size_t drawnCount() const override { return drawn_; }
    QList<QAbstractSeries*> timeSeries() const override;
    bool onUnitAxis() const override { return false; }
    std::optional<std::pair<double, double>> timeSpan() const override;
    std::optional<std::pair<double, double>> valueSpan() const override { return std::nullopt; }
    void draw(double lo, double hi, double pixels) override;
    std::optional<QString> tooltip(const QPointF& at) const override;

private:
    std::vector<std::pair<int, QAreaSeries*>> lanes_;  // each lane's state and its series
    QStringList laneNames_;
    double holdMs_ = 0;  // how long a sample's state lasts at most
    std::size_t drawn_ = 0;
};

}  // namespace pp::ui
