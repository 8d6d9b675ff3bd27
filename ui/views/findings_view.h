#pragma once

#include "findings/finding.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace pp::ui {

class FindingTableModel;

// Every finding, filtered by code and by text, with the code's explanation; Enter or a
// double-click opens the record it names in the inspector.
class FindingsView : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsView(QWidget* parent = nullptr);

    void setFindings(std::shared_ptr<const std::vector<findings::Finding>> findings);
    void setAssetNames(QHash<QByteArray, QString> names);
    void setCode(const QString& code);  // empty: every code

    QTableView* table() const { return table_; }
    FindingTableModel* model() const { return model_; }

signals:
    void inspectRequested(std::uint64_t height, std::uint64_t index);

private:
    class Filter;
    void applyFilter();

    FindingTableModel* model_;
    Filter* proxy_;
    QComboBox* code_;
    QLineEdit* search_;
    QTableView* table_;
    QLabel* explanation_;
};

}  // namespace pp::ui
