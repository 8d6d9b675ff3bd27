#include "screenshot_tour.h"

#include "main_window.h"
#include "models/asset_table_model.h"
#include "models/finding_table_model.h"
#include "session/workspace_session.h"
#include "views/asset_page.h"
#include "views/assets_view.h"
#include "views/findings_view.h"
#include "views/record_inspector.h"

#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTimer>

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

void ScreenshotTour::save(const QString& name)
{
    QWidget* w = window_->findChild<RecordInspector*>();
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
            window_->assets()->showTable();
            window_->showView(View::Findings);
            window_->findings()->table()->selectRow(0);
            after(500);
            break;
        case 6:
            save(QStringLiteral("findings"));
            window_->showView(View::Network);
            after(500);
            break;
        case 7: {
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
        case 8:
            save(QStringLiteral("inspector"));
            QApplication::quit();
            break;
        default:
            break;
    }
}

}  // namespace pp::ui
