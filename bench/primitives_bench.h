#pragma once

#include "harness.h"

#include <vector>

namespace pp::bench {

// Hashes, Merkle proof verification and signature verification through our API, each
// against the raw OpenSSL EVP calls that do the same work.
std::vector<Row> benchPrimitives();

}  // namespace pp::bench
