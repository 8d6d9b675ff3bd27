#pragma once

#include "lightnode/sync_report.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QLabel;
class QToolButton;

namespace pp::ui {

// The first screen, as a newcomer meets it: what PowerProof is in a line, the local demo
// network as the obvious first step (what it does and how long it takes), then connecting
// to a network (its TLS and workspace fields folded away) or opening a workspace, with the
// recent ones listed only when there are some.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // While the demo network is prepared: what it is doing, and how far (0/0: unknown).
    void setDemoProgress(const QString& step, qint64 done, qint64 total);
    void setDemoFailed(const QString& message);
    void refreshRecent();

signals:
    void demoRequested();
    void connectRequested(const QString& workspace, const lightnode::SyncOptions& options);
    void openRequested(const QString& workspace);

private:
    QWidget* buildHeader();
    QWidget* buildDemo();
    QWidget* buildConnect();
    QWidget* buildOpen();
    void submitConnect();
    void showConnectError(const QString& message);

    QPushButton* demo_ = nullptr;
    QProgressBar* demoProgress_ = nullptr;
    QLabel* demoStep_ = nullptr;
    QLineEdit *node_ = nullptr, *chainId_ = nullptr, *caFile_ = nullptr, *pin_ = nullptr,
              *clientCert_ = nullptr, *clientKey_ = nullptr, *workspace_ = nullptr;
    QPlainTextEdit* witnesses_ = nullptr;
    QToolButton* advancedToggle_ = nullptr;
    QWidget* advanced_ = nullptr;
    QLabel* connectError_ = nullptr;
    QLabel* recentLabel_ = nullptr;
    QListWidget* recent_ = nullptr;
};

}  // namespace pp::ui
