#pragma once

#include "command.h"

namespace pp::cli {

// sync --db FILE --node URL [--witness URL]... [--chain-id HEX] [--headers full|tip]
//      [--device HEX]... [--from ISO] [--to ISO] [TLS options] [--json]
// Verifies the chain and the chosen devices' records into the workspace (spec §9).
class SyncCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
