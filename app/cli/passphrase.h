#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pp::cli {

// Reads a passphrase: from the terminal without echo (asking twice when `confirm`), or the
// first line of standard input when it is not a terminal, as scripts and tests supply it.
// nullopt when the two entries differ or input ends.
std::optional<QByteArray> readPassphrase(const QString& prompt, bool confirm);

}  // namespace pp::cli
