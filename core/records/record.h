#pragma once

#include "common/result.h"
#include "cose/sign1.h"
#include "records/record_body.h"

#include <QByteArray>

namespace pp::records {

// A record as it is on the chain: the COSE_Sign1 bytes (the leaf of its block's records
// tree), their parsed envelope and the decoded body.
struct Record
{
    QByteArray bytes;
    cose::Sign1 envelope;
    RecordBody body;

    // Parses the envelope and decodes the body. It checks structure only: whether the
    // signature verifies with the key in force is the verifier's question (it knows
    // which key that is).
    static Result<Record> parse(QByteArrayView bytes, crypto::HashAlg chainHash);
};

// Signs `body` with `key` under `kid` (the device_id for device batches, the registrar's
// key id for registrations and revocations).
Result<QByteArray> signRecord(const RecordBody& body, const crypto::PrivateKey& key,
                              QByteArrayView kid);

}  // namespace pp::records
