#include "valuation_view.h"

#include "format.h"
#include "models/valuation_table_model.h"
#include "session/workspace_session.h"
#include "views/valuation_page.h"
#include "widgets/loading_pane.h"
#include "widgets/ranked_table.h"
#include "widgets/valuation_parameters_form.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace pp::ui {

ValuationView::ValuationView(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent), session_(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    stack_ = new QStackedWidget;
    layout->addWidget(stack_);

    auto* list = new QWidget;
    auto* listLayout = new QVBoxLayout(list);
    auto* intro = new QLabel(
        tr("Every asset valued on what the chain proves: PV stations by the net present value "
           "of their verified generation, batteries and vans by their second-life value. "
           "Implausible data is left out and the haircut it causes is shown."));
    intro->setWordWrap(true);
    listLayout->addWidget(intro);
    // Folded until wanted: the table is what is read first.
    auto* parameters = new QToolButton;
    parameters->setText(tr("Portfolio parameters"));
    parameters->setCheckable(true);
    parameters->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    parameters->setArrowType(Qt::RightArrow);
    parameters->setAutoRaise(true);
    form_ = new ValuationParametersForm;
    form_->setVisible(false);
    connect(parameters, &QToolButton::toggled, this, [this, parameters](bool open) {
        parameters->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        form_->setVisible(open);
    });
    listLayout->addWidget(parameters);
    listLayout->addWidget(form_);

    auto* bar = new QHBoxLayout;
    search_ = new QLineEdit;
    search_->setPlaceholderText(tr("Search asset name or class"));
    search_->setClearButtonEnabled(true);
    search_->setAccessibleName(tr("Search valuations"));
    auto* again = new QPushButton(QIcon(QStringLiteral(":/icons/sync.svg")), tr("Recompute"));
    auto* csv = new QPushButton(QIcon(QStringLiteral(":/icons/table.svg")), tr("CSV…"));
    auto* json = new QPushButton(tr("JSON…"));
    auto* pdf = new QPushButton(QIcon(QStringLiteral(":/icons/table.svg")), tr("Report PDF…"));
    bar->addWidget(search_, 1);
    bar->addWidget(again);
    bar->addWidget(csv);
    bar->addWidget(json);
    bar->addWidget(pdf);
    listLayout->addLayout(bar);

    model_ = new ValuationTableModel(this);
    const RankedTable ranked =
        rankedTable(model_, ValuationTableModel::SortRole, ValuationTableModel::Value,
                    Qt::DescendingOrder, tr("Assets by value"), this);
    filter_ = ranked.filter;
    table_ = ranked.view;
    listLayout->addWidget(table_, 1);
    totals_ = new QLabel;
    totals_->setWordWrap(true);
    listLayout->addWidget(totals_);
    stack_->addWidget(list);

    loading_ = new LoadingPane;
    stack_->addWidget(loading_);

    connect(search_, &QLineEdit::textChanged, filter_,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(table_, &QTableView::activated, this, [this](const QModelIndex& i) {
        openAsset(i.data(ValuationTableModel::DeviceIdRole).toByteArray());
    });
    connect(again, &QPushButton::clicked, this, &ValuationView::valuate);
    connect(csv, &QPushButton::clicked, this, [this] {
        saveExport(static_cast<int>(WorkspaceSession::ValuationExport::PortfolioCsv));
    });
    connect(json, &QPushButton::clicked, this,
            [this] { saveExport(static_cast<int>(WorkspaceSession::ValuationExport::Json)); });
    connect(pdf, &QPushButton::clicked, this,
            [this] { saveExport(static_cast<int>(WorkspaceSession::ValuationExport::Report)); });
    connect(form_, &ValuationParametersForm::applied, this, [this] {
        settings_.portfolio =
            form_->parameters().difference(valuation::ValuationParameters::defaults());
        recompute();
    });
    connect(form_, &ValuationParametersForm::reset, this, [this] {
        settings_.portfolio = {};
        recompute();
    });
    connect(loading_, &LoadingPane::cancelled, this, [this] {
        if (job_)
            job_->cancel();
        showValuation();
    });
    connect(
        session_, &WorkspaceSession::valuationLoaded, this,
        [this](std::shared_ptr<const valuation::PortfolioValuation> valued,
               const valuation::ValuationSettings& settings) {
            job_ = nullptr;
            settings_ = settings;
            form_->setParameters(settings.forPortfolio());
            model_->setValuation(std::move(valued));
            totals_->setText(
                tr("%1 assets valued at %2 CNY in all; PV energy a year: P50 %3, P90 %4. "
                   "Anchored at block %5.")
                    .arg(model_->rowCount())
                    .arg(Format::number(model_->valuation()->totalValueCny, 0),
                         Format::energy(model_->valuation()->totalP50Kwh * 1000),
                         Format::energy(model_->valuation()->totalP90Kwh * 1000))
                    .arg(model_->valuation()->anchor ? model_->valuation()->anchor->header.height
                                                     : 0));
            showValuation();
        });
    connect(session_, &WorkspaceSession::failed, this, [this] {
        if (stack_->currentWidget() == loading_)
            showValuation();
    });
}

void ValuationView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!model_->valuation() && job_ == nullptr)
        valuate();
}

