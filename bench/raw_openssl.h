#pragma once

// The raw references our API is measured against: OpenSSL's EVP calls as the best
// hand-written code would make them, with nothing of ours in between.

#include "crypto/sig_alg.h"

#include <QByteArray>

#include <vector>

#include <openssl/evp.h>

namespace pp::bench {

// The raw reference for verification: one EVP_PKEY, one EVP_MD_CTX set up for it once and
// only re-initialised (a null key) before each verification, as `openssl speed` does, and
// the DER form OpenSSL wants prepared in advance.
class RawVerifier
{
public:
    RawVerifier(crypto::SigAlg alg, const QByteArray& pem);
    ~RawVerifier();
    RawVerifier(const RawVerifier&) = delete;
    RawVerifier& operator=(const RawVerifier&) = delete;

    // `sig` in OpenSSL's form (nativeSignature): raw for Ed25519, DER otherwise.
    bool verify(const QByteArray& msg, const QByteArray& sig);

    // A signature as the protocol carries it (r || s for ECDSA and SM2), in OpenSSL's form.
    static QByteArray nativeSignature(crypto::SigAlg alg, const QByteArray& protocolSig);

    // Fails the whole bench run unless `sig` verifies: a reference that rejects its input
    // returns early and would make every ratio against it meaningless.
    void requireValid(const QByteArray& msg, const QByteArray& sig);

private:
    crypto::SigAlg alg_;
    EVP_MD_CTX* ctx_;
    EVP_PKEY* pkey_ = nullptr;
    EVP_MD* md_ = nullptr;
};

// The raw reference for checking a record's inclusion proof: the RFC 9162 leaf hash of
// each of `records` and `steps[i]` interior hashes after it, with the digest `digest`
// ("SHA2-256" or "SM3") through one reused EVP_MD_CTX. Returns the CPU seconds taken.
double rawInclusionSeconds(const char* digest, const std::vector<QByteArray>& records,
                           const std::vector<int>& steps);

}  // namespace pp::bench
