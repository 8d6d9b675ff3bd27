#pragma once

// Owning handles for OpenSSL objects and the text of OpenSSL's error queue. Internal to
// core/crypto: nothing outside this folder includes OpenSSL headers.

#include <QString>

#include <openssl/bio.h>
#include <openssl/evp.h>

#include <memory>

namespace pp::crypto::detail {

struct PkeyFree
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
};
struct BioFree
{
    void operator()(BIO* p) const { BIO_free(p); }
};

using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using BioPtr = std::unique_ptr<BIO, BioFree>;

// Drains OpenSSL's thread error queue into one line (empty when there was nothing), so a
// failure is reported once and never leaks into the next operation's diagnosis.
QString takeOpenSslErrors();

// The SM2 distinguishing ID the protocol fixes (GM/T 0009 default). OpenSSL's own default
// is empty, so it is always set explicitly.
inline constexpr char kSm2DistinguishingId[] = "1234567812345678";

// The digests our signature algorithms hash with, fetched once.
const EVP_MD* sha256Md();
const EVP_MD* sm3Md();

}  // namespace pp::crypto::detail
