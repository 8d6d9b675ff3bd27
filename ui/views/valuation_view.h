#pragma once

#include "valuation/portfolio_valuation.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace pp::ui {

class BackgroundJob;
class LoadingPane;
class ValuationPage;
class ValuationParametersForm;
class ValuationTableModel;
class WorkspaceSession;

// The financier's view: every asset valued on its verified data (value, P50/P90, DSCR,
// coverage, haircut; totals), with the portfolio's parameters above the table and each
// asset's valuation a double-click away. Parameters are kept in the workspace; any change
// recomputes off the UI thread, with progress and cancel. Exports: CSV, JSON, PDF report.
class ValuationView : public QWidget
{
    Q_OBJECT

public:
    ValuationView(WorkspaceSession* session, QWidget* parent = nullptr);

    // Values the portfolio (again) with the parameters the workspace keeps.
    void valuate();
    void openAsset(const QByteArray& deviceId);
    void showTable();

    QTableView* table() const { return table_; }
    ValuationTableModel* model() const { return model_; }
    ValuationPage* page() const { return page_; }  // none until an asset is opened
    ValuationParametersForm* form() const { return form_; }
    QLabel* totals() const { return totals_; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void recompute();  // with settings_, kept first
    void runJob(BackgroundJob* job, const QString& what);
    void showValuation();
    ValuationPage* ensurePage();
    void saveExport(int kind, const QByteArray& device = {});

    WorkspaceSession* session_;
    valuation::ValuationSettings settings_;
    ValuationTableModel* model_;
    QSortFilterProxyModel* filter_;
    QLineEdit* search_;
    QTableView* table_;
    QLabel* totals_;
    ValuationParametersForm* form_;
    ValuationPage* page_ = nullptr;
    QStackedWidget* stack_;
    LoadingPane* loading_;
    BackgroundJob* job_ = nullptr;
    QByteArray openDevice_;  // the asset whose page shows, or is to show once valued
};

}  // namespace pp::ui
