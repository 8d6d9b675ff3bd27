#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace pp::crypto {

// The client side of RFC 3161, for an evidence package's time-stamp (evidence.md §4).

// A DER TimeStampReq over SHA-256(`data`), certReq set (the token then carries the TSA's
// certificate) and a random nonce, which `nonceOut` receives for the answer's check.
Result<QByteArray> timeStampRequest(QByteArrayView data, QByteArray* nonceOut = nullptr);

// What a verified time-stamp says.
struct TimeStamp
{
    std::uint64_t timeMs = 0;  // genTime
    QString tsa;               // the signer certificate's subject
};

// Checks a DER TimeStampResp over `data`: status granted, the message imprint is
// SHA-256(`data`), the token's signature by a TSA certificate that chains to a root in
// `trustedPem` and is meant for time-stamping; and the nonce, when one is given.
// `openssl ts -verify -data FILE -in TSR -CAfile ROOT` checks the same.
Result<TimeStamp> verifyTimeStamp(QByteArrayView responseDer, QByteArrayView data,
                                  QByteArrayView trustedPem, QByteArrayView nonce = {});

}  // namespace pp::crypto
