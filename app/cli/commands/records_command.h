#pragma once

#include "command.h"

namespace pp::cli {

// records --db FILE --device HEX [--from ISO] [--to ISO] [--limit N] [--json]: verified records
// with decoded quantities.
class RecordsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("records"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
