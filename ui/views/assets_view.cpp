#include "assets_view.h"

#include "format.h"
#include "models/asset_filter_model.h"
#include "models/asset_table_model.h"
#include "session/workspace_session.h"
#include "views/asset_page.h"
#include "widgets/csv_export.h"
#include "widgets/loading_pane.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pp::ui {

AssetsView::AssetsView(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent), session_(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    stack_ = new QStackedWidget;
    layout->addWidget(stack_);

    auto* list = new QWidget;
    auto* listLayout = new QVBoxLayout(list);
    auto* bar = new QHBoxLayout;
    class_ = new QComboBox;
    class_->setAccessibleName(tr("Asset class"));
    class_->addItem(tr("All classes"));
    for (auto c :
         {records::AssetClass::Pv, records::AssetClass::Battery, records::AssetClass::Vehicle})
        class_->addItem(Format::assetClass(c), static_cast<int>(c));
    search_ = new QLineEdit;
    search_->setPlaceholderText(tr("Search name, owner, location, VIN or device id"));
    search_->setClearButtonEnabled(true);
    search_->setAccessibleName(tr("Search assets"));
    auto* exportButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/table.svg")), tr("Export CSV…"));
    bar->addWidget(class_);
    bar->addWidget(search_, 1);
    bar->addWidget(exportButton);
    listLayout->addLayout(bar);

    model_ = new AssetTableModel(this);
    filter_ = new AssetFilterModel(this);
    filter_->setSourceModel(model_);
    table_ = new QTableView;
    table_->setModel(filter_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(AssetTableModel::Class, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(AssetTableModel::Name, QHeaderView::Stretch);
    table_->setAccessibleName(tr("Assets"));
    listLayout->addWidget(table_, 1);
    auto* hint = new QLabel(tr("Double-click or press Enter to open an asset."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    listLayout->addWidget(hint);
    stack_->addWidget(list);

    loading_ = new LoadingPane;
    stack_->addWidget(loading_);

    page_ = new AssetPage;
    stack_->addWidget(page_);

    connect(class_, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant c = class_->currentData();
        filter_->setAssetClass(c.isValid() ? std::optional<int>(c.toInt()) : std::nullopt);
    });
    connect(search_, &QLineEdit::textChanged, filter_, &AssetFilterModel::setSearch);
    connect(table_, &QTableView::activated, this, [this](const QModelIndex& i) {
        openAsset(i.data(AssetTableModel::DeviceIdRole).toByteArray());
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export assets as CSV"), tr("assets.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(loading_, &LoadingPane::cancelled, this, [this] {
        if (job_)
            job_->cancel();
        showTable();
    });
    connect(page_, &AssetPage::back, this, &AssetsView::showTable);
    connect(page_, &AssetPage::evidenceRequested, this, &AssetsView::evidenceRequested);
    connect(session_, &WorkspaceSession::assetLoaded, this,
            [this](std::shared_ptr<const analytics::AssetSeries> asset) {
                job_ = nullptr;
                page_->setAsset(std::move(asset));
                stack_->setCurrentWidget(page_);
            });
    connect(session_, &WorkspaceSession::failed, this, [this] {
        if (stack_->currentWidget() == loading_)
            showTable();
    });
}

void AssetsView::setPortfolio(std::shared_ptr<const analytics::Portfolio> portfolio)
{
    model_->setPortfolio(std::move(portfolio));
}

void AssetsView::openAsset(const QByteArray& deviceId)
{
    if (job_)
        job_->cancel();
    const QModelIndexList match = model_->match(model_->index(0, 0), AssetTableModel::DeviceIdRole,
                                                deviceId, 1, Qt::MatchExactly);
    const QString name =
        match.isEmpty()
            ? Format::shortHex(deviceId)
            : model_->index(match.first().row(), AssetTableModel::Name).data().toString();
    loading_->start(tr("Loading the verified records of %1…").arg(name));
    stack_->setCurrentWidget(loading_);
    job_ = session_->loadAsset(deviceId);
    connect(job_, &QObject::destroyed, this, [this, job = job_] {
        if (job_ == job)
            job_ = nullptr;
    });
}

void AssetsView::showTable()
{
    stack_->setCurrentIndex(0);
}

BackgroundJob* AssetsView::exportCsv(const QString& path)
{
    return ui::exportCsv(this, path, rowsWriter(modelRows(*filter_)));
}

}  // namespace pp::ui
