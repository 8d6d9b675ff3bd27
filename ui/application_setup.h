#pragma once

#include "settings.h"

#include <QString>

namespace pp::ui {

// What the console sets up before its first window: the language (the setting, else the
// system's) with its translations (ours and Qt's), the locale that numbers and
// dates follow, and the theme. Returns the language chosen ("en", "zh_CN").
QString setUpApplication(const QString& languageOverride = {});

// Each part again, when the settings change while the console runs: the translators
// installed before are replaced. `language` is "system", "en" or "zh_CN"; returns the one
// used.
QString applyLanguage(const QString& language);
void applyTheme(Settings::Theme theme);

// Where the console's catalogues are: share/powerproof/translations beside the folder of
// the executable, in the build tree (build/bin) as in an installed or unpacked package
// (usr/bin), so a package found anywhere on disk finds its own.
QString translationsDirectory();

}  // namespace pp::ui
