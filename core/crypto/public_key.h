#pragma once

#include "cbor/value.h"
#include "common/result.h"
#include "crypto/hash.h"
#include "crypto/sig_alg.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_pkey_st;

namespace pp::crypto {

// A parsed, validated public key: the protocol's [alg, pub] (spec §1). Parsing happens
// once; the object is cheap to copy (the OpenSSL key is shared) and safe to verify with
// from many threads at once.
class PublicKey
{
public:
    // From the raw pub of [alg, pub]: 32 bytes for Ed25519, a 65-byte uncompressed point
    // on the algorithm's curve otherwise.
    static Result<PublicKey> fromRaw(SigAlg alg, QByteArrayView pub);
    // From the CBOR array [alg, pub].
    static Result<PublicKey> fromCbor(const cbor::Value& key);
    // From a SubjectPublicKeyInfo PEM (what `openssl pkey -pubout` writes).
    static Result<PublicKey> fromPem(QByteArrayView pem);

    SigAlg alg() const { return alg_; }
    const QByteArray& raw() const { return raw_; }
    cbor::Value toCbor() const;
    QByteArray cborBytes() const;  // CBOR([alg, pub])
    // SubjectPublicKeyInfo DER, as certificates and `openssl pkey -pubout -outform DER` have it.
    QByteArray spkiDer() const;
    // The first 16 bytes of H(CBOR([alg, pub])).
    QByteArray keyId(HashAlg h) const;

    // Verifies a 64-byte signature over `message` as the protocol defines it: Ed25519
    // (RFC 8032), ES256 raw r||s with the low-S rule, SM2 raw r||s over SM3 with the
    // distinguishing ID "1234567812345678".
    Status verify(QByteArrayView message, QByteArrayView signature) const;
    // ES256 and SM2 only: verifies a raw r||s over an already computed 32-byte digest e
    // (SHA-256(M), or for SM2 e = SM3(Z || M)), as auditors do when a digest comes from
    // elsewhere. ES256 applies the low-S rule here too.
    Status verifyDigest(QByteArrayView digest, QByteArrayView signature) const;

    bool operator==(const PublicKey& other) const
    {
        return alg_ == other.alg_ && raw_ == other.raw_;
    }

private:
    friend class PrivateKey;
    PublicKey(SigAlg alg, QByteArray raw, std::shared_ptr<evp_pkey_st> pkey);
    Status checkSignatureForm(QByteArrayView signature) const;
    Status verdict(bool verified) const;

    SigAlg alg_;
    QByteArray raw_;
    std::shared_ptr<evp_pkey_st> pkey_;
};

}  // namespace pp::crypto
