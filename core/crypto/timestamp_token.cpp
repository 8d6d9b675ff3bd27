#include "crypto/timestamp_token.h"

#include "crypto/openssl_handles.h"

#include <QDateTime>
#include <QTimeZone>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include <memory>

namespace pp::crypto {

namespace {

using detail::BioPtr;
using detail::takeOpenSslErrors;

template <typename T, void (*Free)(T*)>
struct Freer
{
    void operator()(T* p) const { Free(p); }
};
using TsReqPtr = std::unique_ptr<TS_REQ, Freer<TS_REQ, TS_REQ_free>>;
using TsRespPtr = std::unique_ptr<TS_RESP, Freer<TS_RESP, TS_RESP_free>>;
using TsVerifyPtr = std::unique_ptr<TS_VERIFY_CTX, Freer<TS_VERIFY_CTX, TS_VERIFY_CTX_free>>;
using MsgImprintPtr = std::unique_ptr<TS_MSG_IMPRINT, Freer<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free>>;
using AlgorPtr = std::unique_ptr<X509_ALGOR, Freer<X509_ALGOR, X509_ALGOR_free>>;
using IntegerPtr = std::unique_ptr<ASN1_INTEGER, Freer<ASN1_INTEGER, ASN1_INTEGER_free>>;

Error tsError(ErrorKind kind, const char* code, const char* text)
{
    return Error(kind, code, text, {takeOpenSslErrors()});
}

QByteArray sha256(QByteArrayView data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data.data(), static_cast<std::size_t>(data.size()), md, &length, EVP_sha256(),
               nullptr);
    return QByteArray(reinterpret_cast<const char*>(md), static_cast<qsizetype>(length));
}

QString subjectOf(X509* cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), X509_get_subject_name(cert), 0,
                       XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB);
    char* text = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &text);
    return QString::fromUtf8(text, static_cast<qsizetype>(length));
}

}  // namespace

Result<QByteArray> timeStampRequest(QByteArrayView data, QByteArray* nonceOut)
{
    TsReqPtr request(TS_REQ_new());
    MsgImprintPtr imprint(TS_MSG_IMPRINT_new());
    AlgorPtr algorithm(X509_ALGOR_new());
    QByteArray digest = sha256(data);
    unsigned char nonceBytes[8];
    IntegerPtr nonce(ASN1_INTEGER_new());
    if (!request || !imprint || !algorithm || !nonce || RAND_bytes(nonceBytes, 8) != 1)
        return tsError(ErrorKind::Internal, "tsa.request",
                       QT_TRANSLATE_NOOP("Error", "cannot make a time-stamp request (%1)"));
    nonceBytes[0] &= 0x7f;  // positive, and short of 2^63
    std::uint64_t n = 0;
    for (unsigned char b : nonceBytes)
        n = (n << 8) | b;
    if (X509_ALGOR_set0(algorithm.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr) != 1 ||
        TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get()) != 1 ||
        TS_MSG_IMPRINT_set_msg(imprint.get(), reinterpret_cast<unsigned char*>(digest.data()),
                               static_cast<int>(digest.size())) != 1 ||
        TS_REQ_set_version(request.get(), 1) != 1 ||
        TS_REQ_set_msg_imprint(request.get(), imprint.get()) != 1 ||
        ASN1_INTEGER_set_uint64(nonce.get(), n) != 1 ||
        TS_REQ_set_nonce(request.get(), nonce.get()) != 1 ||
        TS_REQ_set_cert_req(request.get(), 1) != 1)
        return tsError(ErrorKind::Internal, "tsa.request",
                       QT_TRANSLATE_NOOP("Error", "cannot make a time-stamp request (%1)"));
    unsigned char* der = nullptr;
    const int length = i2d_TS_REQ(request.get(), &der);
    if (length <= 0)
        return tsError(ErrorKind::Internal, "tsa.request",
                       QT_TRANSLATE_NOOP("Error", "cannot make a time-stamp request (%1)"));
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    if (nonceOut != nullptr)
        *nonceOut = QByteArray::number(static_cast<qulonglong>(n));
    return out;
}

Result<TimeStamp> verifyTimeStamp(QByteArrayView responseDer, QByteArrayView data,
                                  QByteArrayView trustedPem, QByteArrayView nonce)
{
    const auto* p = reinterpret_cast<const unsigned char*>(responseDer.data());
    TsRespPtr response(d2i_TS_RESP(nullptr, &p, static_cast<long>(responseDer.size())));
    if (!response)
        return tsError(
            ErrorKind::Malformed, "tsa.malformed",
            QT_TRANSLATE_NOOP("Error", "the time-stamp is not a DER TimeStampResp (%1)"));
    TsVerifyPtr ctx(TS_VERIFY_CTX_new());
    X509_STORE* store = X509_STORE_new();
    BioPtr roots(BIO_new_mem_buf(trustedPem.data(), static_cast<int>(trustedPem.size())));
    int added = 0;
    while (X509* cert = PEM_read_bio_X509(roots.get(), nullptr, nullptr, nullptr)) {
        added += X509_STORE_add_cert(store, cert);
        X509_free(cert);
    }
    ERR_clear_error();  // the end of the PEM text reads as an error
    BioPtr content(BIO_new_mem_buf(data.data(), static_cast<int>(data.size())));
    int flags = TS_VFY_VERSION | TS_VFY_SIGNATURE | TS_VFY_DATA;
    // The context owns the store and the content from here.
    TS_VERIFY_CTX_set_store(ctx.get(), store);
    TS_VERIFY_CTX_set_data(ctx.get(), content.release());
    TS_VERIFY_CTX_add_flags(ctx.get(), flags);
    if (added == 0)
        return Error(ErrorKind::Invalid, "tsa.no-trust",
                     QT_TRANSLATE_NOOP("Error",
                                       "no trusted root certificate to check the "
                                       "time-stamp against"));
    if (TS_RESP_verify_response(ctx.get(), response.get()) != 1)
        return tsError(ErrorKind::Invalid, "tsa.invalid",
                       QT_TRANSLATE_NOOP("Error", "the time-stamp does not verify (%1)"));
    TS_TST_INFO* info = TS_RESP_get_tst_info(response.get());
    if (!nonce.isEmpty()) {
        // The answer to our own request, not one replayed from another.
        std::uint64_t got = 0;
        const ASN1_INTEGER* n = TS_TST_INFO_get_nonce(info);
        if (n == nullptr || ASN1_INTEGER_get_uint64(&got, n) != 1 ||
            QByteArray::number(static_cast<qulonglong>(got)) != nonce)
            return Error(ErrorKind::Invalid, "tsa.nonce",
                         QT_TRANSLATE_NOOP("Error", "the time-stamp answers another request"));
    }
    const ASN1_GENERALIZEDTIME* when = TS_TST_INFO_get_time(info);
    struct tm tm = {};
    ASN1_TIME_to_tm(when, &tm);
    const QDateTime at(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                       QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), QTimeZone::utc());
    TimeStamp out;
    out.timeMs = static_cast<std::uint64_t>(at.toMSecsSinceEpoch());
    if (PKCS7* token = TS_RESP_get_token(response.get())) {
        // get0: the stack is ours to free, its certificates the token's.
        STACK_OF(X509)* signers = PKCS7_get0_signers(token, nullptr, 0);
        if (signers != nullptr && sk_X509_num(signers) > 0)
            out.tsa = subjectOf(sk_X509_value(signers, 0));
        sk_X509_free(signers);
        ERR_clear_error();
    }
    return out;
}

}  // namespace pp::crypto
