#pragma once

#include <QString>

class QApplication;

namespace pp::ui {

// What the console sets up before its first window: the language (the setting, else the
// system's) with its translations (ours, embedded, and Qt's), the locale that numbers and
// dates follow, and the theme. Returns the language chosen ("en", "zh_CN").
QString setUpApplication(QApplication& app, const QString& languageOverride = {});

}  // namespace pp::ui
