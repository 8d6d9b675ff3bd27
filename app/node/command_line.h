#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace pp::nodeapp {

// Parses a command's arguments with the options already added to `parser`. Returns the
// exit code when the command should stop here: 0 after printing --help, 1 after
// printing a parse error or when the command does not get exactly one DIR.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& command,
                                    const QStringList& args);

}  // namespace pp::nodeapp
