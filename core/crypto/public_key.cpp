#include "crypto/public_key.h"

#include "cbor/writer.h"
#include "crypto/ecdsa_signature.h"
#include "crypto/openssl_handles.h"
#include "crypto/signature_context.h"

#include <QCoreApplication>

#include <array>

#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace pp::crypto {

using namespace detail;

namespace {

Error malformedKey(const char* text, QStringList args = {})
{
    return Error(ErrorKind::Malformed, "key.malformed", text, std::move(args));
}

Error badSignature(const char* code, const char* text, QStringList args = {})
{
    return Error(ErrorKind::Invalid, code, text, std::move(args));
}

// A verification context for `pkey`, ready for one EVP_DigestVerify. Preparing a context
// for a key it was prepared for before skips OpenSSL's algorithm fetch and context
// allocation, about 2 µs of a 62 µs Ed25519 verification. So each thread keeps the contexts
// of the last kContexts keys it verified with: a light node verifies one device's records
// after another, and a node admits batches that interleave a few dozen devices. Each slot
// holds its key, so the key's address cannot be reused by another key while the context
// points at it.
constexpr std::size_t kContexts = 64;

struct ContextSlot
{
    std::shared_ptr<evp_pkey_st> key;
    MdCtxPtr ctx;
};

struct ContextCache
{
    std::array<ContextSlot, kContexts> entries;
    std::size_t next = 0;  // the slot a new key takes, round robin
};

EVP_MD_CTX* verifyContext(SigAlg alg, const std::shared_ptr<evp_pkey_st>& pkey)
{
    thread_local ContextCache cache;
    for (ContextSlot& slot : cache.entries) {
        if (slot.key == pkey && slot.ctx &&
            initSignatureContext(slot.ctx.get(), alg, nullptr, Operation::Verify))
            return slot.ctx.get();
    }
    ContextSlot& slot = cache.entries[cache.next];
    cache.next = (cache.next + 1) % kContexts;
    slot = {pkey, MdCtxPtr(EVP_MD_CTX_new())};
    if (slot.ctx && initSignatureContext(slot.ctx.get(), alg, pkey.get(), Operation::Verify))
        return slot.ctx.get();
    slot = {};
    return nullptr;
}

// An EC public key of `groupName` from its uncompressed point. OpenSSL decodes the point
// and refuses one that is not on the curve.
PkeyPtr ecPublicKeyFromPoint(const char* keyType, const char* groupName, QByteArrayView point)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, keyType, nullptr));
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1)
        return nullptr;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, const_cast<char*>(groupName),
                                         0),
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, const_cast<char*>(point.data()),
                                          static_cast<size_t>(point.size())),
        OSSL_PARAM_construct_end()};
    EVP_PKEY* pkey = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &pkey, EVP_PKEY_PUBLIC_KEY, params) != 1)
        return nullptr;
    PkeyPtr owned(pkey);
    // Full check (on the curve, not the point at infinity, in the prime-order subgroup),
    // done once per key rather than trusted to each verification.
    PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1)
        return nullptr;
    return owned;
}

}  // namespace

PublicKey::PublicKey(SigAlg alg, QByteArray raw, std::shared_ptr<evp_pkey_st> pkey)
    : alg_(alg), raw_(std::move(raw)), pkey_(std::move(pkey))
{
}

Result<PublicKey> PublicKey::fromRaw(SigAlg alg, QByteArrayView pub)
{
    if (pub.size() != publicKeySize(alg)) {
        return malformedKey(
            QT_TRANSLATE_NOOP("Error", "%1 public key must be %2 bytes, not %3"),
            {sigAlgName(alg), QString::number(publicKeySize(alg)), QString::number(pub.size())});
    }
    PkeyPtr pkey;
    if (alg == SigAlg::Ed25519) {
        pkey.reset(EVP_PKEY_new_raw_public_key_ex(
            nullptr, "ED25519", nullptr, reinterpret_cast<const unsigned char*>(pub.data()),
            static_cast<size_t>(pub.size())));
    } else if (static_cast<unsigned char>(pub[0]) == 0x04) {
        pkey = alg == SigAlg::Es256 ? ecPublicKeyFromPoint("EC", "prime256v1", pub)
                                    : ecPublicKeyFromPoint("SM2", "SM2", pub);
    }
    if (!pkey) {
        takeOpenSslErrors();
        return malformedKey(QT_TRANSLATE_NOOP("Error", "not a valid %1 public key"),
                            {sigAlgName(alg)});
    }
    return PublicKey(alg, pub.toByteArray(),
                     std::shared_ptr<evp_pkey_st>(pkey.release(), PkeyFree()));
}

Result<PublicKey> PublicKey::fromCbor(const cbor::Value& key)
{
    if (!key.isArray() || key.size() != 2 || !key.at(0).isInteger() || !key.at(1).isBytes()) {
        return malformedKey(QT_TRANSLATE_NOOP("Error", "a key must be the CBOR array [alg, pub]"));
    }
    const auto id = key.at(0).toInt64();
    const auto alg = id ? sigAlgFromCoseId(*id) : std::nullopt;
    if (!alg) {
        return Error(ErrorKind::Unsupported, "key.unsupported-alg",
                     QT_TRANSLATE_NOOP("Error", "unsupported key algorithm %1"),
                     {id ? QString::number(*id) : QStringLiteral("?")});
    }
    return fromRaw(*alg, key.at(1).byteString());
}

