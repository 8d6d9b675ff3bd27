#pragma once

#include "command.h"

namespace pp::cli {

// keygen --alg ed25519|p256|sm2 --out KEY.pem: a new signing key in PKCS#8 PEM; prints the
// public key as the protocol's CBOR key and its key ids.
class KeygenCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("keygen"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

}  // namespace pp::cli
