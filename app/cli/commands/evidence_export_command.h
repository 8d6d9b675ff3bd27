#pragma once

#include "command.h"

namespace pp::cli {

// evidence export --db FILE --device HEX [--device HEX]... [--from ISO] [--to ISO]
//                 --out FILE.zip [--note TEXT] [--json]: an evidence package (evidence.md).
class EvidenceExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("evidence export"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
