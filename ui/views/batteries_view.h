#pragma once

#include <QByteArray>
#include <QWidget>

#include <cstdint>

class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace pp::ui {

class BackgroundJob;
class BatteryFleetModel;
class BatteryPage;
class LoadingPane;
class WorkspaceSession;

// The insurer's view: every pack and van ranked by risk with the parts of its score
// (search, sort, CSV export), ranked off the UI thread with progress and cancel; opening
// a row shows its battery history (views/battery_page.h) with the PDF report and the
// passport data a click away.
class BatteriesView : public QWidget
{
    Q_OBJECT

public:
    BatteriesView(WorkspaceSession* session, QWidget* parent = nullptr);

    // Ranks the fleet (again): after a sync, or when first shown.
    void rank();
    void openBattery(const QByteArray& deviceId, std::uint64_t fromMs = 0,
                     std::uint64_t toMs = UINT64_MAX);
    void showTable();

    QTableView* table() const { return table_; }
    BatteryFleetModel* model() const { return model_; }
    BatteryPage* page() const { return page_; }  // none until a battery is opened

signals:
    void evidenceRequested(const QByteArray& device, std::uint64_t fromMs, std::uint64_t toMs,
                           const QString& note);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void runJob(BackgroundJob* job, const QString& what);
    BatteryPage* ensurePage();
    void saveExport(bool report);

    WorkspaceSession* session_;
    BatteryFleetModel* model_;
    QSortFilterProxyModel* filter_;
    QLineEdit* search_;
    QTableView* table_;
    BatteryPage* page_ = nullptr;
    QStackedWidget* stack_;
    LoadingPane* loading_;
    BackgroundJob* job_ = nullptr;
    QWidget* returnTo_ = nullptr;  // where a cancelled load goes back to
};

}  // namespace pp::ui
