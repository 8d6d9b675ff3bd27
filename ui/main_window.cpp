#include "main_window.h"

#include "application_setup.h"
#include "format.h"
#include "session/demo_network.h"
#include "session/worker_reaper.h"
#include "session/workspace_session.h"
#include "settings.h"
#include "settings_dialog.h"
#include "views/asset_page.h"
#include "views/assets_view.h"
#include "views/batteries_view.h"
#include "views/evidence_export_flow.h"
#include "views/evidence_view.h"
#include "views/findings_view.h"
#include "views/network_view.h"
#include "views/overview_view.h"
#include "views/record_inspector.h"
#include "views/valuation_view.h"
#include "views/welcome_page.h"
#include "widgets/message_box.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace pp::ui {

MainWindow::MainWindow(QString nodeProgram, QWidget* parent)
    : QMainWindow(parent), nodeProgram_(std::move(nodeProgram))
{
    if (nodeProgram_.isEmpty())
        nodeProgram_ = QCoreApplication::applicationDirPath() + QStringLiteral("/powerproof-node");
    setWindowTitle(tr("PowerProof"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/powerproof.svg")));
    resize(1400, 900);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    error_ = new QLabel;
    error_->setWordWrap(true);
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #5f2120; padding: 8px; border-bottom: "
                       "1px solid #b3261e; }"));
    error_->hide();
    layout->addWidget(error_);
    pages_ = new QStackedWidget;
    layout->addWidget(pages_, 1);
    setCentralWidget(central);
    buildWelcome();

    syncStage_ = new QLabel;
    syncProgress_ = new QProgressBar;
    syncProgress_->setMaximumWidth(260);
    syncCancel_ = new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), QString());
    for (QWidget* w : std::initializer_list<QWidget*>{syncStage_, syncProgress_, syncCancel_}) {
        statusBar()->addPermanentWidget(w);
        w->hide();
    }
    connect(syncCancel_, &QPushButton::clicked, this, [this] {
        if (session_)
            session_->cancelSync();
    });

    setTexts();
    buildMenus();
}

void MainWindow::setTexts()
{
    if (portfolio_)
        setWindowChain(*portfolio_);
    else
        setWindowTitle(tr("PowerProof"));
    error_->setAccessibleName(tr("Error message"));
    syncCancel_->setText(tr("Cancel"));
    syncCancel_->setToolTip(tr("Stop the sync (Esc); what was verified stays verified"));
}

void MainWindow::replacePage(QWidget* old, QWidget* page)
{
    const int index = pages_->indexOf(old);
    pages_->removeWidget(old);
    old->deleteLater();
    pages_->insertWidget(index, page);
}

void MainWindow::buildWelcome()
{
    auto* welcome = new WelcomePage;
    if (welcome_ != nullptr)
        replacePage(welcome_, welcome);
    else
        pages_->insertWidget(0, welcome);
    welcome_ = welcome;
    connect(welcome_, &WelcomePage::demoRequested, this,
            [this] { startDemo(Settings::demoDirectory()); });
    connect(welcome_, &WelcomePage::openRequested, this,
            [this](const QString& path) { openWorkspace(path); });
    connect(welcome_, &WelcomePage::connectRequested, this,
            [this](const QString& path, const lightnode::SyncOptions& o) {
                openWorkspace(path, o, true);
            });
    if (demo_ != nullptr)
        connect(demo_, &DemoNetwork::progress, welcome_, &WelcomePage::setDemoProgress);
}

void MainWindow::applySettings()
{
    applyLanguage(Settings::language());
    applyTheme(Settings::theme());
    const bool onWelcome = pages_->currentWidget() == welcome_;
    const int view = nav_ != nullptr ? nav_->currentRow() : 0;
    menuBar()->clear();
    buildMenus();
    setTexts();
    buildWelcome();
    if (session_) {
        QWidget* old = pages_->widget(1);
        replacePage(old, buildWorkspaceShell());
        fillWorkspaceShell();
        nav_->setCurrentRow(view);
    }
    pages_->setCurrentWidget(onWelcome || !session_ ? welcome_ : pages_->widget(1));
}

