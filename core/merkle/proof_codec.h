#pragma once

#include "cbor/reader.h"
#include "common/result.h"
#include "merkle/proof.h"

#include <QByteArray>
#include <QByteArrayView>

namespace pp::merkle {

// A proof on the wire is a CBOR array of 32-byte byte strings (spec §3). Written straight
// to bytes, with no value tree: the node serves one, and the light node stores one, with
// every record.
QByteArray encodeProof(const Proof& proof);

// Reads one proof where `reader` stands, in place, for the same reason. Rejects anything
// but an array of at most kMaxProofLength 32-byte byte strings, naming the offending
// element; CBOR errors name the byte offset.
Result<Proof> readProof(cbor::Reader& reader);
// A proof that is the whole of `bytes`.
Result<Proof> decodeProof(QByteArrayView bytes);

}  // namespace pp::merkle
