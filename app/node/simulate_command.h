#pragma once

#include <QStringList>

namespace pp::nodeapp {

// powerproof-node simulate DIR ...: writes the device simulation into the devnet's chain
// and, with --live, keeps posting to a running node.
int simulate(const QStringList& args);

}  // namespace pp::nodeapp
