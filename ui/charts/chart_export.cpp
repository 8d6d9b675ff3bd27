#include "chart_export.h"

#include "session/background_job.h"
#include "widgets/message_box.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QPixmap>
#include <QTextStream>
#include <QTimeZone>
#include <QWidget>

namespace pp::ui {

namespace {

struct ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(Chart)
};

QString xText(const Plot::Export& d, std::size_t i)
{
    switch (d.xKind) {
        case Plot::Export::X::Time:
            return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(d.x[i]), QTimeZone::utc())
                .toString(Qt::ISODateWithMs);
        case Plot::Export::X::Category:
            return d.categories.value(static_cast<qsizetype>(i));
        case Plot::Export::X::Number:
            break;
    }
    return QString::number(d.x[i], 'g', 10);
}

}  // namespace

bool exportChartPng(QWidget* view, const QString& path)
{
    return view->grab().save(path, "PNG");
}

CsvWriter chartCsvWriter(std::vector<Plot::Export> data)
{
    std::size_t total = 0;
    for (const Plot::Export& d : data)
        total += d.x.size();
    return [all = std::move(data), total](QTextStream& out, JobContext& job) {
        out << "series,unit,x,value\n";
        std::size_t written = 0;
        for (const Plot::Export& d : all) {
            for (std::size_t i = 0; i < d.x.size(); ++i, ++written) {
                if (written % 4096 == 0) {
                    if (job.cancelled())
                        return false;
                    job.reportProgress({}, static_cast<qint64>(written),
                                       static_cast<qint64>(total));
                }
                // Numbers in C locale: a CSV is read by programs, not people.
                out << csvField(d.name) << ',' << csvField(d.unit) << ',' << csvField(xText(d, i))
                    << ',' << QString::number(d.y[i], 'g', 12) << '\n';
            }
        }
        return true;
    };
}

void askAndExportChartPng(QWidget* parent, const QString& title, QWidget* view)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, ChartExport::tr("Export chart as PNG"), title + QStringLiteral(".png"),
        ChartExport::tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportChartPng(view, path))
        MessageBox::warning(
            parent, ChartExport::tr("Export failed"),
            ChartExport::tr("Could not write %1. Choose a folder you can write to.").arg(path));
}

void askAndExportChartCsv(QWidget* parent, const QString& title, CsvWriter writer)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, ChartExport::tr("Export chart data as CSV"), title + QStringLiteral(".csv"),
        ChartExport::tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(parent, path, std::move(writer));
}

}  // namespace pp::ui
