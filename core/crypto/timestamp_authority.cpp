#include "crypto/timestamp_authority.h"

#include "crypto/x509_handles.h"

#include <QCoreApplication>
#include <QDateTime>

#include <openssl/pem.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

namespace pp::crypto {

namespace {

Error tsaError(const char* what)
{
    return Error(ErrorKind::Internal, "crypto.tsa",
                 QT_TRANSLATE_NOOP("Error", "time stamping: %1 failed: %2"),
                 {QString::fromLatin1(what), detail::takeOpenSslErrors()});
}

X509* readCertificate(const QByteArray& pem)
{
    return detail::firstCertificate(pem).release();
}

ASN1_INTEGER* nextSerial(TS_RESP_CTX* ctx, void* data)
{
    auto* counter = static_cast<std::atomic<std::uint64_t>*>(data);
    ASN1_INTEGER* serial = ASN1_INTEGER_new();
    if (serial == nullptr || ASN1_INTEGER_set_uint64(serial, counter->fetch_add(1)) != 1) {
        ASN1_INTEGER_free(serial);
        TS_RESP_CTX_set_status_info(ctx, TS_STATUS_REJECTION,
                                    "Error during serial number generation.");
        return nullptr;
    }
    return serial;
}

}  // namespace

TimeStampAuthority::TimeStampAuthority(QByteArray cert, PrivateKey key, QByteArray ca)
    : certificatePem_(std::move(cert)),
      key_(std::move(key)),
      caCertificatePem_(std::move(ca)),
      // Microseconds since the epoch: serials keep increasing across restarts.
      serial_(std::make_shared<std::atomic<std::uint64_t>>(
          static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch()) * 1000))
{
}

Result<TimeStampAuthority> TimeStampAuthority::create(QByteArray certificatePem, PrivateKey key,
                                                      QByteArray caCertificatePem)
{
    std::unique_ptr<X509, decltype(&X509_free)> cert(readCertificate(certificatePem), &X509_free);
    std::unique_ptr<X509, decltype(&X509_free)> ca(readCertificate(caCertificatePem), &X509_free);
    if (!cert || !ca)
        return tsaError("read the certificates");
    if (X509_check_private_key(cert.get(), detail::rawKey(key)) != 1)
        return tsaError("match the key to the certificate");
    return TimeStampAuthority(std::move(certificatePem), std::move(key),
                              std::move(caCertificatePem));
}

Result<QByteArray> TimeStampAuthority::respond(QByteArrayView requestDer)
{
    std::unique_ptr<TS_RESP_CTX, decltype(&TS_RESP_CTX_free)> ctx(TS_RESP_CTX_new(),
                                                                  &TS_RESP_CTX_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(readCertificate(certificatePem_), &X509_free);
    std::unique_ptr<STACK_OF(X509), void (*)(STACK_OF(X509)*)> chain(
        sk_X509_new_null(), [](STACK_OF(X509) * s) { sk_X509_pop_free(s, X509_free); });
    X509* ca = readCertificate(caCertificatePem_);
    if (!ctx || !cert || !chain || ca == nullptr || sk_X509_push(chain.get(), ca) == 0) {
        X509_free(ca);
        return tsaError("prepare");
    }
    ASN1_OBJECT* policy = OBJ_txt2obj("2.999.1", 1);
    const bool configured = TS_RESP_CTX_set_signer_cert(ctx.get(), cert.get()) == 1 &&
                            TS_RESP_CTX_set_signer_key(ctx.get(), detail::rawKey(key_)) == 1 &&
                            TS_RESP_CTX_set_signer_digest(ctx.get(), detail::sha256Md()) == 1 &&
                            TS_RESP_CTX_set_certs(ctx.get(), chain.get()) == 1 &&
                            policy != nullptr &&
                            TS_RESP_CTX_set_def_policy(ctx.get(), policy) == 1 &&
                            TS_RESP_CTX_add_md(ctx.get(), EVP_sha256()) == 1 &&
                            TS_RESP_CTX_add_md(ctx.get(), EVP_sha384()) == 1 &&
                            TS_RESP_CTX_add_md(ctx.get(), EVP_sha512()) == 1 &&
                            TS_RESP_CTX_add_md(ctx.get(), EVP_sm3()) == 1 &&
                            TS_RESP_CTX_set_accuracy(ctx.get(), 1, 0, 0) == 1 &&
                            TS_RESP_CTX_set_clock_precision_digits(ctx.get(), 3) == 1;
    ASN1_OBJECT_free(policy);
    if (!configured)
        return tsaError("configure");
    TS_RESP_CTX_set_serial_cb(ctx.get(), nextSerial, serial_.get());

    detail::BioPtr in(BIO_new_mem_buf(requestDer.data(), static_cast<int>(requestDer.size())));
    std::unique_ptr<TS_RESP, decltype(&TS_RESP_free)> response(
        TS_RESP_create_response(ctx.get(), in.get()), &TS_RESP_free);
    if (!response)
        return tsaError("answer");
    const int len = i2d_TS_RESP(response.get(), nullptr);
    QByteArray der(len, Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(der.data());
    if (len <= 0 || i2d_TS_RESP(response.get(), &p) != len)
        return tsaError("encode");
    detail::takeOpenSslErrors();  // a rejected request leaves entries that are not ours
    return der;
}

}  // namespace pp::crypto
