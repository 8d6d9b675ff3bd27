#pragma once

#include "session/workspace_session.h"
#include "valuation/portfolio_valuation.h"

#include <QWidget>

class QChartView;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace pp::ui {

class ValuationParametersForm;

// One asset's valuation: its figures with what they rest on, the NPV's tornado, the
// yearly cash flows, the monthly settlement with green certificates and CO₂ (PV), or the
// second-life value with each haircut (batteries and vans); and the asset's own parameters.
class ValuationPage : public QWidget
{
    Q_OBJECT

public:
    explicit ValuationPage(QWidget* parent = nullptr);

    // `asset` is one of `of`'s; `parameters` what the asset would have without overrides.
    void setAsset(std::shared_ptr<const valuation::PortfolioValuation> of,
                  const valuation::AssetValuation& asset);
    const valuation::AssetValuation* asset() const { return asset_; }
    QTabWidget* tabs() const { return tabs_; }
    QChartView* tornado() const { return tornado_; }
    QTableWidget* cashFlows() const { return cashFlows_; }
    ValuationParametersForm* form() const { return form_; }

signals:
    void back();
    void exportRequested(WorkspaceSession::ValuationExport kind, const QByteArray& device);
    void parametersApplied(const QByteArray& device, const valuation::ValuationParameters& p);
    void parametersReset(const QByteArray& device);

private:
    void showPv(const valuation::PvValuation& pv);
    void showStorage(const valuation::StorageValuation& s);
    void fillTornado(const valuation::Sensitivity& s);

    std::shared_ptr<const valuation::PortfolioValuation> of_;
    const valuation::AssetValuation* asset_ = nullptr;
    QLabel *title_, *figures_, *footing_;
    QTabWidget* tabs_;
    QChartView* tornado_;
    QTableWidget *cashFlows_, *settlement_;
    QLabel* certificates_;
    QPushButton *cashFlowsCsv_, *settlementCsv_;
    ValuationParametersForm* form_;
};

}  // namespace pp::ui
