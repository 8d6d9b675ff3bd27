#pragma once

#include <QStringList>

namespace pp::nodeapp {

// validators rotate DIR [--add N] [--alg ed25519|p256|sm2] [--remove I]... [--power I=P]...
int validatorsRotate(const QStringList& args);

}  // namespace pp::nodeapp
