#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace pp::crypto {

// ECDSA and SM2 signatures travel as raw r||s (32 + 32 bytes, spec §1); OpenSSL speaks
// DER (SEQUENCE { INTEGER r, INTEGER s }). These convert between the two.

// DER of a 64-byte r||s. The caller checks the length.
QByteArray rawSignatureToDer(QByteArrayView rawRs);
// Strict DER (minimal lengths and integers, non-negative, no trailing bytes) to r||s.
// nullopt when the input is not such DER or r or s does not fit 32 bytes.
std::optional<QByteArray> derSignatureToRaw(QByteArrayView der);

// The low-S rule of spec §1 for P-256: true when s > n/2.
bool isHighS(QByteArrayView rawRs);
// Replaces s by n - s when s > n/2, so a signature we produce has its one valid form.
void normalizeLowS(QByteArray& rawRs);

}  // namespace pp::crypto
