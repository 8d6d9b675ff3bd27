#pragma once

#include "cbor/value.h"
#include "common/result.h"
#include "crypto/public_key.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace pp::chain {

struct Validator
{
    QString name;
    crypto::PublicKey key;
    std::uint64_t power;
};

// A validator set (spec §5): the CBOR array of [name, key, power]; a validator's index is
// its position. Powers are at least 1 and total less than 2^62, so 3 × power never
// overflows 64 bits.
class ValidatorSet
{
public:
    static constexpr std::uint64_t kMaxTotalPower = std::uint64_t{1} << 62;

    // Checks every rule above, and that each key's algorithm is allowed by the chain's
    // profile (`chainHash`).
    static Result<ValidatorSet> fromCbor(const cbor::Value& value, crypto::HashAlg chainHash);
    static Result<ValidatorSet> decode(QByteArrayView bytes, crypto::HashAlg chainHash);
    static Result<ValidatorSet> create(std::vector<Validator> validators,
                                       crypto::HashAlg chainHash);

    const std::vector<Validator>& validators() const { return validators_; }
    std::size_t size() const { return validators_.size(); }
    const Validator& at(std::size_t i) const { return validators_[i]; }
    std::uint64_t totalPower() const { return total_; }

    cbor::Value toCbor() const;
    const QByteArray& encoded() const { return encoded_; }
    // validators_hash = H(CBOR bytes of the set).
    const Digest& hash() const { return hash_; }

private:
    ValidatorSet() = default;

    std::vector<Validator> validators_;
    std::uint64_t total_ = 0;
    QByteArray encoded_;
    Digest hash_{};
};

}  // namespace pp::chain
