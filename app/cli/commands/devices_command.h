#pragma once

#include "command.h"

namespace pp::cli {

// devices --db FILE [--json]: the registered devices, their standing and what is held of them.
class DevicesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("devices"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
