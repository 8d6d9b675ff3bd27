#pragma once

#include "lightnode/network_state.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pp::ui {

class WorkspaceSession;

// The network the light node follows: the primary and its witnesses with their state, the
// verified tip and header height, every validator set (genesis and each transition) with
// powers and algorithms, a fork banner with its evidence, and sync now / stop.
class NetworkView : public QWidget
{
    Q_OBJECT

public:
    NetworkView(WorkspaceSession* session, QWidget* parent = nullptr);

    void setNetwork(const std::shared_ptr<const lightnode::NetworkState>& network);
    void setPrimary(const QString& url);
    void setSyncing(bool syncing);

    QTableWidget* witnesses() const { return witnesses_; }
    QTableWidget* validators() const { return validators_; }
    QLabel* forkBanner() const { return fork_; }

private:
    static QString notSyncedText(const std::vector<lightnode::DeviceHoles>& devices);
    static QString statusText(const QString& status);
    WorkspaceSession* session_;
    QLabel* fork_;
    QLabel* summary_;
    QTableWidget* witnesses_;
    QTableWidget* validators_;
    QPushButton* sync_;
    QPushButton* stop_;
    QString primary_;
};

}  // namespace pp::ui
