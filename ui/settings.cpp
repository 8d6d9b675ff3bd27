#include "settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace pp::ui {

QString Settings::language()
{
    return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
}

void Settings::setLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

Settings::Theme Settings::theme()
{
    const QString t = QSettings().value(QStringLiteral("ui/theme")).toString();
    return t == u"light" ? Theme::Light : t == u"dark" ? Theme::Dark : Theme::System;
}

void Settings::setTheme(Theme theme)
{
    const char* names[] = {"system", "light", "dark"};
    QSettings().setValue(QStringLiteral("ui/theme"),
                         QString::fromLatin1(names[static_cast<int>(theme)]));
}

QStringList Settings::recentWorkspaces()
{
    return QSettings().value(QStringLiteral("workspaces/recent")).toStringList();
}

void Settings::addRecentWorkspace(const QString& path)
{
    QStringList recent = recentWorkspaces();
    const QString absolute = QDir(path).absolutePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kRecentMax)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("workspaces/recent"), recent);
}

QString Settings::lastNode()
{
    return QSettings().value(QStringLiteral("network/node")).toString();
}

QStringList Settings::lastWitnesses()
{
    return QSettings().value(QStringLiteral("network/witnesses")).toStringList();
}

QString Settings::lastChainId()
{
    return QSettings().value(QStringLiteral("network/chain_id")).toString();
}

void Settings::setLastNetwork(const QString& node, const QStringList& witnesses,
                              const QString& chainId)
{
    QSettings s;
    s.setValue(QStringLiteral("network/node"), node);
    s.setValue(QStringLiteral("network/witnesses"), witnesses);
    s.setValue(QStringLiteral("network/chain_id"), chainId);
}

QString Settings::demoDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("demo"));
}

}  // namespace pp::ui
