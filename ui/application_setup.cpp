#include "application_setup.h"

#include "settings.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace pp::ui {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa0, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

}  // namespace

QString applyLanguage(const QString& setting)
{
    // Ours and Qt's own (standard buttons, dialogs); children of the application.
    static QPointer<QTranslator> ours, qt;
    for (QPointer<QTranslator>* t : {&ours, &qt}) {
        if (*t) {
            QApplication::removeTranslator(*t);
            delete *t;
        }
    }
    QString language = setting;
    if (language == u"system")
        language = QLocale::system().name().startsWith(QStringLiteral("zh"))
                       ? QStringLiteral("zh_CN")
                       : QStringLiteral("en");
    QLocale::setDefault(QLocale(language));
    if (language != u"en") {
        ours = new QTranslator(qApp);
        if (ours->load(QStringLiteral("powerproof_%1").arg(language), translationsDirectory()))
            QApplication::installTranslator(ours);
        else
            qWarning("no catalogue for %s in %s", qPrintable(language),
                     qPrintable(translationsDirectory()));
        qt = new QTranslator(qApp);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(qt);
    }
    return language;
}

QString translationsDirectory()
{
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../share/powerproof/translations"));
}

void applyTheme(Settings::Theme theme)
{
    // What the platform gave, to go back to when the setting returns to "system".
    static const QString platformStyle = QApplication::style()->name();
    static const QPalette platformPalette = QApplication::palette();
    switch (theme) {
        case Settings::Theme::System:
            QApplication::setStyle(QStyleFactory::create(platformStyle));
            QApplication::setPalette(platformPalette);
            break;
        case Settings::Theme::Light:
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
            QApplication::setPalette(QApplication::style()->standardPalette());
            break;
        case Settings::Theme::Dark:
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
            QApplication::setPalette(darkPalette());
            break;
    }
}

QString setUpApplication(const QString& languageOverride)
{
    QString language =
        applyLanguage(languageOverride.isEmpty() ? Settings::language() : languageOverride);
    applyTheme(Settings::theme());
    return language;
}

}  // namespace pp::ui
