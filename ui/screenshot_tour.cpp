#include "screenshot_tour.h"

#include "main_window.h"
#include "models/asset_table_model.h"
#include "models/battery_fleet_model.h"
#include "models/finding_table_model.h"
#include "models/valuation_table_model.h"
#include "session/workspace_session.h"
#include "views/asset_page.h"
#include "views/assets_view.h"
#include "views/batteries_view.h"
#include "views/evidence_view.h"
#include "views/export_evidence_dialog.h"
#include "views/findings_view.h"
#include "views/record_inspector.h"
#include "views/valuation_view.h"
#include "widgets/message_box.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace pp::ui {

ScreenshotTour::ScreenshotTour(MainWindow* window, QString directory, QString suffix, Scope scope)
    : QObject(window), window_(window), directory_(std::move(directory)), suffix_(std::move(suffix))
{
    QDir().mkpath(directory_);
    if (scope == Scope::WelcomeOnly) {
        QTimer::singleShot(800, this, [this] {
            save(QStringLiteral("welcome"));
            QApplication::quit();
        });
        return;
    }
    connect(window_, &MainWindow::portfolioShown, this, [this] {
        if (step_ == 0)
            QTimer::singleShot(500, this, &ScreenshotTour::next);
    });
}

void ScreenshotTour::save(const QString& name, QWidget* widget)
{
    QWidget* w = widget != nullptr ? widget : window_->findChild<RecordInspector*>();
    if (w == nullptr)
        w = window_;
    const QString path = QDir(directory_).filePath(QStringLiteral("%1-%2.png").arg(name, suffix_));
    if (!w->grab().save(path))
        qWarning("screenshots: could not write %s", qPrintable(path));
}

void ScreenshotTour::openAssetOfClass(int assetClass)
{
    AssetTableModel* m = window_->assets()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, 0);
        // The first asset of the class with findings shows most; else the first.
        if (m->data(i, AssetTableModel::AssetClassRole).toInt() == assetClass) {
            window_->assets()->openAsset(m->data(i, AssetTableModel::DeviceIdRole).toByteArray());
            return;
        }
    }
}