MainWindow::~MainWindow() = default;

WorkspaceSession* MainWindow::session() const
{
    return session_;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open =
        file->addAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open workspace…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a workspace"), QString(),
                                                          tr("Workspaces (*.db);;All files (*)"));
        if (!path.isEmpty())
            openWorkspace(path);
    });
    QAction* demo =
        file->addAction(QIcon(QStringLiteral(":/icons/demo.svg")), tr("Start the &demo network"));
    connect(demo, &QAction::triggered, this, [this] { startDemo(Settings::demoDirectory()); });
    file->addSeparator();
    QAction* exportEvidenceAction = file->addAction(QIcon(QStringLiteral(":/icons/evidence.svg")),
                                                    tr("&Export evidence package…"));
    connect(exportEvidenceAction, &QAction::triggered, this, [this] { exportEvidence(); });
    QAction* openEvidence = file->addAction(QIcon(QStringLiteral(":/icons/verify.svg")),
                                            tr("Open and &verify evidence package…"));
    connect(openEvidence, &QAction::triggered, this, [this] { openEvidencePackage(); });
    QAction* reverify =
        file->addAction(QIcon(QStringLiteral(":/icons/verify.svg")), tr("&Re-verify workspace…"));
    connect(reverify, &QAction::triggered, this, [this] { reverifyWorkspace(); });
    file->addSeparator();
    QAction* welcome = file->addAction(tr("&Welcome screen"));
    connect(welcome, &QAction::triggered, this, [this] {
        welcome_->refreshRecent();
        pages_->setCurrentWidget(welcome_);
    });
    file->addSeparator();
    QAction* settings =
        file->addAction(QIcon(QStringLiteral(":/icons/settings.svg")), tr("&Settings…"));
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, [this] {
        if (SettingsDialog(this).exec() == QDialog::Accepted)
            applySettings();
    });
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const std::pair<View, QString> views[] = {
        {View::Overview, tr("&Overview")},   {View::Assets, tr("&Assets")},
        {View::Batteries, tr("&Batteries")}, {View::Valuation, tr("&Valuation")},
        {View::Findings, tr("&Findings")},   {View::Network, tr("&Network")}};
    int n = 1;
    for (const auto& [v, name] : views) {
        QAction* a = view->addAction(name);
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n++)));
        connect(a, &QAction::triggered, this, [this, v = v] { showView(v); });
    }

    QMenu* sync = menuBar()->addMenu(tr("&Sync"));
    QAction* now = sync->addAction(QIcon(QStringLiteral(":/icons/sync.svg")), tr("Sync &now"));
    now->setShortcut(QKeySequence::Refresh);
    connect(now, &QAction::triggered, this, [this] {
        if (session_ && session_->canSync())
            session_->sync();
        else
            showError(tr("Cannot sync"), tr("This workspace was opened as a file. Connect to its "
                                            "network from the welcome screen to sync it."));
    });
    QAction* stop = sync->addAction(QIcon(QStringLiteral(":/icons/stop.svg")), tr("&Stop"));
    stop->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(stop, &QAction::triggered, this, [this] {
        if (session_)
            session_->cancelSync();
    });
}

