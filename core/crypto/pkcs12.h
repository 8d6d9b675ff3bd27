#pragma once

#include "common/result.h"

#include <QByteArray>

namespace pp::crypto {

// What a PKCS#12 file (.p12, .pfx) holds, as the PEM texts the CMS signer takes: the
// certificate, its private key (unencrypted PKCS#8, kept in memory only) and the other
// certificates of the bundle, issuer first.
struct Pkcs12Contents
{
    QByteArray certificatePem, keyPem, chainPem;
};

// Opens a PKCS#12 file with its passphrase (empty for none). A wrong passphrase, a file
// that is not PKCS#12 or one without a key and certificate is an error that says which.
Result<Pkcs12Contents> readPkcs12(QByteArrayView der, QByteArrayView passphrase);

}  // namespace pp::crypto
