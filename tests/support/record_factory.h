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

// A vehicle batch of `packets` GB/T 32960 real-time packets a minute apart, from
// kRecordStartMs + seq hours, signed by the terminal; the packet at index `badBcc` (when
// given) has its check byte wrong, as a terminal's flipped bit would leave it. The
// odometer reads 123,456.7 km + 10 km a seq + 0.1 km a packet.
QByteArray vehicleBatch(const QByteArray& device, const crypto::PrivateKey& key, std::uint64_t seq,
                        const QByteArray& vin, int packets = 1, int badBcc = -1);

// Records as the CBOR array that POST /v1/records takes.
QByteArray submission(const std::vector<QByteArray>& records);

}  // namespace pp::test
