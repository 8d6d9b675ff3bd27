#pragma once

#include "harness.h"

#include <vector>

namespace pp::bench {

// The device decoders the light node runs on every sample it syncs (a GB/T 32960 van
// packet, a SunSpec block), each against a raw scan of the same bytes: the XOR a BCC
// check needs, the least any reader of the packet does.
std::vector<Row> benchDecoders();

}  // namespace pp::bench
