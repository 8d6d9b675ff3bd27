#include "csv_export.h"

#include "session/job_queue.h"
#include "widgets/message_box.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QProgressDialog>
#include <QTextStream>

namespace pp::ui {

namespace {

struct CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
};

}  // namespace

BackgroundJob* exportCsv(QWidget* parent, const QString& path, CsvWriter write)
{
    auto* dialog = new QProgressDialog(CsvExport::tr("Writing %1…").arg(path),
                                       CsvExport::tr("Cancel"), 0, 1000, parent);
    dialog->setWindowTitle(CsvExport::tr("Export"));
    dialog->setMinimumDuration(300);  // a small table is written before it would show
    dialog->setValue(0);
    QPointer<QProgressDialog> progress(dialog);
    // Exports of one window run one after another on that window's export worker.
    QWidget* window = parent->window();
    auto* exports =
        window->findChild<JobQueue*>(QStringLiteral("exports"), Qt::FindDirectChildrenOnly);
    if (exports == nullptr) {
        exports = new JobQueue({}, window);
        exports->setObjectName(QStringLiteral("exports"));
    }
    auto* job = exports->post(
        parent,
        [path, write = std::move(write), parent](JobContext& self) -> std::function<void()> {
            QFile file(path);
            bool ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate);
            if (ok) {
                QTextStream out(&file);
                ok = write(out, self);
                out.flush();
                ok = ok && file.error() == QFile::NoError;
                file.close();
            }
            if (!ok)
                QFile::remove(path);
            const bool cancelled = self.cancelled();
            return [parent, path, ok, cancelled] {
                if (!ok && !cancelled)
                    MessageBox::warning(
                        parent, CsvExport::tr("Export failed"),
                        CsvExport::tr("Could not write %1. Choose a folder you can write to.")
                            .arg(path));
            };
        });
    QObject::connect(job, &BackgroundJob::progress, dialog,
                     [progress](const QString&, qint64 done, qint64 total) {
                         if (progress && total > 0)
                             progress->setValue(static_cast<int>(done * 1000 / total));
                     });
    QObject::connect(dialog, &QProgressDialog::canceled, job, &BackgroundJob::cancel);
    QObject::connect(job, &BackgroundJob::finished, dialog, [progress] {
        if (progress)
            progress->deleteLater();
    });
    return job;
}

std::vector<QStringList> modelRows(const QAbstractItemModel& model)
{
    std::vector<QStringList> rows;
    rows.reserve(static_cast<std::size_t>(model.rowCount()) + 1);
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << model.headerData(c, Qt::Horizontal).toString();
    rows.push_back(std::move(header));
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        rows.push_back(std::move(cells));
    }
    return rows;
}

CsvWriter rowsWriter(std::vector<QStringList> rows)
{
    return [rows = std::move(rows)](QTextStream& out, JobContext& job) {
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (job.cancelled())
                return false;
            QStringList cells;
            for (const QString& cell : rows[r])
                cells << csvField(cell);
            out << cells.join(QLatin1Char(',')) << '\n';
            if (r % 1000 == 0)
                job.reportProgress({}, static_cast<qint64>(r), static_cast<qint64>(rows.size()));
        }
        return true;
    };
}

}  // namespace pp::ui