Result<PublicKey> PublicKey::fromPem(QByteArrayView pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    PkeyPtr pkey(
        bio ? PEM_read_bio_PUBKEY_ex(bio.get(), nullptr, nullptr, nullptr, nullptr, nullptr)
            : nullptr);
    const auto alg = pkey ? sigAlgOf(pkey.get()) : std::nullopt;
    const auto raw = alg ? rawPublicKey(pkey.get(), *alg) : std::nullopt;
    if (!raw) {
        takeOpenSslErrors();
        return malformedKey(
            QT_TRANSLATE_NOOP("Error", "not a PEM public key of Ed25519, P-256 or SM2"));
    }
    // Through fromRaw, so every key passes the same validation whatever its source.
    return fromRaw(*alg, *raw);
}

cbor::Value PublicKey::toCbor() const
{
    return cbor::Value::array({cbor::Value::integer(coseId(alg_)), cbor::Value::bytes(raw_)});
}

QByteArray PublicKey::spkiDer() const
{
    unsigned char* buf = nullptr;
    const int n = i2d_PUBKEY(pkey_.get(), &buf);
    if (n <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char*>(buf), n);
    OPENSSL_free(buf);
    return out;
}

QByteArray PublicKey::cborBytes() const
{
    cbor::Writer w;
    w.beginArray(2);
    w.integer(coseId(alg_));
    w.bytes(raw_);
    return std::move(w).data();
}

QByteArray PublicKey::keyId(HashAlg h) const
{
    return toByteArray(hash(h, cborBytes())).left(16);
}

Status PublicKey::checkSignatureForm(QByteArrayView signature) const
{
    if (signature.size() != kSignatureSize) {
        return badSignature("sig.length",
                            QT_TRANSLATE_NOOP("Error", "signature must be 64 bytes, not %1"),
                            {QString::number(signature.size())});
    }
    if (alg_ == SigAlg::Es256 && isHighS(signature)) {
        return badSignature(
            "sig.high-s",
            QT_TRANSLATE_NOOP("Error", "ECDSA signature has s > n/2 (the low-S rule forbids it)"));
    }
    return okStatus();
}

Status PublicKey::verdict(bool verified) const
{
    if (verified)
        return okStatus();
    takeOpenSslErrors();  // a failed verification leaves entries that are not news
    return badSignature("sig.invalid", QT_TRANSLATE_NOOP("Error", "%1 signature does not verify"),
                        {sigAlgName(alg_)});
}

Status PublicKey::verify(QByteArrayView message, QByteArrayView signature) const
{
    if (auto st = checkSignatureForm(signature); !st)
        return st;
    const QByteArray der = alg_ == SigAlg::Ed25519 ? QByteArray() : rawSignatureToDer(signature);
    const QByteArrayView sig = alg_ == SigAlg::Ed25519 ? signature : QByteArrayView(der);
    EVP_MD_CTX* mctx = verifyContext(alg_, pkey_);
    const bool ok = mctx != nullptr &&
                    EVP_DigestVerify(mctx, reinterpret_cast<const unsigned char*>(sig.data()),
                                     static_cast<size_t>(sig.size()),
                                     reinterpret_cast<const unsigned char*>(message.data()),
                                     static_cast<size_t>(message.size())) == 1;
    return verdict(ok);
}

Status PublicKey::verifyDigest(QByteArrayView digest, QByteArrayView signature) const
{
    if (alg_ == SigAlg::Ed25519) {
        return Error(ErrorKind::Unsupported, "sig.no-prehash",
                     QT_TRANSLATE_NOOP("Error", "Ed25519 signs messages, not digests"));
    }
    // Both ES256 and SM2-with-SM3 sign a 32-byte digest; OpenSSL would also take other
    // lengths, which are not the protocol's algorithms.
    if (digest.size() != 32) {
        return badSignature("sig.digest-length",
                            QT_TRANSLATE_NOOP("Error", "%1 signs a 32-byte digest, not %2 bytes"),
                            {sigAlgName(alg_), QString::number(digest.size())});
    }
    if (auto st = checkSignatureForm(signature); !st)
        return st;
    const QByteArray der = rawSignatureToDer(signature);
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey_.get(), nullptr));
    const bool ok = ctx && EVP_PKEY_verify_init(ctx.get()) == 1 &&
                    EVP_PKEY_verify(ctx.get(), reinterpret_cast<const unsigned char*>(der.data()),
                                    static_cast<size_t>(der.size()),
                                    reinterpret_cast<const unsigned char*>(digest.data()),
                                    static_cast<size_t>(digest.size())) == 1;
    return verdict(ok);
}

}  // namespace pp::crypto
