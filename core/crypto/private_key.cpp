#include "crypto/private_key.h"

#include "crypto/ecdsa_signature.h"
#include "crypto/openssl_handles.h"
#include "crypto/signature_context.h"

#include <QCoreApplication>

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <cstring>

namespace pp::crypto {

using namespace detail;

namespace {

// PBKDF2-HMAC-SHA256 iterations for encrypted keys (OWASP's 2023 figure for that PRF).
constexpr int kPbkdf2Iterations = 600000;

struct Passphrase
{
    QByteArrayView bytes;
};

// OpenSSL's passphrase callback. Returning 0 for "no passphrase" matters: the default
// callback would prompt on the terminal, which a GUI or a test cannot answer.
int passphraseCallback(char* buf, int size, int /*rwflag*/, void* u)
{
    const auto* p = static_cast<const Passphrase*>(u);
    if (p == nullptr || p->bytes.isEmpty() || p->bytes.size() > size)
        return 0;
    std::memcpy(buf, p->bytes.data(), static_cast<size_t>(p->bytes.size()));
    return static_cast<int>(p->bytes.size());
}

Error internalError(const char* what)
{
    return Error(ErrorKind::Internal, "crypto.internal",
                 QT_TRANSLATE_NOOP("Error", "OpenSSL failed to %1: %2"),
                 {QString::fromLatin1(what), takeOpenSslErrors()});
}

// PKCS#8 PEM of any key, encrypted when a passphrase is given.
Result<QByteArray> writePem(EVP_PKEY* pkey, QByteArrayView passphrase)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio)
        return internalError("allocate a buffer");
    if (passphrase.isEmpty()) {
        if (PEM_write_bio_PrivateKey(bio.get(), pkey, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
            return internalError("write a PEM key");
        }
    } else {
        // PKCS#8 with PBES2 (nid -1), AES-256-CBC and PBKDF2 at our iteration count; the
        // PEM helpers would use OpenSSL's default of 2048 iterations.
        std::unique_ptr<PKCS8_PRIV_KEY_INFO, decltype(&PKCS8_PRIV_KEY_INFO_free)> info(
            EVP_PKEY2PKCS8(pkey), &PKCS8_PRIV_KEY_INFO_free);
        std::unique_ptr<X509_SIG, decltype(&X509_SIG_free)> encrypted(
            info ? PKCS8_encrypt_ex(-1, EVP_aes_256_cbc(), passphrase.data(),
                                    static_cast<int>(passphrase.size()), nullptr, 0,
                                    kPbkdf2Iterations, info.get(), nullptr, nullptr)
                 : nullptr,
            &X509_SIG_free);
        if (!encrypted || PEM_write_bio_PKCS8(bio.get(), encrypted.get()) != 1)
            return internalError("encrypt a PEM key");
    }
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

}  // namespace

evp_pkey_st* detail::rawKey(const PrivateKey& key)
{
    return key.pkey_.get();
}

PrivateKey::PrivateKey(std::shared_ptr<evp_pkey_st> pkey, PublicKey pub)
    : pkey_(std::move(pkey)), public_(std::move(pub))
{
}

Result<PrivateKey> PrivateKey::fromPkey(const std::shared_ptr<evp_pkey_st>& pkey)
{
    const auto alg = sigAlgOf(pkey.get());
    if (!alg) {
        return Error(ErrorKind::Unsupported, "key.unsupported-alg",
                     QT_TRANSLATE_NOOP("Error", "the key is not Ed25519, P-256 or SM2"));
    }
    const auto raw = rawPublicKey(pkey.get(), *alg);
    if (!raw)
        return internalError("export a public key");
    // The verifying half shares the OpenSSL key: it can verify as well as sign.
    return PrivateKey(pkey, PublicKey(*alg, *raw, pkey));
}

Result<PrivateKey> PrivateKey::generate(SigAlg alg)
{
    EVP_PKEY* pkey = nullptr;
    switch (alg) {
        case SigAlg::Ed25519:
            pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
            break;
        case SigAlg::Es256:
            pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
            break;
        case SigAlg::Sm2:
            pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2");
            break;
    }
    if (pkey == nullptr)
        return internalError("generate a key");
    return fromPkey(std::shared_ptr<evp_pkey_st>(pkey, PkeyFree()));
}

Result<PrivateKey> PrivateKey::fromSeed(SigAlg alg, QByteArrayView seed)
{
    const Digest material = hash(HashAlg::Sha256, seed);
    if (alg == SigAlg::Ed25519) {
        EVP_PKEY* pkey = EVP_PKEY_new_raw_private_key_ex(nullptr, "ED25519", nullptr,
                                                         material.data(), material.size());
        if (pkey == nullptr)
            return internalError("derive an Ed25519 key");
        return fromPkey(std::shared_ptr<evp_pkey_st>(pkey, PkeyFree()));
    }
    // Key generation draws from the library context's private DRBG; TEST-RAND replays the
    // bytes it is given, so the scalar (and any retry) is a function of the seed.
    QByteArray stream;
    for (std::uint32_t counter = 0; stream.size() < 4096; ++counter) {
        Hasher h(HashAlg::Sha256);
        const char c[4] = {static_cast<char>(counter >> 24), static_cast<char>(counter >> 16),
                           static_cast<char>(counter >> 8), static_cast<char>(counter)};
        stream.append(toByteArray(h.update(view(material)).update(QByteArrayView(c, 4)).finish()));
    }
    std::unique_ptr<OSSL_LIB_CTX, decltype(&OSSL_LIB_CTX_free)> libctx(OSSL_LIB_CTX_new(),
                                                                       &OSSL_LIB_CTX_free);
    EVP_RAND_CTX* drbg = nullptr;
    if (libctx && RAND_set_DRBG_type(libctx.get(), "TEST-RAND", nullptr, nullptr, nullptr) == 1)
        drbg = RAND_get0_private(libctx.get());
    OSSL_PARAM params[] = {OSSL_PARAM_construct_octet_string("test_entropy", stream.data(),
                                                             static_cast<size_t>(stream.size())),
                           OSSL_PARAM_construct_end()};
    if (drbg == nullptr || EVP_RAND_CTX_set_params(drbg, params) != 1)
        return internalError("seed a key generator");
    PkeyPtr seeded(alg == SigAlg::Es256 ? EVP_PKEY_Q_keygen(libctx.get(), nullptr, "EC", "P-256")
                                        : EVP_PKEY_Q_keygen(libctx.get(), nullptr, "SM2"));
    if (!seeded)
        return internalError("generate a seeded key");
    // Move the key out of the temporary context through its PKCS#8 encoding.
    auto pem = writePem(seeded.get(), {});
    if (!pem)
        return std::move(pem).error();
    return fromPem(*pem);
}

Result<PrivateKey> PrivateKey::fromPem(QByteArrayView pem, QByteArrayView passphrase)
{
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    Passphrase p{passphrase};
    EVP_PKEY* pkey =
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &p) : nullptr;
    if (pkey == nullptr) {
        const QString detail = takeOpenSslErrors();
        const bool encrypted = pem.toByteArray().contains("ENCRYPTED");
        if (encrypted && passphrase.isEmpty()) {
            return Error(
                ErrorKind::Invalid, "key.passphrase-needed",
                QT_TRANSLATE_NOOP("Error", "the private key is encrypted: a passphrase is needed"));
        }
        if (encrypted) {
            return Error(
                ErrorKind::Invalid, "key.wrong-passphrase",
                QT_TRANSLATE_NOOP("Error", "wrong passphrase, or the encrypted key is damaged"));
        }
        return Error(ErrorKind::Malformed, "key.malformed",
                     QT_TRANSLATE_NOOP("Error", "not a PEM private key (%1)"), {detail});
    }
    return fromPkey(std::shared_ptr<evp_pkey_st>(pkey, PkeyFree()));
}

