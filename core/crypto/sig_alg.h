#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace pp::crypto {

// Signature algorithms by their COSE identifiers (spec §1).
enum class SigAlg : std::int32_t {
    Ed25519 = -8,
    Es256 = -7,    // ECDSA P-256 with SHA-256, raw r||s, low-S
    Sm2 = -65600,  // SM2 with SM3, distinguishing ID "1234567812345678", raw r||s
};

std::optional<SigAlg> sigAlgFromCoseId(std::int64_t id);
constexpr std::int64_t coseId(SigAlg alg)
{
    return static_cast<std::int64_t>(alg);
}
QString sigAlgName(SigAlg alg);  // "ed25519", "p256", "sm2": the CLI's spelling
std::optional<SigAlg> sigAlgFromName(QStringView name);
qsizetype publicKeySize(SigAlg alg);      // 32 for Ed25519, 65 (uncompressed point) otherwise
constexpr qsizetype kSignatureSize = 64;  // every algorithm's signature is 64 bytes

}  // namespace pp::crypto
