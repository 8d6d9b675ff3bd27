#pragma once

#include "crypto/private_key.h"
#include "records/record_body.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

// Signed records for the tests that feed a ledger or a node.
namespace pp::test {

inline constexpr std::uint64_t kRecordStartMs = 1767225600000ULL;  // 2026-01-01 00:00 UTC

// A registration signed by `registrar` as the `registrarSeq`-th record it signs.
QByteArray registration(const crypto::PrivateKey& registrar, std::uint64_t registrarSeq,
                        const QByteArray& device, const crypto::PublicKey& deviceKey,
                        records::AssetClass assetClass, const QString& vin = {},
                        crypto::HashAlg chainHash = crypto::HashAlg::Sha256);

// A battery batch of one sample at kRecordStartMs + seq minutes, signed by the device.
QByteArray batteryBatch(const QByteArray& device, const crypto::PrivateKey& key, std::uint64_t seq);

// Records as the CBOR array that POST /v1/records takes.
QByteArray submission(const std::vector<QByteArray>& records);

}  // namespace pp::test
