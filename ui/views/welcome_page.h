#pragma once

#include "lightnode/light_client.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QLabel;

namespace pp::ui {

// The first screen: start the local demo network, connect to a network, or open a
// workspace (with the recent ones).
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
    void submitConnect();

    QPushButton* demo_;
    QProgressBar* demoProgress_;
    QLabel* demoStep_;
    QLineEdit *node_, *chainId_, *caFile_, *pin_, *clientCert_, *clientKey_, *workspace_;
    QPlainTextEdit* witnesses_;
    QLabel* connectError_;
    QListWidget* recent_;
};

}  // namespace pp::ui
