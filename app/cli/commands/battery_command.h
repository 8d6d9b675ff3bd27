#pragma once

#include "command.h"

namespace pp::cli {

// battery --db FILE --device HEX [--from ISO] [--to ISO] [--json]: what one battery pack or
// van battery went through, from its verified samples (docs/battery-history.md).
class BatteryCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("battery"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
