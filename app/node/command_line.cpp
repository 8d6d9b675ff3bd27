#include "command_line.h"

#include <QCoreApplication>
#include <QTextStream>

namespace pp::nodeapp {

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& command,
                                    const QStringList& args)
{
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QCoreApplication::translate("node", "The devnet directory."));
    const QString name = QStringLiteral("powerproof-node ") + command;
    if (!parser.parse(QStringList{name} + args)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // The parser names the program by its path; show the command instead.
        QTextStream(stdout) << parser.helpText().replace(QCoreApplication::arguments().constFirst(),
                                                         name);
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        QTextStream(stderr)
            << QCoreApplication::translate("node", "error: %1 takes one DIR; see --help").arg(name)
            << '\n';
        return 1;
    }
    return std::nullopt;
}

}  // namespace pp::nodeapp
