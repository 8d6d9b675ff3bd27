#pragma once

#include "common/result.h"
#include "crypto/public_key.h"

#include <QByteArrayView>

#include <cstdint>
#include <memory>
#include <optional>

struct evp_pkey_st;

namespace pp::crypto {

// The algorithms a GB/T 32960.3-2025 signature unit names, by its numbers.
enum FrameAlgorithm : std::uint8_t { FrameSm2 = 1, FrameRsa = 2, FrameEcc = 3 };

// A vehicle terminal's own key for the signatures GB/T 32960.3-2025 packets end with,
// from the SubjectPublicKeyInfo DER a vehicle's registration carries (meta "frame_key",
// docs/protocol.md): SM2, or RSA of at least 2048 bits.
class FrameKey
{
public:
    static Result<FrameKey> fromDer(QByteArrayView spki);

    // Verifies a packet signature as the 2025 edition's signature unit carries it, over
    // `message` (the data unit before the signature):
    // - algorithm 1, SM2: SM3 with the distinguishing ID "1234567812345678"; r and s
    //   big-endian integers of at most 32 significant bytes;
    // - algorithm 2, RSA: RSASSA-PKCS1-v1_5 with SHA-256, the signature in r, s empty;
    // - algorithm 3, ECC: the edition names no curve or hash, so it is Unsupported.
    // A signature of another algorithm than the key's is Invalid.
    Status verify(std::uint8_t algorithm, QByteArrayView r, QByteArrayView s,
                  QByteArrayView message) const;

private:
    explicit FrameKey(std::shared_ptr<evp_pkey_st> pkey, std::optional<PublicKey> sm2)
        : pkey_(std::move(pkey)), sm2_(std::move(sm2))
    {
    }
    std::shared_ptr<evp_pkey_st> pkey_;  // RSA
    std::optional<PublicKey> sm2_;
};

}  // namespace pp::crypto
