#pragma once

// Owning handles for OpenSSL's certificates, and reading them from PEM. Internal to
// core/crypto, like openssl_handles.h.

#include "crypto/openssl_handles.h"

#include <QByteArrayView>

#include <openssl/x509.h>

namespace pp::crypto::detail {

struct X509Free
{
    void operator()(X509* p) const { X509_free(p); }
};
struct CertStackFree
{
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;
using CertStackPtr = std::unique_ptr<STACK_OF(X509), CertStackFree>;

// A read-only memory BIO over `bytes`, which must outlive it.
BioPtr memoryBio(QByteArrayView bytes);

// The first PEM certificate in `pem`, or null.
X509Ptr firstCertificate(QByteArrayView pem);

// Every PEM certificate in `pem`, in order.
CertStackPtr certificates(QByteArrayView pem);

// PEM text of a certificate.
QByteArray toPem(X509* cert);

}  // namespace pp::crypto::detail
