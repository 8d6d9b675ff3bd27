#pragma once

#include "common/result.h"
#include "crypto/private_key.h"
#include "crypto/public_key.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

namespace pp::cose {

inline constexpr std::uint64_t kSign1Tag = 18;
inline constexpr qsizetype kKidSize = 16;  // a device_id or a key id (spec §1, §7)

// A parsed COSE_Sign1 (RFC 9052 §4.2) of the protocol's exact shape (spec §7):
//   18([ bstr .cbor {1: alg}, {4: kid}, bstr payload, bstr signature ])
struct Sign1
{
    crypto::SigAlg alg;
    QByteArray protectedBytes;  // the protected header bstr's contents, as signed
    QByteArray kid;
    QByteArray payload;
    QByteArray signature;
};

// Signs `payload` (the encoded body) and returns the tagged, deterministic message.
Result<QByteArray> sign1(QByteArrayView payload, const crypto::PrivateKey& key, QByteArrayView kid);

// Parses and checks the structure: deterministic CBOR, tag 18, four elements, a protected
// header that is exactly {1: alg} with a known alg, an unprotected header exactly {4: kid}
// with a 16-byte kid, an embedded payload and a 64-byte signature. Error codes
// "cose.<what>" (or "cbor.<what>" for the encoding), with the part that is wrong.
Result<Sign1> parseSign1(QByteArrayView message);

// Checks that kid is `expectedKid`, alg is the key's algorithm, and the signature verifies
// with `key` over Sig_structure.
Status verifySign1(const Sign1& msg, const crypto::PublicKey& key, QByteArrayView expectedKid);

// CBOR(["Signature1", protected, h'', payload]): the bytes that are signed.
QByteArray sigStructure(QByteArrayView protectedBytes, QByteArrayView payload);

}  // namespace pp::cose
