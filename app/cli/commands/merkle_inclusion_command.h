#pragma once

#include "command.h"

namespace pp::cli {

// merkle inclusion: checks an RFC 9162 inclusion proof by hand.
class MerkleInclusionCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("merkle inclusion"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
