#include "batteries_view.h"

#include "models/battery_fleet_model.h"
#include "session/workspace_session.h"
#include "views/battery_page.h"
#include "widgets/csv_export.h"
#include "widgets/loading_pane.h"
#include "widgets/ranked_table.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pp::ui {

BatteriesView::BatteriesView(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent), session_(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    stack_ = new QStackedWidget;
    layout->addWidget(stack_);

    auto* list = new QWidget;
    auto* listLayout = new QVBoxLayout(list);
    auto* intro = new QLabel(
        tr("Every battery pack and van, riskiest first. The risk score (0–100) is the sum of "
           "the parts beside it, each from verified samples only; hover a column for what it "
           "scores."));
    intro->setWordWrap(true);
    listLayout->addWidget(intro);
    auto* bar = new QHBoxLayout;
    search_ = new QLineEdit;
    search_->setPlaceholderText(tr("Search battery name or class"));
    search_->setClearButtonEnabled(true);
    search_->setAccessibleName(tr("Search batteries"));
    auto* again = new QPushButton(QIcon(QStringLiteral(":/icons/sync.svg")), tr("Rank again"));
    auto* exportButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/table.svg")), tr("Export CSV…"));
    bar->addWidget(search_, 1);
    bar->addWidget(again);
    bar->addWidget(exportButton);
    listLayout->addLayout(bar);

    model_ = new BatteryFleetModel(this);
    const RankedTable ranked =
        rankedTable(model_, BatteryFleetModel::SortRole, BatteryFleetModel::Rank,
                    Qt::AscendingOrder, tr("Batteries by risk"), this);
    filter_ = ranked.filter;
    table_ = ranked.view;
    listLayout->addWidget(table_, 1);
    auto* hint = new QLabel(tr("Double-click or press Enter to open a battery's history."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    listLayout->addWidget(hint);
    stack_->addWidget(list);

    loading_ = new LoadingPane;
    stack_->addWidget(loading_);

    connect(search_, &QLineEdit::textChanged, filter_,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(table_, &QTableView::activated, this, [this](const QModelIndex& i) {
        openBattery(i.data(BatteryFleetModel::DeviceIdRole).toByteArray());
    });
    connect(again, &QPushButton::clicked, this, &BatteriesView::rank);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the ranking as CSV"), tr("battery-risk.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(this, path, rowsWriter(modelRows(*filter_)));
    });
    connect(loading_, &LoadingPane::cancelled, this, [this] {
        if (job_)
            job_->cancel();
        stack_->setCurrentWidget(returnTo_ != nullptr ? returnTo_ : stack_->widget(0));
    });
    connect(session_, &WorkspaceSession::batteryFleetLoaded, this,
            [this](std::shared_ptr<const std::vector<analytics::FleetBattery>> fleet) {
                job_ = nullptr;
                model_->setFleet(std::move(fleet));
                showTable();
            });
    connect(session_, &WorkspaceSession::batteryHistoryLoaded, this,
            [this](std::shared_ptr<const analytics::BatteryHistory> history) {
                job_ = nullptr;
                BatteryPage* page = ensurePage();
                page->setHistory(std::move(history));
                stack_->setCurrentWidget(page);
            });
    connect(session_, &WorkspaceSession::failed, this, [this] {
        if (stack_->currentWidget() == loading_)
            stack_->setCurrentWidget(returnTo_ != nullptr ? returnTo_ : stack_->widget(0));
    });
}

// Built when a battery is first opened: opening a workspace builds every view in one turn
// of the event loop, and a battery's page (its charts and figures) is most of this one.
BatteryPage* BatteriesView::ensurePage()
{
    if (page_ != nullptr)
        return page_;
    page_ = new BatteryPage;
    stack_->addWidget(page_);
    connect(page_, &BatteryPage::back, this, &BatteriesView::showTable);
    connect(page_, &BatteryPage::windowRequested, this,
            [this](const QByteArray& device, std::uint64_t from, std::uint64_t to) {
                openBattery(device, from, to);
            });
    connect(page_, &BatteryPage::evidenceRequested, this, &BatteriesView::evidenceRequested);
    connect(page_, &BatteryPage::reportRequested, this, [this] { saveExport(true); });
    connect(page_, &BatteryPage::passportRequested, this, [this] { saveExport(false); });
    return page_;
}

void BatteriesView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!model_->hasFleet() && job_ == nullptr)
        rank();
}

void BatteriesView::runJob(BackgroundJob* job, const QString& what)
{
    if (job_)
        job_->cancel();
    returnTo_ = stack_->currentWidget() == loading_ ? returnTo_ : stack_->currentWidget();
    loading_->start(what);
    stack_->setCurrentWidget(loading_);
    job_ = job;
    connect(
        job_, &BackgroundJob::progress, loading_,
        [this](const QString&, qint64 done, qint64 total) { loading_->setProgress(done, total); });
    connect(job_, &QObject::destroyed, this, [this, job] {
        if (job_ == job)
            job_ = nullptr;
    });
}

void BatteriesView::rank()
{
    runJob(session_->rankBatteries(),
           tr("Ranking every battery pack and van from its verified samples…"));
}

void BatteriesView::openBattery(const QByteArray& deviceId, std::uint64_t fromMs,
                                std::uint64_t toMs)
{
    runJob(session_->loadBatteryHistory(deviceId, fromMs, toMs),
           tr("Computing the battery's history from its verified samples…"));
}

void BatteriesView::showTable()
{
    stack_->setCurrentIndex(0);
}

void BatteriesView::saveExport(bool report)
{
    const auto history = page_->sharedHistory();
    if (!history)
        return;
    const QString name =
        history->info.name.isEmpty() ? QStringLiteral("battery") : history->info.name;
    const QString path =
        report
            ? QFileDialog::getSaveFileName(this, tr("Save the battery history report"),
                                           tr("%1 history.pdf").arg(name), tr("PDF files (*.pdf)"))
            : QFileDialog::getSaveFileName(this, tr("Save the battery passport data"),
                                           tr("%1 passport.json").arg(name),
                                           tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    session_->exportBattery(history,
                            report ? WorkspaceSession::BatteryExport::Report
                                   : WorkspaceSession::BatteryExport::Passport,
                            path);
}

}  // namespace pp::ui
