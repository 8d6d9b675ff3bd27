#pragma once

#include "analytics/incidents.h"
#include "analytics/portfolio.h"
#include "findings/finding.h"
#include "lightnode/network_state.h"
#include "lightnode/sync_report.h"
#include "lightnode/workspace_audit.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace pp::ui {

class AssetsView;
class BatteriesView;
class ValuationView;
class BackgroundJob;
class DemoNetwork;
class EvidenceExportFlow;
class EvidenceView;
class ExportEvidenceDialog;
class FindingsView;
class NetworkView;
class OverviewView;
class WelcomePage;
class WorkspaceSession;

// The console's window: the welcome screen until a workspace is open, then navigation
// (Overview, Assets, Findings, Network) over the views of that workspace, a banner for
// errors, and the status bar with the sync's progress and a cancel button.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `nodeProgram`: the powerproof-node the demo network runs (beside this program by
    // default).
    explicit MainWindow(QString nodeProgram = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    enum class View { Overview, Assets, Batteries, Valuation, Findings, Network };
    void showView(View view);

    // Opens a workspace file; with a connection it can sync (and syncs at once when
    // `syncNow`).
    void openWorkspace(const QString& path, std::optional<lightnode::SyncOptions> connection = {},
                       bool syncNow = false);
    void startDemo(const QString& directory, const QStringList& simulateArgs = {});
    void inspectRecord(std::uint64_t height, std::uint64_t index);
    // The export wizard, with a device and window chosen when given (an incident's, a
    // finding's), offering the fork's evidence when the workspace holds one; nullptr
    // without an open workspace.
    ExportEvidenceDialog* exportEvidence(const QByteArray& device = {}, std::uint64_t fromMs = 0,
                                         std::uint64_t toMs = UINT64_MAX, const QString& note = {});
    // The "Open evidence package" window, verifying `path` when given.
    EvidenceView* openEvidencePackage(const QString& path = {});
    void showError(const QString& what, const QString& message);
    // Re-verifies the open workspace from its stored bytes, every record, with progress and
    // cancel, and says what it found; nullptr without an open workspace.
    BackgroundJob* reverifyWorkspace();
    // Applies the language and theme of the settings now: the menus, the welcome screen
    // and the workspace's views are built again in them, from the data already loaded.
    void applySettings();

    WorkspaceSession* session() const;
    OverviewView* overview() const { return overview_; }
    AssetsView* assets() const { return assets_; }
    BatteriesView* batteries() const { return batteries_; }
    ValuationView* valuation() const { return valuation_; }
    FindingsView* findings() const { return findings_; }
    NetworkView* network() const { return network_; }
    WelcomePage* welcome() const { return welcome_; }
    DemoNetwork* demo() const { return demo_; }
    QLabel* errorBanner() const { return error_; }
    const analytics::Portfolio* portfolio() const { return portfolio_.get(); }

    // Nothing left running that a close must let end: no session, no demo process, no
    // worker thread of a closed session. Until then a close hides the window and waits.
    bool readyToClose() const;

signals:
    // The workspace's data is on screen (after opening, and after each sync).
    void portfolioShown();
    // Its findings and incidents are too, a turn of the event loop after its portfolio.
    void findingsShown();
    void syncDone(int outcome);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void setTexts();  // of the widgets that live as long as the window
    void buildWelcome();
    void replacePage(QWidget* old, QWidget* page);
    QWidget* buildWorkspaceShell();
    void fillWorkspaceShell();  // from the data last loaded
    void bindSession();
    void onSyncStarted(BackgroundJob* job);
    void onSyncFinished(const lightnode::SyncReport& report);
    void onPortfolio(const std::shared_ptr<const analytics::Portfolio>& portfolio);
    void onAudited(const lightnode::AuditReport& report, lightnode::AuditDepth depth);
    void setWindowChain(const analytics::Portfolio& p);

    QString nodeProgram_;
    QStackedWidget* pages_;
    WelcomePage* welcome_ = nullptr;
    QListWidget* nav_ = nullptr;
    QStackedWidget* views_ = nullptr;
    OverviewView* overview_ = nullptr;
    AssetsView* assets_ = nullptr;
    BatteriesView* batteries_ = nullptr;
    ValuationView* valuation_ = nullptr;
    FindingsView* findings_ = nullptr;
    NetworkView* network_ = nullptr;
    QLabel* error_;
    QLabel* syncStage_;
    QProgressBar* syncProgress_;
    QPushButton* syncCancel_;
    QPointer<WorkspaceSession> session_;
    DemoNetwork* demo_ = nullptr;
    bool closing_ = false;
    std::shared_ptr<const analytics::Portfolio> portfolio_;
    std::shared_ptr<const std::vector<findings::Finding>> findingRows_;
    std::shared_ptr<const std::vector<analytics::Incident>> incidentRows_;
    EvidenceExportFlow* exportFlow_ = nullptr;  // the open workspace's
    QPointer<EvidenceView> evidenceWindow_;
    std::shared_ptr<const lightnode::NetworkState> networkState_;
};

}  // namespace pp::ui
