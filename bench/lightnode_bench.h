#pragma once

#include "harness.h"

namespace pp::bench {

// The light node against a real powerproof-node over loopback: records verified per
// second end to end, bytes stored per record, full header sync and cold start on a
// 1,000,000-block chain with 7 validators.
std::vector<Row> benchLightNode();

}  // namespace pp::bench
