#pragma once

#include "harness.h"

#include <vector>

namespace pp::bench {

// The reference node's ingest: records admitted (each one's signature verified, seq and
// payload checked) and written into blocks, against raw Ed25519 verification × cores.
std::vector<Row> benchNode();

}  // namespace pp::bench
