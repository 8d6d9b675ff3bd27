#include "passphrase.h"

#include "command.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace pp::cli {

namespace {

std::optional<QByteArray> readLine(bool echo)
{
    termios saved{};
    const bool tty = isatty(STDIN_FILENO) == 1;
    if (tty && !echo) {
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    const bool got = static_cast<bool>(std::getline(std::cin, line));
    if (tty && !echo) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << '\n' << Qt::flush;
    }
    if (!got)
        return std::nullopt;
    return QByteArray::fromStdString(line);
}

}  // namespace

std::optional<QByteArray> readPassphrase(const QString& prompt, bool confirm)
{
    const bool tty = isatty(STDIN_FILENO) == 1;
    if (tty)
        err() << prompt << Qt::flush;
    auto first = readLine(false);
    if (!first || !tty || !confirm)
        return first;
    err() << QCoreApplication::translate("cli", "Repeat the passphrase: ") << Qt::flush;
    auto second = readLine(false);
    if (!second || *second != *first)
        return std::nullopt;
    return first;
}

}  // namespace pp::cli
