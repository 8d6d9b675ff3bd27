#include "findings_view.h"

#include "models/finding_table_model.h"
#include "widgets/csv_export.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
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
    auto* exportButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/table.svg")), tr("Export CSV…"));
    bar->addWidget(code_);
    bar->addWidget(search_, 1);
    bar->addWidget(inspect);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

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
    layout->addWidget(table_, 1);
    explanation_ = new QLabel(tr("Select a finding to see what it means."));
    explanation_->setWordWrap(true);
    explanation_->setFrameShape(QFrame::StyledPanel);
    explanation_->setMargin(8);
    layout->addWidget(explanation_);

    connect(code_, &QComboBox::currentIndexChanged, this, &FindingsView::applyFilter);
    connect(search_, &QLineEdit::textChanged, this, &FindingsView::applyFilter);
    connect(
        table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid())
                explanation_->setText(QStringLiteral("<b>%1</b> — %2")
                                          .arg(current.data(FindingTableModel::CodeRole).toString(),
                                               current.data(FindingTableModel::ExplanationRole)
                                                   .toString()
                                                   .toHtmlEscaped()));
        });
    auto open = [this](const QModelIndex& i) {
        const QVariant h = i.data(FindingTableModel::HeightRole);
        const QVariant x = i.data(FindingTableModel::IndexRole);
        if (h.isValid() && x.isValid())
            emit inspectRequested(h.toULongLong(), x.toULongLong());
    };
    connect(table_, &QTableView::activated, this, open);
    connect(inspect, &QPushButton::clicked, this, [this, open] { open(table_->currentIndex()); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export findings as CSV"), tr("findings.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(this, path, rowsWriter(modelRows(*proxy_)));
    });
}

void FindingsView::setFindings(std::shared_ptr<const std::vector<findings::Finding>> findings)
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
    model_->setFindings(std::move(findings));
    applyFilter();
}

void FindingsView::setAssetNames(QHash<QByteArray, QString> names)
{
    model_->setAssetNames(std::move(names));
}

void FindingsView::setCode(const QString& code)
{
    code_->setCurrentIndex(std::max(0, code_->findData(code)));
}

void FindingsView::applyFilter()
{
    proxy_->set(code_->currentData().toString(), search_->text());
}

}  // namespace pp::ui
