#include "crypto/openssl_handles.h"

#include <openssl/err.h>

namespace pp::crypto::detail {

QString takeOpenSslErrors()
{
    QString out;
    char buf[256];
    while (const unsigned long e = ERR_get_error()) {
        ERR_error_string_n(e, buf, sizeof buf);
        if (!out.isEmpty())
            out += QStringLiteral("; ");
        out += QString::fromLatin1(buf);
    }
    return out;
}

// Leaked on purpose, like the digests in hash.cpp: OpenSSL's atexit cleanup may run first.
const EVP_MD* sha256Md()
{
    static const EVP_MD* md = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
    return md;
}

const EVP_MD* sm3Md()
{
    static const EVP_MD* md = EVP_MD_fetch(nullptr, "SM3", nullptr);
    return md;
}

}  // namespace pp::crypto::detail
