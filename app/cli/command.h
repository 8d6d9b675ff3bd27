#pragma once

#include "common/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <initializer_list>
#include <memory>
#include <vector>

namespace pp::cli {

// Exit codes shared by every command (documented in `powerproof-cli --help`).
enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1,  // usage, malformed input, I/O
    kExitInvalid = 2,  // the input is well-formed but does not verify
    kExitFork = 3,     // sync: a fork was detected (evidence stored)
};

QTextStream& out();
QTextStream& err();

// One CLI command. Subclasses declare their options and do the work in execute(); the base
// parses arguments, answers --help and reports usage errors the same way for all.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;
    virtual QString name() const = 0;     // "hash", "merkle inclusion"
    virtual QString summary() const = 0;  // one line for the command list

    // `args` starts with the command's name (one or two words).
    int run(const QStringList& args);

protected:
    virtual void addOptions(QCommandLineParser& parser) = 0;
    virtual int execute(const QCommandLineParser& parser) = 0;

    // The first of `names` that the command line lacks, or an empty string.
    static QString missingOption(const QCommandLineParser& parser,
                                 std::initializer_list<const char*> names);
    // Prints "error: <message>" and the usage line; returns kExitFailure.
    int usageError(const QString& message) const;
    // The end of a verifying command: prints `validText` or the reason the check failed
    // (as JSON {"valid": ..., "error": ..., "code": ...} with --json) and returns kExitOk,
    // kExitInvalid, or kExitFailure for malformed input.
    int reportVerdict(const Status& status, bool json, const QString& validText) const;
};

std::vector<std::unique_ptr<Command>> allCommands();

}  // namespace pp::cli