Result<QByteArray> PrivateKey::toPem(QByteArrayView passphrase) const
{
    return writePem(pkey_.get(), passphrase);
}

Result<QByteArray> PrivateKey::sign(QByteArrayView message) const
{
    MdCtxPtr mctx(EVP_MD_CTX_new());
    if (!mctx || !initSignatureContext(mctx.get(), alg(), pkey_.get(), Operation::Sign))
        return internalError("start signing");
    size_t len = 0;
    const auto* msg = reinterpret_cast<const unsigned char*>(message.data());
    const auto msgLen = static_cast<size_t>(message.size());
    if (EVP_DigestSign(mctx.get(), nullptr, &len, msg, msgLen) != 1)
        return internalError("size a signature");
    QByteArray sig(static_cast<qsizetype>(len), Qt::Uninitialized);
    if (EVP_DigestSign(mctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len, msg,
                       msgLen) != 1) {
        return internalError("sign");
    }
    sig.truncate(static_cast<qsizetype>(len));
    if (alg() == SigAlg::Ed25519)
        return sig;
    auto raw = derSignatureToRaw(sig);
    if (!raw)
        return internalError("convert a DER signature");
    if (alg() == SigAlg::Es256)
        normalizeLowS(*raw);
    return *raw;
}

}  // namespace pp::crypto
