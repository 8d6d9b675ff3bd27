#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

class QWidget;

namespace pp::ui {

class MainWindow;

// Walks the main views of an open workspace and saves a PNG of each into `directory`
// (overview, assets, a PV, a battery and a vehicle page, the incidents, all findings,
// network, the record inspector, the evidence export wizard and the package view of the
// package it wrote), named with `suffix` ("en", "zh_CN"); quits the application when done. With
// no workspace to open it saves the welcome screen alone, as a newcomer first sees it.
// scripts/screenshots runs it under Xvfb for docs/screenshots/.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    enum class Scope { Workspace, WelcomeOnly };
    ScreenshotTour(MainWindow* window, QString directory, QString suffix, Scope scope);

private:
    void next();
    void save(const QString& name, QWidget* widget = nullptr);
    void exportFirstIncident();
    void openAssetOfClass(int assetClass);

    MainWindow* window_;
    QString directory_, suffix_;
    int step_ = 0;
    QTemporaryDir packages_;  // where the tour's package goes
};

}  // namespace pp::ui
