#include "merkle/tree_hasher.h"

#include <cstring>

namespace pp::merkle {

TreeHasher::TreeHasher(crypto::HashAlg alg) : alg_(alg), empty_(crypto::hash(alg, {})) {}

Digest TreeHasher::leafHash(QByteArrayView leaf) const
{
    // Short leaves (header hashes) go through one buffer; long ones (records) stream.
    if (leaf.size() <= 64) {
        char buf[65];
        buf[0] = 0x00;
        std::memcpy(buf + 1, leaf.data(), static_cast<size_t>(leaf.size()));
        return crypto::hash(alg_, QByteArrayView(buf, leaf.size() + 1));
    }
    crypto::Hasher h(alg_);
    const char prefix = 0x00;
    return h.update(QByteArrayView(&prefix, 1)).update(leaf).finish();
}

Digest TreeHasher::nodeHash(const Digest& left, const Digest& right) const
{
    char buf[65];
    buf[0] = 0x01;
    std::memcpy(buf + 1, left.data(), 32);
    std::memcpy(buf + 33, right.data(), 32);
    return crypto::hash(alg_, QByteArrayView(buf, sizeof buf));
}

}  // namespace pp::merkle
