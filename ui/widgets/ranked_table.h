#pragma once

#include <QString>
#include <Qt>

class QAbstractItemModel;
class QObject;
class QSortFilterProxyModel;
class QTableView;

namespace pp::ui {

// A table of one row an item that the user sorts by any column and filters with a search
// box: the rankings and portfolios (batteries by risk, assets by value). Columns are as
// wide as their contents, the last stretched; the table scrolls sideways if it must.
struct RankedTable
{
    QSortFilterProxyModel* filter = nullptr;  // sorts by `sortRole`, filters every column
    QTableView* view = nullptr;
};

RankedTable rankedTable(QAbstractItemModel* model, int sortRole, int sortColumn,
                        Qt::SortOrder order, const QString& accessibleName, QObject* owner);

}  // namespace pp::ui
