#include "crypto/frame_signature.h"

#include "crypto/openssl_handles.h"
#include "crypto/signature_context.h"

#include <openssl/x509.h>

namespace pp::crypto {

using namespace detail;

namespace {

constexpr int kMinRsaBits = 2048;

Error frameError(ErrorKind kind, const char* code, const char* text, QStringList args = {})
{
    return Error(kind, code, text, std::move(args))
        .within(QT_TRANSLATE_NOOP("Error", "terminal signature"));
}

// An integer of r or s as 32 big-endian bytes, or nullopt when it does not fit.
std::optional<QByteArray> fixed32(QByteArrayView v)
{
    while (!v.isEmpty() && v.front() == '\0')
        v = v.sliced(1);
    if (v.size() > 32)
        return std::nullopt;
    return QByteArray(32 - v.size(), '\0') + v.toByteArray();
}

}  // namespace

Result<FrameKey> FrameKey::fromDer(QByteArrayView spki)
{
    const auto* p = reinterpret_cast<const unsigned char*>(spki.data());
    PkeyPtr pkey(d2i_PUBKEY(nullptr, &p, static_cast<long>(spki.size())));
    const bool whole =
        pkey && p == reinterpret_cast<const unsigned char*>(spki.data()) + spki.size();
    if (!whole) {
        takeOpenSslErrors();
        return frameError(
            ErrorKind::Malformed, "frame-key.der",
            QT_TRANSLATE_NOOP("Error", "the frame key is not a SubjectPublicKeyInfo (DER)"));
    }
    if (detail::sigAlgOf(pkey.get()) == SigAlg::Sm2) {
        const auto raw = detail::rawPublicKey(pkey.get(), SigAlg::Sm2);
        auto key =
            raw ? PublicKey::fromRaw(SigAlg::Sm2, *raw)
                : Result<PublicKey>(frameError(ErrorKind::Malformed, "frame-key.sm2",
                                               QT_TRANSLATE_NOOP("Error", "unreadable SM2 point")));
        if (!key)
            return std::move(key).error();
        return FrameKey(nullptr, std::move(*key));
    }
    if (EVP_PKEY_is_a(pkey.get(), "RSA")) {
        if (EVP_PKEY_get_bits(pkey.get()) < kMinRsaBits)
            return frameError(
                ErrorKind::Unsupported, "frame-key.rsa-bits",
                QT_TRANSLATE_NOOP("Error",
                                  "an RSA frame key of %1 bits: at "
                                  "least %2 are needed"),
                {QString::number(EVP_PKEY_get_bits(pkey.get())), QString::number(kMinRsaBits)});
        return FrameKey(std::shared_ptr<evp_pkey_st>(pkey.release(), EVP_PKEY_free), std::nullopt);
    }
    return frameError(ErrorKind::Unsupported, "frame-key.alg",
                      QT_TRANSLATE_NOOP("Error", "a frame key must be SM2 or RSA"));
}

Status FrameKey::verify(std::uint8_t algorithm, QByteArrayView r, QByteArrayView s,
                        QByteArrayView message) const
{
    const std::uint8_t keyAlgorithm = sm2_ ? FrameSm2 : FrameRsa;
    if (algorithm == FrameEcc)
        return frameError(ErrorKind::Unsupported, "frame-sig.ecc",
                          QT_TRANSLATE_NOOP("Error",
                                            "an ECC signature: the 2025 edition names no curve "
                                            "or hash for it"));
    if (algorithm != keyAlgorithm)
        return frameError(
            ErrorKind::Invalid, "frame-sig.alg",
            QT_TRANSLATE_NOOP("Error",
                              "signed with algorithm %1, but the registered "
                              "frame key is %2"),
            {QString::number(algorithm), sm2_ ? QStringLiteral("SM2") : QStringLiteral("RSA")});
    if (sm2_) {
        const auto rr = fixed32(r), ss = fixed32(s);
        if (!rr || !ss)
            return frameError(ErrorKind::Invalid, "frame-sig.sm2-size",
                              QT_TRANSLATE_NOOP("Error", "r or s is longer than 32 bytes"));
        if (auto st = sm2_->verify(message, QByteArray(*rr + *ss)); !st)
            return std::move(st).error().within(QT_TRANSLATE_NOOP("Error", "terminal signature"));
        return okStatus();
    }
    MdCtxPtr mctx(EVP_MD_CTX_new());
    const bool ok =
        mctx && s.isEmpty() &&
        EVP_DigestVerifyInit(mctx.get(), nullptr, sha256Md(), nullptr, pkey_.get()) == 1 &&
        EVP_DigestVerify(mctx.get(), reinterpret_cast<const unsigned char*>(r.data()),
                         static_cast<size_t>(r.size()),
                         reinterpret_cast<const unsigned char*>(message.data()),
                         static_cast<size_t>(message.size())) == 1;
    if (!ok) {
        takeOpenSslErrors();
        return frameError(ErrorKind::Invalid, "frame-sig.rsa",
                          QT_TRANSLATE_NOOP("Error",
                                            "the RSA signature does not verify with the "
                                            "registered frame key"));
    }
    return okStatus();
}

}  // namespace pp::crypto
