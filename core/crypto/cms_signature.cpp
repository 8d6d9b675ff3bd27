#include "crypto/cms_signature.h"

#include "crypto/x509_handles.h"

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <ctime>

namespace pp::crypto {

namespace {

using detail::BioPtr;
using detail::PkeyPtr;
using detail::takeOpenSslErrors;

using detail::certificates;
using detail::CertStackPtr;
using detail::X509Ptr;

struct StoreFree
{
    void operator()(X509_STORE* p) const { X509_STORE_free(p); }
};
struct CmsFree
{
    void operator()(CMS_ContentInfo* p) const { CMS_ContentInfo_free(p); }
};
using CmsPtr = std::unique_ptr<CMS_ContentInfo, CmsFree>;

Error cmsError(const char* code, const char* text, QStringList args = {})
{
    args << takeOpenSslErrors();
    return Error(ErrorKind::Invalid, code, text, std::move(args));
}

QString name(const X509_NAME* n)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), n, 0, XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, static_cast<qsizetype>(length));
}

std::int64_t unixSeconds(const ASN1_TIME* t)
{
    std::tm tm{};
    if (t == nullptr || ASN1_TIME_to_tm(t, &tm) != 1)
        return 0;
    return static_cast<std::int64_t>(timegm(&tm));
}

// ECDSA on P-256, or RSA of 3072 bits or more.
bool acceptedSigningKey(EVP_PKEY* key)
{
    if (EVP_PKEY_is_a(key, "RSA"))
        return EVP_PKEY_get_bits(key) >= 3072;
    if (!EVP_PKEY_is_a(key, "EC"))
        return false;
    char group[64] = {};
    std::size_t length = 0;
    return EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, &length) == 1 &&
           QByteArrayView(group, static_cast<qsizetype>(length)) == "prime256v1";
}

}  // namespace

Result<QByteArray> signDetachedCms(QByteArrayView content, QByteArrayView certificatePem,
                                   QByteArrayView keyPem, QByteArrayView chainPem,
                                   QByteArrayView passphrase)
{
    X509Ptr cert = detail::firstCertificate(certificatePem);
    if (!cert)
        return cmsError("cms.certificate", QT_TRANSLATE_NOOP("Error",
                                                             "the signing certificate is not a PEM "
                                                             "certificate (%1)"));
    BioPtr keyBio = detail::memoryBio(keyPem);
    QByteArray pass = passphrase.toByteArray();
    PkeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr,
                                        pass.isEmpty() ? nullptr : pass.data()));
    if (!key)
        return cmsError("cms.key", QT_TRANSLATE_NOOP("Error",
                                                     "the signing key does not read as "
                                                     "a PEM private key (%1)"));
    if (!acceptedSigningKey(key.get()))
        return Error(ErrorKind::Unsupported, "cms.key-type",
                     QT_TRANSLATE_NOOP("Error",
                                       "the signing key must be ECDSA P-256 or RSA of "
                                       "3072 bits or more"));
    if (X509_check_private_key(cert.get(), key.get()) != 1)
        return cmsError("cms.key-mismatch",
                        QT_TRANSLATE_NOOP("Error",
                                          "the signing key does not belong to the "
                                          "certificate (%1)"));
    CertStackPtr chain = certificates(chainPem);
    BioPtr data = detail::memoryBio(content);
    CmsPtr cms(CMS_sign(cert.get(), key.get(), chain.get(), data.get(), CMS_DETACHED | CMS_BINARY));
    if (!cms)
        return cmsError("cms.sign", QT_TRANSLATE_NOOP("Error", "signing failed (%1)"));
    BioPtr out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1)
        return cmsError("cms.sign", QT_TRANSLATE_NOOP("Error", "signing failed (%1)"));
    char* bytes = nullptr;
    const long length = BIO_get_mem_data(out.get(), &bytes);
    return QByteArray(bytes, static_cast<qsizetype>(length));
}

Result<CmsSigner> verifyDetachedCms(QByteArrayView signatureDer, QByteArrayView content,
                                    QByteArrayView trustedPem, std::optional<std::int64_t> atS)
{
    BioPtr in = detail::memoryBio(signatureDer);
    CmsPtr cms(d2i_CMS_bio(in.get(), nullptr));
    if (!cms)
        return Error(ErrorKind::Malformed, "cms.malformed",
                     QT_TRANSLATE_NOOP("Error", "the signature is not DER CMS (%1)"),
                     {takeOpenSslErrors()});
    std::unique_ptr<X509_STORE, StoreFree> store(X509_STORE_new());
    CertStackPtr roots = certificates(trustedPem);
    if (sk_X509_num(roots.get()) == 0)
        return Error(ErrorKind::Invalid, "cms.no-trust",
                     QT_TRANSLATE_NOOP("Error",
                                       "no trusted root certificate to check the "
                                       "signature against"));
    for (int i = 0; i < sk_X509_num(roots.get()); ++i)
        X509_STORE_add_cert(store.get(), sk_X509_value(roots.get(), i));
    X509_STORE_set_purpose(store.get(), X509_PURPOSE_ANY);
    if (atS)
        X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store.get()), static_cast<time_t>(*atS));
    else
        X509_STORE_set_flags(store.get(), X509_V_FLAG_NO_CHECK_TIME);
    BioPtr data = detail::memoryBio(content);
    if (CMS_verify(cms.get(), nullptr, store.get(), data.get(), nullptr, CMS_BINARY) != 1)
        return cmsError("cms.invalid",
                        QT_TRANSLATE_NOOP("Error", "the signature does not verify (%1)"));
    CertStackPtr signers(CMS_get0_signers(cms.get()));
    // get0: the stack is ours, its certificates are the CMS structure's.
    CmsSigner out;
    if (signers && sk_X509_num(signers.get()) > 0) {
        X509* s = sk_X509_value(signers.get(), 0);
        out = {name(X509_get_subject_name(s)), name(X509_get_issuer_name(s)),
               unixSeconds(X509_get0_notBefore(s)), unixSeconds(X509_get0_notAfter(s))};
    }
    sk_X509_free(signers.release());
    return out;
}

QString certificateFingerprint(QByteArrayView certificatePem)
{
    X509Ptr cert = detail::firstCertificate(certificatePem);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!cert || X509_digest(cert.get(), EVP_sha256(), md, &length) != 1) {
        ERR_clear_error();
        return {};
    }
    QStringList pairs;
    for (unsigned int i = 0; i < length; ++i)
        pairs << QStringLiteral("%1").arg(md[i], 2, 16, QLatin1Char('0')).toUpper();
    return pairs.join(u':');
}

QString certificateSubject(QByteArrayView certificatePem)
{
    X509Ptr cert = detail::firstCertificate(certificatePem);
    if (!cert) {
        ERR_clear_error();
        return {};
    }
    return name(X509_get_subject_name(cert.get()));
}

}  // namespace pp::crypto
