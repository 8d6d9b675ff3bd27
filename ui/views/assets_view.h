#pragma once

#include "analytics/portfolio.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QPushButton;

namespace pp::ui {

class AssetFilterModel;
class AssetPage;
class AssetTableModel;
class BackgroundJob;
class LoadingPane;
class WorkspaceSession;

// The asset table (filter by class, search, sort, CSV export) and, on opening a row, the
// asset's page, loaded off the UI thread with progress and cancel.
class AssetsView : public QWidget
{
    Q_OBJECT

public:
    AssetsView(WorkspaceSession* session, QWidget* parent = nullptr);

    void setPortfolio(std::shared_ptr<const analytics::Portfolio> portfolio);
    void openAsset(const QByteArray& deviceId);
    void showTable();

    QTableView* table() const { return table_; }
    AssetTableModel* model() const { return model_; }
    AssetFilterModel* filter() const { return filter_; }
    AssetPage* page() const { return page_; }
    BackgroundJob* exportCsv(const QString& path);

signals:
    void evidenceRequested(const QByteArray& device, std::uint64_t fromMs, std::uint64_t toMs,
                           const QString& note);

private:
    WorkspaceSession* session_;
    AssetTableModel* model_;
    AssetFilterModel* filter_;
    QComboBox* class_;
    QLineEdit* search_;
    QTableView* table_;
    AssetPage* page_;
    QStackedWidget* stack_;
    LoadingPane* loading_;
    BackgroundJob* job_ = nullptr;
};

}  // namespace pp::ui
