#pragma once

#include <QString>
#include <QStringList>

namespace pp::ui {

// Every user setting, typed, with its default, in one place over QSettings. Tests point
// QSettings at a temporary folder (QStandardPaths::setTestModeEnabled).
class Settings
{
public:
    enum class Theme { System, Light, Dark };

    // "system", or a locale name with a translation ("en", "zh_CN").
    static QString language();
    static void setLanguage(const QString& language);

    static Theme theme();
    static void setTheme(Theme theme);

    // Workspaces opened, most recent first (at most kRecentMax).
    static QStringList recentWorkspaces();
    static void addRecentWorkspace(const QString& path);
    static constexpr int kRecentMax = 8;

    // The last network connected to: primary URL, witnesses, chain id.
    static QString lastNode();
    static QStringList lastWitnesses();
    static QString lastChainId();
    static void setLastNetwork(const QString& node, const QStringList& witnesses,
                               const QString& chainId);

    // Where the local demo network lives: devnet, chain_id and workspace.db.
    static QString demoDirectory();
};

}  // namespace pp::ui
