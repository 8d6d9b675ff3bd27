#pragma once

#include "command.h"

namespace pp::cli {

// evidence export --db FILE --device HEX [--device HEX]... [--from ISO] [--to ISO]
//                 --out FILE.zip [--note TEXT] [--sign-cert PEM --sign-key PEM
//                 [--sign-chain PEM] [--sign-key-encrypted]] [--tsa URL [--tsa-ca PEM]]
//                 [--json]: an evidence package (evidence.md), signed when a certificate
//                 and key are given, time-stamped when a TSA is.
class EvidenceExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("evidence export"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
