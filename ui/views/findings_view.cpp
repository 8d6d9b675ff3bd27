#include "findings_view.h"

#include "evidence/selection.h"
#include "models/finding_table_model.h"
#include "models/incident_tree_model.h"
#include "widgets/csv_export.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <set>

namespace pp::ui {

// A finding shows when its code is the one chosen (or any) and the search text is in one
// of its columns.
class FindingsView::Filter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(const QString& code, const QString& text)
    {
        code_ = code;
        text_ = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        static_assert(int(FindingTableModel::CodeRole) == int(IncidentTreeModel::CodeRole));
        const QAbstractItemModel* m = sourceModel();
        if (!code_.isEmpty() &&
            m->data(m->index(row, 0, parent), FindingTableModel::CodeRole).toString() != code_)
            return false;
        if (text_.isEmpty())
            return true;
        for (int c = 0; c < m->columnCount(parent); ++c) {
            if (m->data(m->index(row, c, parent)).toString().contains(text_, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString code_, text_;
};

FindingsView::FindingsView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    code_ = new QComboBox;
    code_->setAccessibleName(tr("Finding code"));
    search_ = new QLineEdit;
    search_->setPlaceholderText(tr("Search asset or detail"));
    search_->setClearButtonEnabled(true);
    search_->setAccessibleName(tr("Search findings"));
    auto* inspect =
        new QPushButton(QIcon(QStringLiteral(":/icons/inspect.svg")), tr("Inspect record"));
    auto* evidenceButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/evidence.svg")), tr("Export evidence…"));
    evidenceButton->setObjectName(QStringLiteral("exportEvidence"));
    evidenceButton->setToolTip(
        tr("A package a regulator or court verifies offline: the selected incident's records "
           "with their proofs"));
    auto* exportButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/table.svg")), tr("Export CSV…"));
    bar->addWidget(code_);
    bar->addWidget(search_, 1);
    bar->addWidget(inspect);
    bar->addWidget(evidenceButton);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    incidents_ = new IncidentTreeModel(this);
    treeProxy_ = new Filter(this);
    treeProxy_->setSourceModel(incidents_);
    treeProxy_->setRecursiveFilteringEnabled(true);
    tree_ = new QTreeView;
    tree_->setModel(treeProxy_);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    tree_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree_->header()->setSectionResizeMode(QHeaderView::Interactive);
    tree_->header()->setStretchLastSection(true);
    tree_->setColumnWidth(IncidentTreeModel::Subject, 480);
    for (int c : {IncidentTreeModel::Severity, IncidentTreeModel::Code, IncidentTreeModel::From,
                  IncidentTreeModel::To})
        tree_->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    tree_->setAccessibleName(tr("Incidents"));

    model_ = new FindingTableModel(this);
    proxy_ = new Filter(this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(FindingTableModel::SortRole);
    table_ = new QTableView;
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(FindingTableModel::Time, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setAccessibleName(tr("Findings"));
    tabs_ = new QTabWidget;
    tabs_->addTab(tree_, tr("Incidents"));
    tabs_->addTab(table_, tr("All findings"));
    layout->addWidget(tabs_, 1);
    explanation_ = new QLabel(tr("Select a finding to see what it means."));
    explanation_->setWordWrap(true);
    explanation_->setFrameShape(QFrame::StyledPanel);
    explanation_->setMargin(8);
    layout->addWidget(explanation_);

    connect(code_, &QComboBox::currentIndexChanged, this, &FindingsView::applyFilter);
    connect(search_, &QLineEdit::textChanged, this, &FindingsView::applyFilter);
    auto explain = [this](const QModelIndex& current) {
        if (current.isValid()) {
            const QString code = current.data(FindingTableModel::CodeRole).toString();
            explanation_->setText(
                QStringLiteral("<b>%1</b> — %2")
                    .arg(code, FindingTableModel::explanation(code).toHtmlEscaped()));
        }
    };
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, explain);
    connect(tree_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, explain);
    auto open = [this](const QModelIndex& i) {
        const bool tree = i.model() == treeProxy_;
        const QVariant h =
            i.data(tree ? int(IncidentTreeModel::HeightRole) : int(FindingTableModel::HeightRole));
        const QVariant x =
            i.data(tree ? int(IncidentTreeModel::IndexRole) : int(FindingTableModel::IndexRole));
        if (h.isValid() && x.isValid())
            emit inspectRequested(h.toULongLong(), x.toULongLong());
    };
    connect(table_, &QTableView::activated, this, open);
    connect(tree_, &QTreeView::activated, this, open);
    connect(inspect, &QPushButton::clicked, this, [this, open] {
        open(tabs_->currentWidget() == tree_ ? tree_->currentIndex() : table_->currentIndex());
    });
    connect(evidenceButton, &QPushButton::clicked, this, &FindingsView::requestEvidence);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export findings as CSV"), tr("findings.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(this, path, rowsWriter(modelRows(*proxy_)));
    });
}

void FindingsView::setFindings(std::shared_ptr<const std::vector<findings::Finding>> findings,
                               std::shared_ptr<const std::vector<analytics::Incident>> incidents)
{
    std::set<QString> codes;
    for (const findings::Finding& f : *findings)
        codes.insert(f.code);
    const QString current = code_->currentData().toString();
    {
        const QSignalBlocker block(code_);
        code_->clear();
        code_->addItem(tr("All codes"));
        for (const QString& c : codes)
            code_->addItem(c, c);
        code_->setCurrentIndex(std::max(0, code_->findData(current)));
    }
    incidents_->setIncidents(findings, std::move(incidents));
    model_->setFindings(std::move(findings));
    tabs_->setTabText(0, tr("Incidents (%1)").arg(incidents_->rowCount()));
    tabs_->setTabText(1, tr("All findings (%1)").arg(model_->rowCount()));
    applyFilter();
}

void FindingsView::showIncident(const QString& id)
{
    for (int r = 0; r < incidents_->rowCount(); ++r) {
        const QModelIndex i = incidents_->index(r, 0);
        if (incidents_->incident(i)->id != id)
            continue;
        search_->clear();
        code_->setCurrentIndex(0);
        tabs_->setCurrentWidget(tree_);
        const QModelIndex shown = treeProxy_->mapFromSource(i);
        tree_->setCurrentIndex(shown);
        tree_->scrollTo(shown);
        return;
    }
}

void FindingsView::requestEvidence()
{
    if (tabs_->currentWidget() == tree_) {
        const QModelIndex i = treeProxy_->mapToSource(tree_->currentIndex());
        const analytics::Incident* incident = incidents_->incident(i);
        if (incident == nullptr)
            return;
        if (i.parent().isValid()) {
            // A finding under its incident: that record alone.
            const findings::Finding& f =
                model_->finding(incident->findings.at(static_cast<std::size_t>(i.row())));
            if (!f.deviceId.isEmpty() && f.timeMs)
                emit evidenceRequested(f.deviceId, *f.timeMs, *f.timeMs + 1,
                                       tr("Finding %1: %2").arg(f.code, f.message.english()));
            return;
        }
        if (auto window = evidence::incidentWindow(*incident))
            emit evidenceRequested(
                incident->deviceId, window->fromMs, window->toMs,
                tr("Incident %1: %2").arg(incident->id, incident->what.english()));
        return;
    }
    const QModelIndex i = proxy_->mapToSource(table_->currentIndex());
    if (!i.isValid())
        return;
    const findings::Finding& f = model_->finding(static_cast<std::size_t>(i.row()));
    if (!f.deviceId.isEmpty() && f.timeMs)
        emit evidenceRequested(f.deviceId, *f.timeMs, *f.timeMs + 1,
                               tr("Finding %1: %2").arg(f.code, f.message.english()));
}

void FindingsView::setAssetNames(QHash<QByteArray, QString> names)
{
    incidents_->setAssetNames(names);
    model_->setAssetNames(std::move(names));
}

void FindingsView::setCode(const QString& code)
{
    code_->setCurrentIndex(std::max(0, code_->findData(code)));
}

void FindingsView::applyFilter()
{
    proxy_->set(code_->currentData().toString(), search_->text());
    treeProxy_->set(code_->currentData().toString(), search_->text());
}

}  // namespace pp::ui
