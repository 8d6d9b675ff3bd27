// powerproof: the console. Opens on the welcome screen, or straight on a workspace:
//   powerproof [--workspace FILE [--node URL --chain-id HEX [--witness URL]...]]
//              [--demo [--demo-dir DIR]] [--language en|zh_CN] [--screenshots DIR]
#include "application_setup.h"
#include "common/bytes.h"
#include "main_window.h"
#include "screenshot_tour.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv)
{
    // The fleet's days are UTC+8 days (analytics/daily_summary.h) and Format writes times
    // in UTC+8. Qt Charts' date axes and the date pickers use the process's local zone,
    // so it is set to UTC+8 too (POSIX writes the offset west of UTC, hence the minus):
    // a PV station's day then runs from 00:00 to 24:00 wherever the console runs.
    qputenv("TZ", "CST-8");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PowerProof"));
    QApplication::setApplicationName(QStringLiteral("PowerProof"));
    QApplication::setApplicationVersion(QStringLiteral(POWERPROOF_VERSION));

    // The language comes first (--language, else the setting, else the system's), so that
    // --help is in it too; the full parser is built once the translators are in place.
    QCommandLineParser early;
    early.addOption({QStringLiteral("language"), QString(), QStringLiteral("LANG")});
    early.parse(QCoreApplication::arguments());  // unknown options are the full parser's to report
    const QString chosen = pp::ui::setUpApplication(early.value(QStringLiteral("language")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "console",
        "PowerProof console: verified operating data of PV stations, battery packs and "
        "electric vehicles, from a permissioned blockchain."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace(
        QStringLiteral("workspace"),
        QCoreApplication::translate("console", "Open the workspace FILE."), QStringLiteral("FILE"));
    const QCommandLineOption node(
        QStringLiteral("node"),
        QCoreApplication::translate("console", "Sync it from the node at URL."),
        QStringLiteral("URL"));
    const QCommandLineOption witness(
        QStringLiteral("witness"),
        QCoreApplication::translate("console", "A witness node to cross-check (repeatable)."),
        QStringLiteral("URL"));
    const QCommandLineOption chainId(
        QStringLiteral("chain-id"),
        QCoreApplication::translate("console", "The chain id you trust (64 hex digits)."),
        QStringLiteral("HEX"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("console", "Start the local demo network."));
    const QCommandLineOption demoDir(
        QStringLiteral("demo-dir"),
        QCoreApplication::translate("console", "Where the demo network lives."),
        QStringLiteral("DIR"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("console", "en or zh_CN, for this run."),
        QStringLiteral("LANG"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("console", "Save a PNG of each view into DIR, then quit."),
        QStringLiteral("DIR"));
    parser.addOptions({workspace, node, witness, chainId, demo, demoDir, language, screenshots});
    parser.process(app);

    pp::ui::MainWindow window;
    window.show();
    if (parser.isSet(screenshots))
        new pp::ui::ScreenshotTour(&window, parser.value(screenshots), chosen,
                                   parser.isSet(workspace) || parser.isSet(demo)
                                       ? pp::ui::ScreenshotTour::Scope::Workspace
                                       : pp::ui::ScreenshotTour::Scope::WelcomeOnly);
    if (parser.isSet(demo)) {
        window.startDemo(parser.isSet(demoDir) ? parser.value(demoDir)
                                               : pp::ui::Settings::demoDirectory());
    } else if (parser.isSet(workspace)) {
        std::optional<pp::lightnode::SyncOptions> connection;
        if (parser.isSet(node)) {
            pp::lightnode::SyncOptions o;
            o.node = parser.value(node);
            o.witnesses = parser.values(witness);
            if (auto bytes = pp::fromHex(parser.value(chainId)))
                o.chainId = pp::digestFromBytes(*bytes);
            connection = o;
        }
        window.openWorkspace(parser.value(workspace), connection, connection.has_value());
    }
    return QApplication::exec();
}
