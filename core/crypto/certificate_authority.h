#pragma once

#include "common/result.h"
#include "crypto/private_key.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace pp::crypto {

// A certificate and its key, both PEM.
struct IssuedCertificate
{
    QByteArray certificatePem;
    PrivateKey key;
};

// A self-signed root CA (basicConstraints CA:TRUE, keyCertSign) valid from `notBeforeS`
// (Unix seconds) for `years`.
Result<IssuedCertificate> createRootCa(const PrivateKey& key, const QString& commonName,
                                       std::int64_t notBeforeS, int years);

// A time-stamping certificate issued by `issuer`: extendedKeyUsage timeStamping
// (critical, as RFC 3161 §2.3 requires) and keyUsage digitalSignature, nonRepudiation.
Result<IssuedCertificate> issueTimeStampingCertificate(const IssuedCertificate& issuer,
                                                       const PrivateKey& key,
                                                       const QString& commonName,
                                                       std::int64_t notBeforeS, int years,
                                                       std::uint64_t serial);

// A document-signing certificate issued by `issuer` (an evidence package's exporter):
// keyUsage digitalSignature, nonRepudiation and extendedKeyUsage emailProtection, what
// CMS signatures carry.
Result<IssuedCertificate> issueSigningCertificate(const IssuedCertificate& issuer,
                                                  const PrivateKey& key, const QString& commonName,
                                                  std::int64_t notBeforeS, int years,
                                                  std::uint64_t serial);

enum class TlsRole { Server, Client };

// A TLS certificate issued by `issuer`: extendedKeyUsage serverAuth or clientAuth and
// keyUsage digitalSignature. A server certificate names `hosts` (IP addresses or DNS
// names) in subjectAltName, which is what clients match, not the CN (RFC 6125 §6.4.4).
Result<IssuedCertificate> issueTlsCertificate(const IssuedCertificate& issuer,
                                              const PrivateKey& key, TlsRole role,
                                              const QString& commonName, const QStringList& hosts,
                                              std::int64_t notBeforeS, int years,
                                              std::uint64_t serial);

}  // namespace pp::crypto
