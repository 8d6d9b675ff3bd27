#pragma once

#include "command.h"

namespace pp::cli {

class VersionCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("version"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
