#pragma once

// Internal to core/crypto: the one place that knows how each algorithm is set up in
// OpenSSL, shared by signing and verifying so the two cannot drift apart.

#include "crypto/sig_alg.h"

#include <QByteArray>

#include <openssl/evp.h>

#include <optional>

namespace pp::crypto::detail {

enum class Operation { Sign, Verify };

// Prepares `mctx` for one EVP_DigestSign / EVP_DigestVerify: no prehash for Ed25519,
// SHA-256 for ES256, SM3 with the distinguishing ID for SM2. A null `pkey` prepares a context
// that was set up before for the same key and operation again: OpenSSL then keeps its key
// context rather than fetching the algorithm and allocating anew.
bool initSignatureContext(EVP_MD_CTX* mctx, SigAlg alg, EVP_PKEY* pkey, Operation op);

// Which of our algorithms an OpenSSL key is, if any (P-256 only among EC curves).
std::optional<SigAlg> sigAlgOf(const EVP_PKEY* pkey);

// The raw public key as the protocol carries it (spec §1).
std::optional<QByteArray> rawPublicKey(const EVP_PKEY* pkey, SigAlg alg);

}  // namespace pp::crypto::detail
