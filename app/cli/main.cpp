#include "command.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

void printUsage(const std::vector<std::unique_ptr<pp::cli::Command>>& commands)
{
    using pp::cli::out;
    out() << QCoreApplication::translate("main", "Usage: powerproof-cli COMMAND [OPTIONS]")
          << "\n\n"
          << QCoreApplication::translate("main", "Commands:") << '\n';
    for (const auto& c : commands)
        out() << "  " << c->name().leftJustified(22) << c->summary() << '\n';
    out() << '\n'
          << QCoreApplication::translate(
                 "main",
                 "Exit codes: 0 success, 1 usage, malformed input or I/O error, 2 the input "
                 "does not verify.")
          << '\n'
          << QCoreApplication::translate(
                 "main", "Run 'powerproof-cli COMMAND --help' for a command's options.")
          << '\n'
          << Qt::flush;
}

// `evidence export` and `battery --pdf` draw PDF reports with QPdfWriter, whose fonts need
// a QGuiApplication. The CLI never shows a window, so that one runs on the offscreen
// platform; every other command keeps the lighter QCoreApplication.
bool drawsPdf(int argc, char** argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "evidence") == 0 && std::strcmp(argv[2], "export") == 0)
        return true;
    if (argc < 2 || (std::strcmp(argv[1], "battery") != 0 && std::strcmp(argv[1], "valuate") != 0))
        return false;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    if (drawsPdf(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

}  // namespace

int main(int argc, char** argv)
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("powerproof-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POWERPROOF_VERSION));

    using pp::cli::out;
    const QStringList args = QCoreApplication::arguments().mid(1);
    const auto commands = pp::cli::allCommands();
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" ||
        args.first() == u"help") {
        printUsage(commands);
        return args.isEmpty() ? pp::cli::kExitFailure : pp::cli::kExitOk;
    }
    if (args.first() == u"--version") {  // as the version command, for help2man and scripts
        out() << "powerproof-cli " << QCoreApplication::applicationVersion() << '\n' << Qt::flush;
        return pp::cli::kExitOk;
    }
    // Commands are one word ("hash") or a group and a word ("merkle inclusion").
    for (const auto& command : commands) {
        const QStringList words = command->name().split(u' ');
        if (args.mid(0, words.size()) == words)
            return command->run(args);
    }
    pp::cli::err() << QCoreApplication::translate("main", "error: unknown command '%1'")
                          .arg(args.mid(0, 2).join(u' '))
                   << '\n';
    printUsage(commands);
    return pp::cli::kExitFailure;
}
