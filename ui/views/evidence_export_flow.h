#pragma once

#include "session/background_job.h"
#include "views/export_evidence_dialog.h"

#include <QObject>
#include <QPointer>

namespace pp::ui {

class WorkspaceSession;

// From "Export evidence…" to the package on disk: the dialog (window-modal, never
// blocking), the export as a job of the session with a progress dialog whose Cancel stops
// it, and, when done, the word with an offer to open the package's folder.
class EvidenceExportFlow : public QObject
{
    Q_OBJECT

public:
    EvidenceExportFlow(WorkspaceSession* session, QWidget* window);

    // Opens the dialog with a device and window chosen (none: the user chooses; none with
    // `fork`: the fork's evidence).
    ExportEvidenceDialog* begin(const std::vector<std::pair<QByteArray, QString>>& assets,
                                const SignerDefaults& defaults, bool fork,
                                const QByteArray& device = {}, std::uint64_t fromMs = 0,
                                std::uint64_t toMs = UINT64_MAX, const QString& note = {});
    BackgroundJob* run(const EvidenceRequest& request);

signals:
    void exported(const QString& path);

private:
    QPointer<WorkspaceSession> session_;
    QWidget* window_;
    QPointer<BackgroundJob> running_;  // one export at a time: answers are matched in order
};

}  // namespace pp::ui
