#pragma once

#include "evidence/package_types.h"
#include "session/job_queue.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace pp::ui {

class ChartPanel;

// "Open evidence package": verifies a package offline, off the UI thread, and shows the
// checklist of evidence.md (each step passed, the one that failed with why, the ones not
// reached), who signed it and when it was time-stamped, its records with a chart a device,
// and the limits of what an offline package proves. A window of its own: it needs no
// workspace.
class EvidenceView : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceView(QWidget* parent = nullptr);

    // Verifies `path` against the chain id typed (or, without one, the one it claims).
    void open(const QString& path);

    QTableWidget* checklist() const { return checks_; }
    QLabel* verdictLabel() const { return verdict_; }
    ChartPanel* chart() const { return chart_; }

signals:
    void verified(bool valid);  // the checklist and the verdict are on screen

private:
    struct Outcome;
    void present(const Outcome& outcome);
    void showDevice(int index);

    JobQueue queue_;  // no workspace: a package is checked on its own
    QPointer<BackgroundJob> job_;
    QLineEdit* chainId_;
    QLabel* path_;
    QLabel* verdict_;
    QProgressBar* progress_;
    QPushButton* cancel_;
    QTableWidget* checks_;
    QTableWidget* facts_;
    QComboBox* device_;
    ChartPanel* chart_;
    QLabel* limits_;
    std::shared_ptr<const evidence::PackageVerdict> shown_;
};

}  // namespace pp::ui
