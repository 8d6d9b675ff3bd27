#pragma once

#include "command.h"

namespace pp::cli {

// evidence verify FILE.zip [--chain-id HEX] [--json]: checks a package offline.
class EvidenceVerifyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("evidence verify"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