void ScreenshotTour::next()
{
    using View = MainWindow::View;
    auto after = [this](int ms) { QTimer::singleShot(ms, this, &ScreenshotTour::next); };
    auto whenAsset = [this](const QString& name) {
        auto c = std::make_shared<QMetaObject::Connection>();
        *c = connect(window_->session(), &WorkspaceSession::assetLoaded, this, [this, c, name] {
            disconnect(*c);
            QTimer::singleShot(800, this, [this, name] {
                save(name);
                next();
            });
        });
    };
    switch (step_++) {
        case 0:
            window_->showView(View::Overview);
            after(800);
            break;
        case 1:
            save(QStringLiteral("overview"));
            window_->showView(View::Assets);
            after(500);
            break;
        case 2:
            save(QStringLiteral("assets"));
            whenAsset(QStringLiteral("asset-pv"));
            openAssetOfClass(1);
            break;
        case 3:
            whenAsset(QStringLiteral("asset-battery"));
            openAssetOfClass(2);
            break;
        case 4:
            whenAsset(QStringLiteral("asset-vehicle"));
            openAssetOfClass(3);
            break;
        case 5:
            // The insurer's ranking (computed when the view first shows), then the history
            // of the riskiest battery.
            window_->assets()->showTable();
            connect(
                window_->session(), &WorkspaceSession::batteryFleetLoaded, this,
                [after] { after(800); }, Qt::SingleShotConnection);
            window_->showView(View::Batteries);
            break;
        case 6: {
            save(QStringLiteral("batteries"));
            connect(
                window_->session(), &WorkspaceSession::batteryHistoryLoaded, this,
                [after] { after(1000); }, Qt::SingleShotConnection);
            // The riskiest pack: a pack's page shows the most (its BMS's own SoH).
            const QAbstractItemModel* m = window_->batteries()->table()->model();
            QByteArray device =
                m->data(m->index(0, 0), BatteryFleetModel::DeviceIdRole).toByteArray();
            for (int r = 0; r < m->rowCount(); ++r) {
                const QByteArray id =
                    m->data(m->index(r, 0), BatteryFleetModel::DeviceIdRole).toByteArray();
                const auto& assets = window_->portfolio()->assets;
                const bool pack = std::any_of(assets.begin(), assets.end(), [&](const auto& a) {
                    return a.info.deviceId == id &&
                           a.info.assetClass == records::AssetClass::Battery;
                });
                if (pack) {
                    device = id;
                    break;
                }
            }
            window_->batteries()->openBattery(device);
            break;
        }
        case 7:
            // The financier's view, valued when it first shows, then the station worth most.
            save(QStringLiteral("battery-history"));
            window_->batteries()->showTable();
            connect(
                window_->session(), &WorkspaceSession::valuationLoaded, this,
                [after] { after(800); }, Qt::SingleShotConnection);
            window_->showView(View::Valuation);
            break;
        case 8: {
            save(QStringLiteral("valuation"));
            const QAbstractItemModel* m = window_->valuation()->table()->model();
            window_->valuation()->openAsset(
                m->data(m->index(0, 0), ValuationTableModel::DeviceIdRole).toByteArray());
            after(800);
            break;
        }
        case 9: {
            save(QStringLiteral("valuation-asset"));
            window_->valuation()->showTable();
            window_->showView(View::Findings);
            // The first incident selected; the first small one open, to show its findings.
            QTreeView* tree = window_->findings()->incidentTree();
            tree->setCurrentIndex(tree->model()->index(0, 0));
            for (int r = 0; r < tree->model()->rowCount(); ++r) {
                const QModelIndex i = tree->model()->index(r, 0);
                if (tree->model()->rowCount(i) > 2 && tree->model()->rowCount(i) < 40) {
                    tree->expand(i);
                    break;
                }
            }
            after(500);
            break;
        }
        case 10: {
            save(QStringLiteral("incidents"));
            auto* tabs = window_->findings()->findChild<QTabWidget*>();
            tabs->setCurrentIndex(1);
            window_->findings()->table()->selectRow(0);
            after(500);
            break;
        }
        case 11:
            save(QStringLiteral("findings"));
            window_->findings()->findChild<QTabWidget*>()->setCurrentIndex(0);
            window_->showView(View::Network);
            after(500);
            break;
        case 12: {
            save(QStringLiteral("network"));
            QTableView* t = window_->findings()->table();
            const QModelIndex i = t->model()->index(0, 0);
            window_->inspectRecord(t->model()->data(i, FindingTableModel::HeightRole).toULongLong(),
                                   t->model()->data(i, FindingTableModel::IndexRole).toULongLong());
            auto* inspector = window_->findChild<RecordInspector*>();
            connect(
                inspector, &RecordInspector::inspected, this, [after] { after(500); },
                Qt::SingleShotConnection);
            break;
        }
        case 13:
            save(QStringLiteral("inspector"));
            window_->findChild<RecordInspector*>()->close();
            window_->showView(View::Findings);
            exportFirstIncident();
            break;
        case 14:
            save(QStringLiteral("evidence-package"), window_->findChild<EvidenceView*>());
            QApplication::quit();
            break;
        default:
            break;
    }
}

// Opens the export wizard on the first incident of a device, saves it, exports the package
// and opens it in the package view, which the next step saves once it has verified it.
void ScreenshotTour::exportFirstIncident()
{
    MessageBox::setAnswerForTests(false);  // the "open its folder?" question
    QTreeView* tree = window_->findings()->incidentTree();
    for (int r = 0; r < tree->model()->rowCount(); ++r) {
        tree->setCurrentIndex(tree->model()->index(r, 0));
        if (!tree->currentIndex().data(Qt::DisplayRole).toString().isEmpty() &&
            tree->model()->rowCount(tree->currentIndex()) > 1)
            break;
    }
    window_->findings()->findChild<QPushButton*>(QStringLiteral("exportEvidence"))->click();
    auto* dialog = window_->findChild<ExportEvidenceDialog*>();
    if (dialog == nullptr) {
        QApplication::quit();
        return;
    }
    const QString path = packages_.filePath(QStringLiteral("evidence.zip"));
    dialog->setOutputPath(path);
    connect(
        window_->session(), &WorkspaceSession::evidenceExported, this,
        [this, path] {
            EvidenceView* view = window_->openEvidencePackage();
            connect(
                view, &EvidenceView::verified, this,
                [this] { QTimer::singleShot(800, this, &ScreenshotTour::next); },
                Qt::SingleShotConnection);
            view->open(path);
        },
        Qt::SingleShotConnection);
    QTimer::singleShot(800, this, [this, dialog] {
        save(QStringLiteral("export-wizard"), dialog);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
}

}  // namespace pp::ui
