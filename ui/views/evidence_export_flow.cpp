#include "evidence_export_flow.h"

#include "session/workspace_session.h"
#include "widgets/message_box.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QUrl>

namespace pp::ui {

EvidenceExportFlow::EvidenceExportFlow(WorkspaceSession* session, QWidget* window)
    : QObject(window), session_(session), window_(window)
{
}

ExportEvidenceDialog* EvidenceExportFlow::begin(
    const std::vector<std::pair<QByteArray, QString>>& assets, const SignerDefaults& defaults,
    bool fork, const QByteArray& device, std::uint64_t fromMs, std::uint64_t toMs,
    const QString& note)
{
    auto* dialog = new ExportEvidenceDialog(assets, defaults, window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->offerFork(fork, fork && device.isEmpty() && !note.isEmpty());
    if (!device.isEmpty() || !note.isEmpty())
        dialog->setSelection(device, fromMs, toMs, note);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    dialog->setOutputPath(
        QDir(folder).filePath(QStringLiteral("evidence-%1.zip")
                                  .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")))));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto request = dialog->request())
            run(*request);
    });
    dialog->open();
    return dialog;
}

BackgroundJob* EvidenceExportFlow::run(const EvidenceRequest& request)
{
    if (!session_)
        return nullptr;
    if (running_) {
        MessageBox::warning(window_, tr("Export evidence package"),
                            tr("An export is running. Wait for it, or cancel it, first."));
        return nullptr;
    }
    BackgroundJob* job = session_->exportEvidence(request.selection, request.path, request.signing,
                                                  request.timeStamping);
    running_ = job;
    auto* progress =
        new QProgressDialog(tr("Exporting the evidence package…"), tr("Cancel"), 0, 0, window_);
    progress->setWindowTitle(tr("Export evidence package"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    progress->setValue(0);
    connect(job, &BackgroundJob::progress, progress,
            [progress](const QString& stage, qint64 done, qint64 total) {
                progress->setLabelText(stage);
                progress->setMaximum(static_cast<int>(std::min<qint64>(total, INT_MAX)));
                progress->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
            });
    connect(progress, &QProgressDialog::canceled, job, &BackgroundJob::cancel);
    connect(job, &BackgroundJob::finished, progress, &QWidget::close);
    // The session answers on the UI thread just before the job's finished(): the first
    // evidenceExported after this call is this job's, and finished() ends the wait either
    // way (a failure or a cancel answers nothing).
    auto done = std::make_shared<QMetaObject::Connection>();
    *done = connect(session_, &WorkspaceSession::evidenceExported, this,
                    [this, done](const std::shared_ptr<const evidence::ExportSummary>& summary) {
                        disconnect(*done);
                        emit exported(summary->path);
                        const QString text =
                            (summary->signedByExporter
                                 ? tr("%1 records of %2 blocks, proven against block %3, signed.")
                                 : tr("%1 records of %2 blocks, proven against block %3, "
                                      "unsigned."))
                                .arg(summary->records)
                                .arg(summary->blocks)
                                .arg(summary->anchorHeight) +
                            QStringLiteral("\n\n") + summary->path + QStringLiteral("\n\n") +
                            tr("Open the folder that holds it?");
                        if (MessageBox::question(window_, tr("Evidence package written"), text))
                            QDesktopServices::openUrl(
                                QUrl::fromLocalFile(QFileInfo(summary->path).absolutePath()));
                    });
    connect(job, &BackgroundJob::finished, this, [done] { QObject::disconnect(*done); });
    return job;
}

}  // namespace pp::ui
