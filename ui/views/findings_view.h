#pragma once

#include "analytics/incidents.h"
#include "findings/finding.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTreeView;

namespace pp::ui {

class FindingTableModel;
class IncidentTreeModel;

// Incidents first, each expandable to its findings, and every finding in a second tab; both
// filtered by code and by text, with the code's explanation. Enter or a double-click on a
// finding opens its record in the inspector; "Export evidence" asks for a package of the
// selected incident (its device over its records) or finding (its record).
class FindingsView : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsView(QWidget* parent = nullptr);

    void setFindings(std::shared_ptr<const std::vector<findings::Finding>> findings,
                     std::shared_ptr<const std::vector<analytics::Incident>> incidents);
    void setAssetNames(QHash<QByteArray, QString> names);
    void setCode(const QString& code);  // empty: every code

    // Selects the incident with this id, on the Incidents tab.
    void showIncident(const QString& id);

    QTableView* table() const { return table_; }
    FindingTableModel* model() const { return model_; }
    QTreeView* incidentTree() const { return tree_; }
    IncidentTreeModel* incidentModel() const { return incidents_; }

signals:
    void inspectRequested(std::uint64_t height, std::uint64_t index);
    // A package of `device` over [fromMs, toMs) (no device: the fork's evidence), noted with
    // what it is about.
    void evidenceRequested(const QByteArray& device, std::uint64_t fromMs, std::uint64_t toMs,
                           const QString& note);

private:
    class Filter;
    void applyFilter();
    void requestEvidence();

    FindingTableModel* model_;
    IncidentTreeModel* incidents_;
    Filter* proxy_;
    Filter* treeProxy_;
    QTabWidget* tabs_;
    QTreeView* tree_;
    QComboBox* code_;
    QLineEdit* search_;
    QTableView* table_;
    QLabel* explanation_;
};

}  // namespace pp::ui
