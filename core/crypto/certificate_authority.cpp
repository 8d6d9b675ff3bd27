#include "crypto/certificate_authority.h"

#include "crypto/x509_handles.h"

#include <QCoreApplication>

#include <algorithm>
#include <span>
#include <vector>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace pp::crypto {

namespace {

using detail::X509Ptr;

Error caError(const char* what)
{
    return Error(ErrorKind::Internal, "crypto.x509",
                 QT_TRANSLATE_NOOP("Error", "certificate: %1 failed: %2"),
                 {QString::fromLatin1(what), detail::takeOpenSslErrors()});
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    const bool ok = ext != nullptr && X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Result<QByteArray> toPem(X509* cert)
{
    QByteArray pem = detail::toPem(cert);
    if (pem.isEmpty())
        return caError("write PEM");
    return pem;
}

// A certificate with subject CN=`commonName`, signed by `signer` as `issuer` (itself for
// a root). Ed25519 signs without a separate digest; ECDSA and SM2 with SHA-256 / SM3.
Result<IssuedCertificate> makeCertificate(const PrivateKey& subject, const QString& commonName,
                                          X509* issuer, const PrivateKey& signerKey,
                                          std::int64_t notBeforeS, int years, std::uint64_t serial,
                                          std::span<const std::pair<int, const char*>> extensions)
{
    EVP_PKEY* subjectKey = detail::rawKey(subject);
    EVP_PKEY* signer = detail::rawKey(signerKey);
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1)
        return caError("allocate");
    ASN1_INTEGER_set_uint64(X509_get_serialNumber(cert.get()), serial);
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), static_cast<time_t>(notBeforeS));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()),
                  static_cast<time_t>(notBeforeS + std::int64_t{years} * 365 * 86400));
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("PowerProof devnet"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(cn.constData()),
                               static_cast<int>(cn.size()), -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    if (X509_set_pubkey(cert.get(), subjectKey) != 1)
        return caError("set the public key");
    for (const auto& [nid, value] : extensions) {
        if (!addExtension(cert.get(), issuer ? issuer : cert.get(), nid, value))
            return caError("add an extension");
    }
    const EVP_MD* md = EVP_PKEY_is_a(signer, "ED25519") ? nullptr
                       : EVP_PKEY_is_a(signer, "SM2")   ? detail::sm3Md()
                                                        : detail::sha256Md();
    if (X509_sign(cert.get(), signer, md) <= 0)
        return caError("sign");
    auto pem = toPem(cert.get());
    if (!pem)
        return std::move(pem).error();
    return IssuedCertificate{*pem, subject};
}

X509Ptr fromPem(const QByteArray& pem)
{
    return detail::firstCertificate(pem);
}

// An IPv4 or IPv6 literal, which subjectAltName holds as iPAddress rather than dNSName.
bool isIpAddress(const QString& host)
{
    return host.contains(u':') || std::all_of(host.begin(), host.end(), [](QChar c) {
               return c == u'.' || (c >= u'0' && c <= u'9');
           });
}

// A certificate for `key` signed by `issuer`'s key.
Result<IssuedCertificate> issueLeaf(const IssuedCertificate& issuer, const PrivateKey& key,
                                    const QString& commonName, std::int64_t notBeforeS, int years,
                                    std::uint64_t serial,
                                    std::span<const std::pair<int, const char*>> extensions)
{
    auto issuerCert = fromPem(issuer.certificatePem);
    if (!issuerCert)
        return caError("read the issuer");
    return makeCertificate(key, commonName, issuerCert.get(), issuer.key, notBeforeS, years, serial,
                           extensions);
}

}  // namespace

Result<IssuedCertificate> createRootCa(const PrivateKey& key, const QString& commonName,
                                       std::int64_t notBeforeS, int years)
{
    const std::pair<int, const char*> extensions[] = {
        {NID_basic_constraints, "critical,CA:TRUE"},
        {NID_key_usage, "critical,keyCertSign,cRLSign"},
        {NID_subject_key_identifier, "hash"}};
    return makeCertificate(key, commonName, nullptr, key, notBeforeS, years, 1, extensions);
}

Result<IssuedCertificate> issueTimeStampingCertificate(const IssuedCertificate& issuer,
                                                       const PrivateKey& key,
                                                       const QString& commonName,
                                                       std::int64_t notBeforeS, int years,
                                                       std::uint64_t serial)
{
    const std::pair<int, const char*> extensions[] = {
        {NID_basic_constraints, "critical,CA:FALSE"},
        {NID_key_usage, "critical,digitalSignature,nonRepudiation"},
        {NID_ext_key_usage, "critical,timeStamping"},
        {NID_subject_key_identifier, "hash"},
        {NID_authority_key_identifier, "keyid:always"}};
    return issueLeaf(issuer, key, commonName, notBeforeS, years, serial, extensions);
}

Result<IssuedCertificate> issueSigningCertificate(const IssuedCertificate& issuer,
                                                  const PrivateKey& key, const QString& commonName,
                                                  std::int64_t notBeforeS, int years,
                                                  std::uint64_t serial)
{
    const std::pair<int, const char*> extensions[] = {
        {NID_basic_constraints, "critical,CA:FALSE"},
        {NID_key_usage, "critical,digitalSignature,nonRepudiation"},
        {NID_ext_key_usage, "emailProtection"},
        {NID_subject_key_identifier, "hash"},
        {NID_authority_key_identifier, "keyid:always"}};
    return issueLeaf(issuer, key, commonName, notBeforeS, years, serial, extensions);
}

Result<IssuedCertificate> issueTlsCertificate(const IssuedCertificate& issuer,
                                              const PrivateKey& key, TlsRole role,
                                              const QString& commonName, const QStringList& hosts,
                                              std::int64_t notBeforeS, int years,
                                              std::uint64_t serial)
{
    QStringList names;
    for (const QString& host : hosts)
        names << (isIpAddress(host) ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + host;
    const QByteArray altNames = names.join(u',').toLatin1();
    const bool server = role == TlsRole::Server;
    if (server && altNames.isEmpty())
        return caError("name the server (no hosts given)");
    std::vector<std::pair<int, const char*>> extensions{
        {NID_basic_constraints, "critical,CA:FALSE"},
        {NID_key_usage, "critical,digitalSignature"},
        {NID_ext_key_usage, server ? "serverAuth" : "clientAuth"},
        {NID_subject_key_identifier, "hash"},
        {NID_authority_key_identifier, "keyid:always"}};
    if (server)
        extensions.emplace_back(NID_subject_alt_name, altNames.constData());
    return issueLeaf(issuer, key, commonName, notBeforeS, years, serial, extensions);
}

}  // namespace pp::crypto
