#pragma once

#include "chain/header.h"

namespace pp::chain {

// A block header the light node verified, with its hash: what the workspace keeps of each
// block and what the console shows of the tip. A chain type, not a storage row, so that a
// snapshot can carry it without reaching into store/.
struct VerifiedHeader
{
    Header header;
    Digest hash{};
};

}  // namespace pp::chain
