#pragma once

#include "command.h"

namespace pp::cli {

// status --db FILE [--json]: the workspace's chain, verified tip, counts, witnesses and fork.
class StatusCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
