#include "chart_view.h"

#include <QLegend>
#include <QToolTip>

namespace pp::ui {

ChartView::ChartView(std::function<QString(const QPointF&)> tooltip, QWidget* parent)
    : QChartView(new QChart, parent), tooltip_(std::move(tooltip))
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

void ChartView::wheelEvent(QWheelEvent* e)
{
    chart()->zoom(e->angleDelta().y() > 0 ? 1.25 : 0.8);
    e->accept();
}

void ChartView::keyPressEvent(QKeyEvent* e)
{
    switch (e->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            chart()->zoom(1.25);
            break;
        case Qt::Key_Minus:
            chart()->zoom(0.8);
            break;
        case Qt::Key_Left:
            chart()->scroll(-chart()->plotArea().width() / 5, 0);
            break;
        case Qt::Key_Right:
            chart()->scroll(chart()->plotArea().width() / 5, 0);
            break;
        case Qt::Key_0:
        case Qt::Key_Home:
            chart()->zoomReset();
            break;
        default:
            QChartView::keyPressEvent(e);
            return;
    }
    e->accept();
}

void ChartView::mouseMoveEvent(QMouseEvent* e)
{
    QChartView::mouseMoveEvent(e);
    const QList<QAbstractSeries*> all = chart()->series();
    if (all.isEmpty() || !chart()->plotArea().contains(e->position())) {
        QToolTip::hideText();
        return;
    }
    const QString text = tooltip_(chart()->mapToValue(e->position(), all.first()));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(e->globalPosition().toPoint(), text, this);
}

}  // namespace pp::ui
