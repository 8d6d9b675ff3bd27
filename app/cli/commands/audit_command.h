#pragma once

#include "command.h"

namespace pp::cli {

// audit --db FILE [--quick] [--json]: re-verifies the workspace from its stored bytes and
// lists every item that they no longer support (lightnode/workspace_audit.h). Exit 0 clean,
// 2 with differences.
class AuditCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