QWidget* MainWindow::buildWorkspaceShell()
{
    auto* shell = new QWidget;
    auto* row = new QHBoxLayout(shell);
    row->setContentsMargins(0, 0, 0, 0);
    nav_ = new QListWidget;
    nav_->setAccessibleName(tr("Navigation"));
    nav_->setIconSize(QSize(22, 22));
    nav_->setFixedWidth(190);
    nav_->setSpacing(2);
    const std::pair<const char*, QString> items[] = {
        {":/icons/overview.svg", tr("Overview")}, {":/icons/assets.svg", tr("Assets")},
        {":/icons/battery.svg", tr("Batteries")}, {":/icons/valuation.svg", tr("Valuation")},
        {":/icons/findings.svg", tr("Findings")}, {":/icons/network.svg", tr("Network")}};
    for (const auto& [icon, name] : items)
        new QListWidgetItem(QIcon(QString::fromLatin1(icon)), name, nav_);
    row->addWidget(nav_);
    views_ = new QStackedWidget;
    overview_ = new OverviewView;
    assets_ = new AssetsView(session_);
    batteries_ = new BatteriesView(session_);
    valuation_ = new ValuationView(session_);
    findings_ = new FindingsView;
    network_ = new NetworkView(session_);
    for (QWidget* w : std::initializer_list<QWidget*>{overview_, assets_, batteries_, valuation_,
                                                      findings_, network_})
        views_->addWidget(w);
    row->addWidget(views_, 1);
    connect(nav_, &QListWidget::currentRowChanged, views_, &QStackedWidget::setCurrentIndex);
    connect(findings_, &FindingsView::inspectRequested, this, &MainWindow::inspectRecord);
    connect(findings_, &FindingsView::evidenceRequested, this,
            [this](const QByteArray& device, std::uint64_t from, std::uint64_t to,
                   const QString& note) { exportEvidence(device, from, to, note); });
    connect(assets_, &AssetsView::evidenceRequested, this,
            [this](const QByteArray& device, std::uint64_t from, std::uint64_t to,
                   const QString& note) { exportEvidence(device, from, to, note); });
    connect(batteries_, &BatteriesView::evidenceRequested, this,
            [this](const QByteArray& device, std::uint64_t from, std::uint64_t to,
                   const QString& note) { exportEvidence(device, from, to, note); });
    connect(assets_->page(), &AssetPage::batteryHistoryRequested, this,
            [this](const QByteArray& device) {
                showView(View::Batteries);
                batteries_->openBattery(device);
            });
    connect(assets_->page(), &AssetPage::valuationRequested, this,
            [this](const QByteArray& device) {
                showView(View::Valuation);
                valuation_->openAsset(device);
            });
    connect(overview_, &OverviewView::chartsFilled, this, &MainWindow::portfolioShown);
    connect(overview_, &OverviewView::incidentActivated, this, [this](const QString& id) {
        showView(View::Findings);
        findings_->showIncident(id);
    });
    nav_->setCurrentRow(0);
    return shell;
}

void MainWindow::showView(View view)
{
    if (nav_ != nullptr && pages_->currentWidget() != welcome_)
        nav_->setCurrentRow(static_cast<int>(view));
}

void MainWindow::openWorkspace(const QString& path,
                               std::optional<lightnode::SyncOptions> connection, bool syncNow)
{
    error_->hide();
    if (session_) {
        session_->cancelSync();
        session_->deleteLater();
    }
    if (pages_->count() > 1) {
        QWidget* old = pages_->widget(1);
        pages_->removeWidget(old);
        old->deleteLater();
    }
    session_ = new WorkspaceSession(path, this);
    if (connection)
        session_->setConnection(*connection);
    portfolio_.reset();
    findingRows_.reset();
    incidentRows_.reset();
    delete exportFlow_;
    exportFlow_ = new EvidenceExportFlow(session_, this);
    networkState_.reset();
    pages_->addWidget(buildWorkspaceShell());
    pages_->setCurrentIndex(1);
    fillWorkspaceShell();
    bindSession();
    Settings::addRecentWorkspace(path);
    statusBar()->showMessage(tr("Opening %1…").arg(path));
    if (syncNow && connection)
        session_->sync();
    else
        session_->refresh();
    // A quick look at the stored bytes, queued after the views' reads: a file edited
    // behind the light node's back is said at once (issue 26).
    session_->audit(lightnode::AuditDepth::Quick);
}

