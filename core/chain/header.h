#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "crypto/hash.h"

#include <QByteArray>

#include <cstdint>

namespace pp::chain {

// A block header: exactly 214 bytes, fixed layout, big-endian (spec §6).
struct Header
{
    static constexpr qsizetype kSize = 214;
    static constexpr std::uint16_t kVersion = 1;

    std::uint16_t version = kVersion;
    Digest chainId{};
    std::uint64_t height = 0;
    std::uint64_t timeMs = 0;
    Digest prevHash{};
    Digest historyRoot{};
    Digest recordsRoot{};
    std::uint32_t recordCount = 0;
    Digest validatorsHash{};
    Digest nextValidatorsHash{};

    QByteArray encode() const;
    // Exactly 214 bytes of version 1; anything else is an error naming what is wrong.
    static Result<Header> decode(QByteArrayView bytes);
    // header_hash = H(the 214 bytes).
    Digest hash(crypto::HashAlg alg) const { return crypto::hash(alg, encode()); }

    bool operator==(const Header&) const = default;
};

// The checks of spec §6 and §9.4 between consecutive headers, by hash link: height,
// chain_id, prev_hash, strictly increasing time, validators_hash = the previous
// next_validators_hash. `prevHash` is header_hash(prev), computed by the caller once.
Status checkLink(const Header& prev, const Digest& prevHash, const Header& next);

}  // namespace pp::chain
