#pragma once

#include "command.h"

namespace pp::cli {

// hash --alg sha-256|sm3 FILE: the chain's hash of a file (or standard input for "-").
class HashCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("hash"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
