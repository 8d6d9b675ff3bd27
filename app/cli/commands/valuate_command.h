#pragma once

#include "command.h"

namespace pp::cli {

// valuate --db FILE [--device HEX]... [--params FILE.json] [--json] [--pdf FILE]: the
// assets valued on their verified data (docs/valuation.md), with the parameters the
// workspace keeps, overridden by the file's.
class ValuateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("valuate"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
