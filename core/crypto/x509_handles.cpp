#include "crypto/x509_handles.h"

#include <openssl/err.h>
#include <openssl/pem.h>

namespace pp::crypto::detail {

BioPtr memoryBio(QByteArrayView bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
}

X509Ptr firstCertificate(QByteArrayView pem)
{
    BioPtr bio = memoryBio(pem);
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

CertStackPtr certificates(QByteArrayView pem)
{
    CertStackPtr out(sk_X509_new_null());
    BioPtr bio = memoryBio(pem);
    while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        sk_X509_push(out.get(), cert);
    ERR_clear_error();  // the end of the PEM text reads as an error
    return out;
}

QByteArray toPem(X509* cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

}  // namespace pp::crypto::detail