BackgroundJob* MainWindow::reverifyWorkspace()
{
    if (!session_)
        return nullptr;
    BackgroundJob* job = session_->audit(lightnode::AuditDepth::Full);
    auto* progress = new QProgressDialog(tr("Re-verifying every stored header and record…"),
                                         tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(job, &BackgroundJob::progress, progress,
            [progress](const QString&, qint64 done, qint64 total) {
                progress->setMaximum(static_cast<int>(total));
                progress->setValue(static_cast<int>(done));
            });
    connect(progress, &QProgressDialog::canceled, job, &BackgroundJob::cancel);
    connect(job, &BackgroundJob::finished, progress, &QWidget::close);
    return job;
}

void MainWindow::onAudited(const lightnode::AuditReport& r, lightnode::AuditDepth depth)
{
    if (r.clean()) {
        if (depth == lightnode::AuditDepth::Full)
            MessageBox::information(
                this, tr("Workspace re-verified"),
                tr("Every stored item is what its bytes prove: %1 headers, %2 records, %3 "
                   "findings, %4 daily summaries and %5 battery summaries.")
                    .arg(r.headers)
                    .arg(r.records)
                    .arg(r.findings)
                    .arg(r.dailyRows)
                    .arg(r.batterySummaries));
        return;
    }
    QStringList first;
    for (std::size_t i = 0; i < r.differences.size() && i < 10; ++i)
        first << QStringLiteral("%1: %2").arg(r.differences[i].item,
                                              r.differences[i].what.localized());
    const QString what = tr("The workspace was changed after it was verified");
    const QString message =
        tr("%1 stored items are not what their bytes prove. Sync again into a new workspace. "
           "The first: %2")
            .arg(r.differences.size())
            .arg(first.join(QStringLiteral("; ")));
    showError(what, message);
    if (depth == lightnode::AuditDepth::Full)
        MessageBox::warning(this, what, message);
}

void MainWindow::fillWorkspaceShell()
{
    const auto& connection = session_->connection();
    network_->setPrimary(connection ? connection->node : QString());
    network_->setSyncing(session_->syncing());
    if (portfolio_)
        onPortfolio(portfolio_);
    if (findingRows_) {
        findings_->setFindings(findingRows_, incidentRows_);
        overview_->setIncidents(incidentRows_);
    }
    if (networkState_)
        network_->setNetwork(networkState_);
}

void MainWindow::bindSession()
{
    // Through the window, not to the views: they are built again when the language changes.
    connect(session_, &WorkspaceSession::portfolioLoaded, this, &MainWindow::onPortfolio);
    connect(session_, &WorkspaceSession::findingsLoaded, this,
            [this](std::shared_ptr<const std::vector<findings::Finding>> rows,
                   std::shared_ptr<const std::vector<analytics::Incident>> incidents) {
                findingRows_ = rows;
                incidentRows_ = incidents;
                findings_->setFindings(std::move(rows), incidents);
                overview_->setIncidents(std::move(incidents));
                emit findingsShown();
            });
    connect(session_, &WorkspaceSession::networkLoaded, this,
            [this](const std::shared_ptr<const lightnode::NetworkState>& state) {
                networkState_ = state;
                network_->setNetwork(state);
            });
    connect(session_, &WorkspaceSession::failed, this, &MainWindow::showError);
    connect(session_, &WorkspaceSession::batteryExported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Wrote %1").arg(path), 8000);
    });
    connect(session_, &WorkspaceSession::syncStarted, this, &MainWindow::onSyncStarted);
    connect(session_, &WorkspaceSession::audited, this,
            [this](const std::shared_ptr<const lightnode::AuditReport>& r,
                   lightnode::AuditDepth depth) { onAudited(*r, depth); });
    connect(session_, &WorkspaceSession::syncFinished, this,
            [this](const std::shared_ptr<const lightnode::SyncReport>& r) { onSyncFinished(*r); });
}

void MainWindow::onPortfolio(const std::shared_ptr<const analytics::Portfolio>& portfolio)
{
    portfolio_ = portfolio;
    overview_->setPortfolio(portfolio);
    assets_->setPortfolio(portfolio);
    QHash<QByteArray, QString> names;
    for (const analytics::AssetOverview& a : portfolio->assets)
        names.insert(a.info.deviceId, a.info.name);
    findings_->setAssetNames(std::move(names));
    setWindowChain(*portfolio);
    statusBar()->showMessage(
        tr("%1 records verified").arg(Format::integer(portfolio->recordsVerified)), 5000);
}

