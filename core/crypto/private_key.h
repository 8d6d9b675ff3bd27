#pragma once

#include "common/result.h"
#include "crypto/public_key.h"
#include "crypto/sig_alg.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_pkey_st;

namespace pp::crypto {

class PrivateKey;
namespace detail {
// The OpenSSL key behind a PrivateKey, for core/crypto's own X.509 and time-stamping code.
evp_pkey_st* rawKey(const PrivateKey& key);
}  // namespace detail

// A signing key. On disk it is PKCS#8 PEM, optionally encrypted with a passphrase
// (PBES2: PBKDF2-HMAC-SHA256 and AES-256-CBC).
class PrivateKey
{
public:
    static Result<PrivateKey> generate(SigAlg alg);
    // The same key for the same seed: for reproducible test and demo networks only (a
    // devnet's validators and registrars), never for keys that protect anything. Ed25519
    // uses the 32-byte hash of the seed as its private key; P-256 and SM2 run OpenSSL's
    // own key generation on a private library context whose random source is a stream
    // expanded from the seed.
    static Result<PrivateKey> fromSeed(SigAlg alg, QByteArrayView seed);
    // `passphrase` is needed only for an encrypted PEM; a wrong one is an error.
    static Result<PrivateKey> fromPem(QByteArrayView pem, QByteArrayView passphrase = {});

    // Unencrypted when `passphrase` is empty.
    Result<QByteArray> toPem(QByteArrayView passphrase = {}) const;

    SigAlg alg() const { return public_.alg(); }
    const PublicKey& publicKey() const { return public_; }

    // A 64-byte signature in the protocol's form (ES256 always low-S).
    Result<QByteArray> sign(QByteArrayView message) const;

private:
    friend evp_pkey_st* detail::rawKey(const PrivateKey& key);
    PrivateKey(std::shared_ptr<evp_pkey_st> pkey, PublicKey pub);
    static Result<PrivateKey> fromPkey(const std::shared_ptr<evp_pkey_st>& pkey);

    std::shared_ptr<evp_pkey_st> pkey_;
    PublicKey public_;
};

}  // namespace pp::crypto
