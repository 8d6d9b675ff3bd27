#pragma once

#include "command.h"

namespace pp::cli {

// battery fleet --db FILE [--from ISO] [--to ISO] [--json]: every battery pack and van,
// riskiest first, each risk score with its parts (docs/battery-history.md).
class BatteryFleetCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("battery fleet"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