ExportEvidenceDialog* MainWindow::exportEvidence(const QByteArray& device, std::uint64_t fromMs,
                                                 std::uint64_t toMs, const QString& note)
{
    if (!session_ || !portfolio_ || exportFlow_ == nullptr) {
        showError(tr("Cannot export evidence"),
                  tr("Open a workspace first: a package is made of the records it verified."));
        return nullptr;
    }
    std::vector<std::pair<QByteArray, QString>> assets;
    for (const analytics::AssetOverview& a : portfolio_->assets)
        assets.emplace_back(a.info.deviceId, a.info.name);
    // A workspace in the demo's layout (scripts/demo, the welcome screen's demo) signs with
    // its devnet's exporter certificate, and time-stamps at its node while that runs.
    SignerDefaults defaults;
    const QDir ca(QFileInfo(session_->path()).dir().filePath(QStringLiteral("devnet/ca")));
    if (QFileInfo::exists(ca.filePath(QStringLiteral("exporter.pem")))) {
        defaults.certificate = ca.filePath(QStringLiteral("exporter.pem"));
        defaults.key = ca.filePath(QStringLiteral("exporter-key.pem"));
        defaults.chain = ca.filePath(QStringLiteral("root.pem"));
    }
    if (demo_ != nullptr && session_->path() == demo_->workspacePath() && !demo_->url().isEmpty()) {
        defaults.tsaUrl = demo_->url() + QStringLiteral("/v1/tsa");
        defaults.tsaRoot = ca.filePath(QStringLiteral("root.pem"));
    }
    const bool fork = networkState_ && networkState_->fork.has_value();
    return exportFlow_->begin(assets, defaults, fork, device, fromMs, toMs, note);
}

EvidenceView* MainWindow::openEvidencePackage(const QString& path)
{
    if (!evidenceWindow_) {
        evidenceWindow_ = new EvidenceView(this);
        evidenceWindow_->setWindowFlag(Qt::Window);
        evidenceWindow_->setAttribute(Qt::WA_DeleteOnClose);
        evidenceWindow_->resize(1000, 760);
    }
    evidenceWindow_->show();
    evidenceWindow_->raise();
    if (!path.isEmpty())
        evidenceWindow_->open(path);
    return evidenceWindow_;
}

void MainWindow::setWindowChain(const analytics::Portfolio& p)
{
    setWindowTitle(tr("PowerProof — %1 (%2)").arg(p.chainName, toHex(p.chainId).left(12)));
}

void MainWindow::onSyncStarted(BackgroundJob* job)
{
    error_->hide();
    for (QWidget* w : std::initializer_list<QWidget*>{syncStage_, syncProgress_, syncCancel_})
        w->show();
    syncStage_->setText(tr("Syncing…"));
    syncProgress_->setRange(0, 0);
    network_->setSyncing(true);
    connect(job, &BackgroundJob::progress, this,
            [this](const QString& stage, qint64 done, qint64 total) {
                static const QHash<QString, const char*> kStages = {
                    {QStringLiteral("tip"), QT_TR_NOOP("Verifying the tip")},
                    {QStringLiteral("witnesses"), QT_TR_NOOP("Asking the witnesses")},
                    {QStringLiteral("headers"), QT_TR_NOOP("Verifying headers")},
                    {QStringLiteral("registrations"), QT_TR_NOOP("Verifying registrations")},
                    {QStringLiteral("records"), QT_TR_NOOP("Verifying records of devices")},
                    {QStringLiteral("summaries"), QT_TR_NOOP("Summarising days")},
                    {QStringLiteral("batteries"), QT_TR_NOOP("Summarising batteries")}};
                const char* text = kStages.value(stage, nullptr);
                syncStage_->setText(text ? tr(text) : stage);
                syncProgress_->setRange(0, total > 0 ? 1000 : 0);
                if (total > 0)
                    syncProgress_->setValue(static_cast<int>(done * 1000 / total));
            });
}