void ValuationView::valuate()
{
    runJob(session_->valuate(), tr("Valuing every asset from its verified data…"));
}

void ValuationView::recompute()
{
    session_->saveValuationSettings(settings_);
    runJob(session_->valuate(settings_), tr("Recomputing with the new parameters…"));
}

void ValuationView::runJob(BackgroundJob* job, const QString& what)
{
    if (job_)
        job_->cancel();
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

// Built when an asset is first opened: opening a workspace builds every view in one turn
// of the event loop, and an asset's page (its tables, tornado and parameters) is most of
// this one.
ValuationPage* ValuationView::ensurePage()
{
    if (page_ != nullptr)
        return page_;
    page_ = new ValuationPage;
    stack_->addWidget(page_);
    connect(page_, &ValuationPage::back, this, &ValuationView::showTable);
    connect(page_, &ValuationPage::exportRequested, this,
            [this](WorkspaceSession::ValuationExport kind, const QByteArray& device) {
                saveExport(static_cast<int>(kind), device);
            });
    connect(page_, &ValuationPage::parametersApplied, this,
            [this](const QByteArray& device, const valuation::ValuationParameters& p) {
                settings_.assets[device] = p.difference(settings_.forPortfolio());
                recompute();
            });
    connect(page_, &ValuationPage::parametersReset, this, [this](const QByteArray& device) {
        settings_.assets.erase(device);
        recompute();
    });
    return page_;
}

void ValuationView::showValuation()
{
    const auto& valued = model_->valuation();
    if (valued && !openDevice_.isEmpty()) {
        for (const valuation::AssetValuation& a : valued->assets) {
            if (a.info.deviceId == openDevice_) {
                ValuationPage* page = ensurePage();
                page->setAsset(valued, a);
                stack_->setCurrentWidget(page);
                return;
            }
        }
    }
    openDevice_.clear();
    stack_->setCurrentIndex(0);
}

void ValuationView::openAsset(const QByteArray& deviceId)
{
    openDevice_ = deviceId;
    if (model_->valuation())
        showValuation();
    else if (job_ == nullptr)
        valuate();  // shows the page once valued
}

void ValuationView::showTable()
{
    openDevice_.clear();
    stack_->setCurrentIndex(0);
}

void ValuationView::saveExport(int kind, const QByteArray& device)
{
    const auto valued = model_->valuation();
    if (!valued)
        return;
    using Kind = WorkspaceSession::ValuationExport;
    const auto k = static_cast<Kind>(kind);
    QString name, filter;
    switch (k) {
        case Kind::Report:
            name = tr("valuation.pdf");
            filter = tr("PDF files (*.pdf)");
            break;
        case Kind::Json:
            name = tr("valuation.json");
            filter = tr("JSON files (*.json)");
            break;
        case Kind::PortfolioCsv:
            name = tr("valuation.csv");
            filter = tr("CSV files (*.csv)");
            break;
        case Kind::CashFlowsCsv:
            name = tr("cash flows.csv");
            filter = tr("CSV files (*.csv)");
            break;
        case Kind::SettlementCsv:
            name = tr("settlement.csv");
            filter = tr("CSV files (*.csv)");
            break;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the valuation"), name, filter);
    if (!path.isEmpty())
        session_->exportValuation(valued, k, path, device);
}

}  // namespace pp::ui
