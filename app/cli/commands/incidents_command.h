#pragma once

#include "command.h"

namespace pp::cli {

// incidents --db FILE [--json]: the workspace's findings grouped into incidents
// (analytics/incidents.h), most severe first.
class IncidentsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("incidents"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