void MainWindow::onSyncFinished(const lightnode::SyncReport& r)
{
    for (QWidget* w : std::initializer_list<QWidget*>{syncStage_, syncProgress_, syncCancel_})
        w->hide();
    network_->setSyncing(false);
    using lightnode::SyncOutcome;
    const QString why = r.error ? r.error->localizedMessage() : QString();
    switch (r.outcome) {
        case SyncOutcome::Synced:
            statusBar()->showMessage(
                tr("Synced to block %1: %2 records verified, %3 rejected")
                    .arg(Format::integer(r.tipHeight), Format::integer(r.records.verified),
                         Format::integer(r.records.rejected)),
                10000);
            break;
        case SyncOutcome::Failed:
            showError(tr("Sync stopped"),
                      tr("%1. What was verified before stays verified; check the "
                         "node's address and your connection, then sync again (F5).")
                          .arg(why));
            break;
        case SyncOutcome::InvalidData:
            showError(
                tr("The node served data that does not verify"),
                tr("%1. None of it was stored. Sync from another node you trust, and tell the "
                   "network's operator.")
                    .arg(why));
            break;
        case SyncOutcome::Fork:
            showError(tr("Fork detected"),
                      tr("Validators signed two different blocks. The evidence "
                         "is on the Network page."));
            showView(View::Network);
            break;
    }
    emit syncDone(static_cast<int>(r.outcome));
}

void MainWindow::showError(const QString& what, const QString& message)
{
    error_->setText(
        QStringLiteral("<b>%1</b> — %2").arg(what.toHtmlEscaped(), message.toHtmlEscaped()));
    error_->show();
}

void MainWindow::startDemo(const QString& directory, const QStringList& simulateArgs)
{
    delete demo_;
    demo_ = new DemoNetwork(directory, nodeProgram_, this);
    demo_->setFleet(simulateArgs);
    pages_->setCurrentWidget(welcome_);
    connect(demo_, &DemoNetwork::progress, welcome_, &WelcomePage::setDemoProgress);
    connect(demo_, &DemoNetwork::failed, this, [this](const QString& message) {
        welcome_->setDemoFailed(message);
        showError(tr("The demo network could not start"), message);
    });
    connect(demo_, &DemoNetwork::ready, this, [this] {
        lightnode::SyncOptions o;
        o.node = demo_->url();
        o.chainId = digestFromBytes(fromHex(demo_->chainId()).value_or(QByteArray()));
        openWorkspace(demo_->workspacePath(), o, true);
    });
    demo_->start();
}

void MainWindow::inspectRecord(std::uint64_t height, std::uint64_t index)
{
    if (!session_)
        return;
    auto* inspector = new RecordInspector(session_, height, index, this);
    inspector->setAttribute(Qt::WA_DeleteOnClose);
    inspector->show();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Nothing waits here: the window hides at once, the session's workers and the demo's
    // processes are told to stop, and the close completes (and the application quits) once
    // the last of them has. The package window goes with it: left open, it would keep the
    // application running after the console has closed.
    if (evidenceWindow_)
        evidenceWindow_->close();
    if (readyToClose()) {
        event->accept();
        return;
    }
    event->ignore();
    hide();
    if (closing_)
        return;
    closing_ = true;
    delete session_;  // cancels its jobs; WorkerReaper joins their threads as they end
    if (demo_)
        demo_->stop();
    const auto finish = [this] {
        if (readyToClose())
            close();
    };
    connect(&WorkerReaper::instance(), &WorkerReaper::allEnded, this, finish);
    if (demo_)
        connect(demo_, &DemoNetwork::stopped, this, finish);
    finish();
}

bool MainWindow::readyToClose() const
{
    return session_.isNull() && (demo_ == nullptr || !demo_->running()) &&
           WorkerReaper::instance().idle();
}

}  // namespace pp::ui
