#include "crypto/pkcs12.h"

#include "crypto/x509_handles.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

namespace pp::crypto {

namespace {

struct Pkcs12Free
{
    void operator()(PKCS12* p) const { PKCS12_free(p); }
};

Error pkcs12Error(const char* code, const char* text)
{
    return Error(ErrorKind::Invalid, code, text, {detail::takeOpenSslErrors()});
}

}  // namespace

Result<Pkcs12Contents> readPkcs12(QByteArrayView der, QByteArrayView passphrase)
{
    detail::BioPtr in = detail::memoryBio(der);
    std::unique_ptr<PKCS12, Pkcs12Free> p12(d2i_PKCS12_bio(in.get(), nullptr));
    if (!p12)
        return pkcs12Error("crypto.pkcs12", QT_TRANSLATE_NOOP("Error", "not a PKCS#12 file (%1)"));
    const QByteArray pass = passphrase.toByteArray();  // NUL-terminated for OpenSSL
    if (PKCS12_verify_mac(p12.get(), pass.constData(), static_cast<int>(pass.size())) != 1)
        return pkcs12Error("crypto.pkcs12-passphrase",
                           QT_TRANSLATE_NOOP("Error",
                                             "the PKCS#12 passphrase is wrong, or the file is "
                                             "damaged (%1)"));
    EVP_PKEY* key = nullptr;
    X509* cert = nullptr;
    STACK_OF(X509)* ca = nullptr;
    if (PKCS12_parse(p12.get(), pass.constData(), &key, &cert, &ca) != 1)
        return pkcs12Error("crypto.pkcs12",
                           QT_TRANSLATE_NOOP("Error", "the PKCS#12 file does not open (%1)"));
    detail::PkeyPtr ownedKey(key);
    detail::X509Ptr ownedCert(cert);
    detail::CertStackPtr chain(ca);
    if (!ownedKey || !ownedCert)
        return Error(
            ErrorKind::Invalid, "crypto.pkcs12",
            QT_TRANSLATE_NOOP("Error", "the PKCS#12 file holds no private key and certificate"));
    Pkcs12Contents out;
    out.certificatePem = detail::toPem(ownedCert.get());
    detail::BioPtr keyOut(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PKCS8PrivateKey(keyOut.get(), ownedKey.get(), nullptr, nullptr, 0, nullptr,
                                      nullptr) != 1)
        return pkcs12Error("crypto.pkcs12",
                           QT_TRANSLATE_NOOP("Error", "the PKCS#12 key does not export (%1)"));
    char* data = nullptr;
    const long length = BIO_get_mem_data(keyOut.get(), &data);
    out.keyPem = QByteArray(data, static_cast<qsizetype>(length));
    // Bundles list their CA certificates in any order; the signer and the package's trust
    // file want them from the issuer up to the root, the root last.
    X509* current = ownedCert.get();
    for (int n = 0; chain && n < sk_X509_num(chain.get()); ++n) {
        if (X509_check_issued(current, current) == X509_V_OK)
            break;  // self-signed: the root was reached
        X509* issuer = nullptr;
        for (int i = 0; i < sk_X509_num(chain.get()) && issuer == nullptr; ++i) {
            X509* c = sk_X509_value(chain.get(), i);
            if (X509_check_issued(c, current) == X509_V_OK)
                issuer = c;
        }
        if (issuer == nullptr)
            break;
        out.chainPem += detail::toPem(issuer);
        current = issuer;
    }
    return out;
}

}  // namespace pp::crypto
