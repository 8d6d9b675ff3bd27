#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "crypto/hash.h"
#include "merkle/proof.h"

#include <QString>

#include <cstdint>

// Strict parsing of command-line values, with errors that name the option at fault.
namespace pp::cli {

Result<crypto::HashAlg> parseHashAlg(const QString& option, const QString& value);
Result<std::uint64_t> parseUInt64Option(const QString& option, const QString& value);
Result<QByteArray> parseHexOption(const QString& option, const QString& value);
Result<Digest> parseDigestOption(const QString& option, const QString& value);
// A device id: 16 bytes, 32 hex digits.
Result<QByteArray> parseDeviceOption(const QString& option, const QString& value);
// A node's URL: http:// or https:// with a host.
Result<QString> parseNodeUrlOption(const QString& option, const QString& value);
// Comma-separated 32-byte hashes in hex; an empty value is an empty proof.
Result<merkle::Proof> parseProofOption(const QString& option, const QString& value);

}  // namespace pp::cli
