#pragma once

#include "chain/header.h"
#include "chain/validator_set.h"
#include "common/result.h"
#include "crypto/hash.h"
#include "crypto/public_key.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace pp::chain {

struct Registrar
{
    QString name;
    crypto::PublicKey key;
};

// The genesis document (spec §4), the chain's trust anchor: chain_id = H(its bytes).
class Genesis
{
public:
    static constexpr const char* kProtocol = "powerproof/1";

    struct Fields
    {
        QString name;
        crypto::HashAlg hash;
        std::uint64_t timeMs;
        ValidatorSet validators;
        std::vector<Registrar> registrars;
        std::uint64_t blockIntervalMs;
    };

    // Checks the registrars' algorithms against the profile and encodes the document.
    static Result<Genesis> create(Fields fields);
    // Strict: deterministic CBOR, exactly keys 1-7, protocol "powerproof/1", a known
    // hash, a valid validator set, registrars as [name, key] allowed by the profile.
    static Result<Genesis> decode(QByteArrayView bytes);

    const Fields& fields() const { return fields_; }
    crypto::HashAlg hashAlg() const { return fields_.hash; }
    const ValidatorSet& validators() const { return fields_.validators; }
    const std::vector<Registrar>& registrars() const { return fields_.registrars; }
    const QByteArray& encoded() const { return encoded_; }
    const Digest& chainId() const { return chainId_; }

    // Block 0, derived from the document alone (spec §6).
    Header blockZero() const;

private:
    explicit Genesis(Fields fields) : fields_(std::move(fields)) {}

    Fields fields_;
    QByteArray encoded_;
    Digest chainId_{};
};

}  // namespace pp::chain
