#include "raw_openssl.h"

#include "crypto/ecdsa_signature.h"
#include "harness.h"

#include <QtGlobal>

#include <openssl/pem.h>

#include <array>

namespace pp::bench {

RawVerifier::RawVerifier(crypto::SigAlg alg, const QByteArray& pem)
    : alg_(alg), ctx_(EVP_MD_CTX_new())
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    pkey_ = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (alg == crypto::SigAlg::Es256)
        md_ = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
    if (alg == crypto::SigAlg::Sm2)
        md_ = EVP_MD_fetch(nullptr, "SM3", nullptr);
    if (EVP_DigestVerifyInit(ctx_, nullptr, md_, nullptr, pkey_) != 1)
        qFatal("EVP_DigestVerifyInit failed for the raw reference");
}

RawVerifier::~RawVerifier()
{
    EVP_MD_CTX_free(ctx_);
    EVP_PKEY_free(pkey_);
    EVP_MD_free(md_);
}

bool RawVerifier::verify(const QByteArray& msg, const QByteArray& sig)
{
    EVP_PKEY_CTX* pctx = nullptr;
    if (EVP_DigestVerifyInit(ctx_, &pctx, md_, nullptr, nullptr) != 1)
        return false;
    if (alg_ == crypto::SigAlg::Sm2)
        EVP_PKEY_CTX_set1_id(pctx, "1234567812345678", 16);
    return EVP_DigestVerify(ctx_, reinterpret_cast<const unsigned char*>(sig.constData()),
                            static_cast<size_t>(sig.size()),
                            reinterpret_cast<const unsigned char*>(msg.constData()),
                            static_cast<size_t>(msg.size())) == 1;
}

QByteArray RawVerifier::nativeSignature(crypto::SigAlg alg, const QByteArray& protocolSig)
{
    return alg == crypto::SigAlg::Ed25519 ? protocolSig : crypto::rawSignatureToDer(protocolSig);
}

void RawVerifier::requireValid(const QByteArray& msg, const QByteArray& sig)
{
    if (!verify(msg, sig))
        qFatal("the raw %s reference rejects a good signature",
               qPrintable(crypto::sigAlgName(alg_)));
}

double rawInclusionSeconds(const char* digest, const std::vector<QByteArray>& records,
                           const std::vector<int>& steps)
{
    EVP_MD* md = EVP_MD_fetch(nullptr, digest, nullptr);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    std::array<unsigned char, 65> node{};  // 0x01 || left || right
    node[0] = 0x01;
    const unsigned char leafPrefix = 0x00;
    const double start = cpuSeconds();
    for (std::size_t i = 0; i < records.size(); ++i) {
        EVP_DigestInit_ex2(ctx, md, nullptr);
        EVP_DigestUpdate(ctx, &leafPrefix, 1);
        EVP_DigestUpdate(ctx, records[i].constData(), static_cast<size_t>(records[i].size()));
        EVP_DigestFinal_ex(ctx, node.data() + 1, nullptr);
        for (int s = 0; s < steps[i]; ++s) {
            EVP_DigestInit_ex2(ctx, md, nullptr);
            EVP_DigestUpdate(ctx, node.data(), node.size());
            EVP_DigestFinal_ex(ctx, node.data() + 1, nullptr);
        }
    }
    const double seconds = cpuSeconds() - start;
    EVP_MD_CTX_free(ctx);
    EVP_MD_free(md);
    return seconds;
}

}  // namespace pp::bench
