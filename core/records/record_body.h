#pragma once

#include "cbor/value.h"
#include "common/result.h"
#include "crypto/hash.h"
#include "crypto/public_key.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace pp::records {

enum class RecordType : std::uint8_t {
    Registration = 1,
    Revocation = 2,
    PvBatch = 10,
    BatteryBatch = 11,
    VehicleBatch = 12,
};

enum class AssetClass : std::uint8_t { Pv = 1, Battery = 2, Vehicle = 3 };

inline constexpr qsizetype kDeviceIdSize = 16;
inline constexpr std::size_t kBatterySampleFields = 10;

// A battery sample (spec §7): ten integers, in the order of docs/protocol.md's table.
using BatterySample = std::array<std::int64_t, kBatterySampleFields>;

// The payload body of a record (spec §7): a CBOR map with integer keys. Which keys a body
// has depends on its type; decoding refuses unknown keys and missing ones.
struct RecordBody
{
    RecordType type = RecordType::PvBatch;
    QByteArray deviceId;  // 16 bytes
    std::uint64_t seq = 0;
    std::uint64_t timeMs = 0;
    // Batches (10, 11): seconds between samples. Vehicle packets carry their own times.
    std::optional<std::uint64_t> intervalS;
    // The samples (key 6), typed rather than kept as CBOR values: a year of a fleet holds
    // millions. PV batches (10) hold SunSpec blocks and vehicle batches (12)
    // GB/T 32960 packets, in binarySamples; battery batches (11) hold batterySamples.
    std::vector<QByteArray> binarySamples;
    std::vector<BatterySample> batterySamples;
    // Registration (1).
    std::optional<AssetClass> assetClass;
    std::optional<crypto::PublicKey> deviceKey;
    cbor::Value meta;  // a map with text keys; unknown keys are kept
    // Revocation (2).
    QString reason;

    std::size_t sampleCount() const { return binarySamples.size() + batterySamples.size(); }

    QByteArray encode() const;
    // Strict decoding of a payload; `chainHash` decides which key algorithms a registration
    // may bind. Errors ("record.*" or "cbor.*") name the key at fault.
    static Result<RecordBody> decode(QByteArrayView payload, crypto::HashAlg chainHash);
};

// Known registration meta keys and the CBOR type each must have (spec §7).
enum class MetaType { Text, Unsigned, Integer };
std::optional<MetaType> knownMetaType(QStringView key);

}  // namespace pp::records
