#pragma once

#include <QStringList>

namespace pp::nodeapp {

// devnet init DIR [--validators N] [--profile intl|gm] [--seed S] [--name NAME]
int devnetInit(const QStringList& args);

}  // namespace pp::nodeapp
