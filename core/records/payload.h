#pragma once

#include "cbor/value.h"
#include "common/error.h"
#include "common/result.h"
#include "crypto/frame_signature.h"
#include "records/gbt32960.h"
#include "records/record_body.h"
#include "records/sunspec.h"

#include <QStringView>

#include <optional>
#include <vector>

namespace pp::records {

// What a vehicle's registration says of its terminal (spec §7 meta): the VIN its packets
// carry and, for GB/T 32960.3-2025 packets that end with the terminal's own signature, the
// key that signature verifies with (meta "frame_key", SubjectPublicKeyInfo DER; ours,
// docs/protocol.md). Read once a device, not once a record.
struct Terminal
{
    QString vin;
    std::optional<Result<crypto::FrameKey>> frameKey;  // none registered: not checked

    static Terminal fromMeta(const cbor::Value& meta);
};

// A sample of a record that did not decode, and why: spec §8 keeps its record (the device
// signed it), and light nodes report it as MALFORMED on that sample.
struct SampleFault
{
    std::size_t sample = 0;
    Error error;
};

// A record's samples decoded (spec §7): the SunSpec inverter blocks of a PV batch or the
// GB/T 32960 real-time packets of a vehicle batch, sample i at index i. Battery samples
// are typed by RecordBody::decode already. Decoded once a record and handed to whatever
// reads its quantities: a van's record holds some fifty packets.
struct Payload
{
    // Sample i at index i; where it did not decode, an empty block or packet stands in
    // (no values), and `faults` says which and why: readers skip it with decoded().
    std::vector<sunspec::InverterBlock> blocks;
    std::vector<gbt32960::Packet> packets;
    std::vector<SampleFault> faults;  // in sample order

    bool decoded(std::size_t sample) const;

    // Decodes every sample that decodes; never fails. With the vehicle's `terminal`, a
    // packet of another VIN is a fault too (it is not this vehicle's data, spec §7), and so
    // is a 2025 packet whose own signature does not verify with the registered frame key.
    static Payload decode(const RecordBody& body, const Terminal* terminal = nullptr);
};

}  // namespace pp::records
