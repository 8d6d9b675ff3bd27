#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace pp::crypto {

// Detached CMS SignedData (RFC 5652) over a file's bytes, as evidence.md §4 asks of an
// evidence package's tag manifest: DER, the signer's certificate and chain included, the
// content left out. `openssl cms -verify -binary -inform DER -content FILE -CAfile ROOT
// -purpose any` checks it.
//
// The signing key is PEM (PKCS#8 or traditional, encrypted with `passphrase` or not) and
// must be ECDSA P-256 or RSA of 3072 bits or more: what courts' and regulators' tools read
// (OpenSSL 3.0 cannot make SM2 CMS signatures).
Result<QByteArray> signDetachedCms(QByteArrayView content, QByteArrayView certificatePem,
                                   QByteArrayView keyPem, QByteArrayView chainPem = {},
                                   QByteArrayView passphrase = {});

// Who signed, as the signature's certificate says.
struct CmsSigner
{
    QString subject;  // the signer certificate's subject, one line
    QString issuer;
    std::int64_t notBeforeS = 0, notAfterS = 0;  // its validity, Unix seconds
};

// Checks a detached CMS signature over `content` against the root certificates in
// `trustedPem` (one or more PEM certificates), any purpose, with the chain's validity
// periods checked at `atS` (Unix seconds: when a time-stamp shows the signature existed).
// Without `atS` the periods are not checked: nothing says when it was signed, so the
// caller weighs notBeforeS/notAfterS against the time it trusts. The first failure is the
// error.
Result<CmsSigner> verifyDetachedCms(QByteArrayView signatureDer, QByteArrayView content,
                                    QByteArrayView trustedPem,
                                    std::optional<std::int64_t> atS = std::nullopt);

// The SHA-256 fingerprint of a PEM certificate, as `openssl x509 -fingerprint -sha256`
// shows it (upper-case hex pairs joined by ':'), or an empty string when it does not read.
QString certificateFingerprint(QByteArrayView certificatePem);

// The subject of the first certificate in `certificatePem`, one line as CmsSigner gives it,
// or an empty string when it does not read.
QString certificateSubject(QByteArrayView certificatePem);

}  // namespace pp::crypto
