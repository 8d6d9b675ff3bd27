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

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PowerProof console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Open FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption node(QStringLiteral("node"), QStringLiteral("Sync it from URL."),
                                  QStringLiteral("URL"));
    const QCommandLineOption witness(QStringLiteral("witness"), QStringLiteral("A witness node."),
                                     QStringLiteral("URL"));
    const QCommandLineOption chainId(QStringLiteral("chain-id"),
                                     QStringLiteral("The chain trusted."), QStringLiteral("HEX"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Start the local demo network."));
    const QCommandLineOption demoDir(QStringLiteral("demo-dir"),
                                     QStringLiteral("Where the demo network lives."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QStringLiteral("Save a PNG of each view into DIR, then quit."), QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("en or zh_CN, for this run."),
                                      QStringLiteral("LANG"));
    parser.addOptions({workspace, node, witness, chainId, demo, demoDir, language, screenshots});
    parser.process(app);

    const QString chosen = pp::ui::setUpApplication(parser.value(language));
    pp::ui::MainWindow window;
    window.show();
    if (parser.isSet(screenshots))
        new pp::ui::ScreenshotTour(&window, parser.value(screenshots), chosen);
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
