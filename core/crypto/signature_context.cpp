#include "crypto/signature_context.h"

#include "crypto/openssl_handles.h"

#include <openssl/core_names.h>

#include <cstring>

namespace pp::crypto::detail {

bool initSignatureContext(EVP_MD_CTX* mctx, SigAlg alg, EVP_PKEY* pkey, Operation op)
{
    const EVP_MD* md = nullptr;
    if (alg == SigAlg::Es256)
        md = sha256Md();
    else if (alg == SigAlg::Sm2)
        md = sm3Md();
    EVP_PKEY_CTX* pctx = nullptr;  // owned by mctx
    const int rc = op == Operation::Sign ? EVP_DigestSignInit(mctx, &pctx, md, nullptr, pkey)
                                         : EVP_DigestVerifyInit(mctx, &pctx, md, nullptr, pkey);
    if (rc != 1 || pctx == nullptr)
        return false;
    if (alg == SigAlg::Sm2) {
        // Must be set before any data: Z = SM3(ENTL || ID || curve || key) is computed on
        // the first update.
        return EVP_PKEY_CTX_set1_id(pctx, kSm2DistinguishingId, sizeof kSm2DistinguishingId - 1) ==
               1;
    }
    return true;
}

std::optional<SigAlg> sigAlgOf(const EVP_PKEY* pkey)
{
    if (EVP_PKEY_is_a(pkey, "ED25519"))
        return SigAlg::Ed25519;
    if (EVP_PKEY_is_a(pkey, "SM2"))
        return SigAlg::Sm2;
    if (EVP_PKEY_is_a(pkey, "EC")) {
        char group[64] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                           &len) != 1) {
            return std::nullopt;
        }
        if (std::strcmp(group, "prime256v1") == 0 || std::strcmp(group, "P-256") == 0)
            return SigAlg::Es256;
        if (std::strcmp(group, "SM2") == 0)
            return SigAlg::Sm2;
    }
    return std::nullopt;
}

std::optional<QByteArray> rawPublicKey(const EVP_PKEY* pkey, SigAlg alg)
{
    QByteArray out(publicKeySize(alg), Qt::Uninitialized);
    auto* buf = reinterpret_cast<unsigned char*>(out.data());
    size_t len = static_cast<size_t>(out.size());
    if (alg == SigAlg::Ed25519) {
        if (EVP_PKEY_get_raw_public_key(pkey, buf, &len) != 1 || len != 32)
            return std::nullopt;
        return out;
    }
    if (EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, buf, len, &len) !=
            1 ||
        len != 65 || buf[0] != 0x04) {
        return std::nullopt;
    }
    return out;
}

}  // namespace pp::crypto::detail
