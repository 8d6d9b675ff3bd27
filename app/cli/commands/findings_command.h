#pragma once

#include "command.h"

namespace pp::cli {

// findings --db FILE [--device HEX] [--code CODE] [--json]: what verification and the plausibility
// checks found.
class FindingsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("findings"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
