#pragma once

#include "common/bytes.h"
#include "crypto/hash.h"

#include <QByteArrayView>

namespace pp::merkle {

// RFC 9162 §2.1.1 hashing with the chain's H: domain-separated leaves and interior nodes.
class TreeHasher
{
public:
    explicit TreeHasher(crypto::HashAlg alg);

    crypto::HashAlg alg() const { return alg_; }
    const Digest& emptyRoot() const { return empty_; }               // H("")
    Digest leafHash(QByteArrayView leaf) const;                      // H(0x00 || d)
    Digest nodeHash(const Digest& left, const Digest& right) const;  // H(0x01 || l || r)

private:
    crypto::HashAlg alg_;
    Digest empty_;
};

}  // namespace pp::merkle
