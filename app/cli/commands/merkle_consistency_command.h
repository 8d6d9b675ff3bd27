#pragma once

#include "command.h"

namespace pp::cli {

// merkle consistency: checks an RFC 9162 consistency proof by hand.
class MerkleConsistencyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("merkle consistency"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
