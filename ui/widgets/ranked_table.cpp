#include "ranked_table.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace pp::ui {

RankedTable rankedTable(QAbstractItemModel* model, int sortRole, int sortColumn,
                        Qt::SortOrder order, const QString& accessibleName, QObject* owner)
{
    RankedTable t;
    t.filter = new QSortFilterProxyModel(owner);
    t.filter->setSourceModel(model);
    t.filter->setSortRole(sortRole);
    t.filter->setFilterKeyColumn(-1);
    t.filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    t.view = new QTableView;
    t.view->setModel(t.filter);
    t.view->setSortingEnabled(true);
    t.view->sortByColumn(sortColumn, order);
    t.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    t.view->setSelectionMode(QAbstractItemView::SingleSelection);
    t.view->setAlternatingRowColors(true);
    t.view->verticalHeader()->hide();
    t.view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t.view->horizontalHeader()->setStretchLastSection(true);
    t.view->setAccessibleName(accessibleName);
    return t;
}

}  // namespace pp::ui
