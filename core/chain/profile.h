#pragma once

#include "crypto/hash.h"
#include "crypto/sig_alg.h"

namespace pp::chain {

// The chain's profile (spec §1) follows from its hash: SHA-256 is `intl`, SM3 is `gm`.
// It fixes which key algorithms the chain may use.
inline bool profileAllows(crypto::HashAlg chainHash, crypto::SigAlg alg)
{
    return chainHash == crypto::HashAlg::Sm3 || alg != crypto::SigAlg::Sm2;
}

inline const char* profileName(crypto::HashAlg chainHash)
{
    return chainHash == crypto::HashAlg::Sm3 ? "gm" : "intl";
}

}  // namespace pp::chain
