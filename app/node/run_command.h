#pragma once

#include <QStringList>

namespace pp::nodeapp {

// run DIR [--listen 127.0.0.1:PORT] [--block-interval-ms MS]
int run(const QStringList& args);

}  // namespace pp::nodeapp
