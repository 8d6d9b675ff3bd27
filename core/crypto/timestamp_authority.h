#pragma once

#include "common/result.h"
#include "crypto/private_key.h"

#include <QByteArray>

#include <atomic>
#include <memory>

namespace pp::crypto {

// An RFC 3161 time-stamping authority on OpenSSL's TS implementation: it answers a DER
// TimeStampReq with a TimeStampResp signed by its certificate, which `openssl ts -verify
// -CAfile <root>` accepts. Accepted digests: SHA-256, SHA-384, SHA-512, SM3. Policy
// 2.999.1 (the ITU-T example arc: a devnet TSA promises nothing).
class TimeStampAuthority
{
public:
    static Result<TimeStampAuthority> create(QByteArray certificatePem, PrivateKey key,
                                             QByteArray caCertificatePem);

    // A malformed or unsupported request still gets a TimeStampResp, with status
    // "rejection" and the failure info RFC 3161 defines, as the RFC asks; an error is
    // returned only when OpenSSL itself fails.
    Result<QByteArray> respond(QByteArrayView requestDer);

private:
    TimeStampAuthority(QByteArray cert, PrivateKey key, QByteArray ca);

    QByteArray certificatePem_;
    PrivateKey key_;
    QByteArray caCertificatePem_;
    std::shared_ptr<std::atomic<std::uint64_t>> serial_;  // unique, increasing serials
};

}  // namespace pp::crypto
