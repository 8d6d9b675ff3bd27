#pragma once

#include "harness.h"

#include <vector>

namespace pp::bench {

// The reference node over loopback HTTP: a real powerproof-node serving a chain of
// 20,000 blocks and a device with 10,000 records.
std::vector<Row> benchHttp();

}  // namespace pp::bench
