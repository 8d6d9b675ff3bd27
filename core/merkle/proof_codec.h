#pragma once

#include "cbor/value.h"
#include "common/result.h"
#include "merkle/proof.h"

namespace pp::merkle {

// A proof on the wire is a CBOR array of 32-byte byte strings (spec §3). Written straight
// to bytes, with no value tree: the node serves one, and the light node stores one, with
// every record.
QByteArray encodeProof(const Proof& proof);
// Rejects anything but an array of at most kMaxProofLength 32-byte byte strings, naming
// the offending element.
Result<Proof> proofFromCbor(const cbor::Value& value);

}  // namespace pp::merkle
