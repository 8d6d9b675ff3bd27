#pragma once

#include "common/result.h"
#include "records/gbt32960.h"
#include "records/record_body.h"
#include "records/sunspec.h"

#include <QStringView>

#include <vector>

namespace pp::records {

// A record's samples decoded (spec §7): the SunSpec inverter blocks of a PV batch or the
// GB/T 32960 real-time packets of a vehicle batch, sample i at index i. Battery samples
// are typed by RecordBody::decode already. Decoded once a record and handed to whatever
// reads its quantities: a van's record holds some fifty packets.
struct Payload
{
    std::vector<sunspec::InverterBlock> blocks;
    std::vector<gbt32960::Packet> packets;

    // Strict: every sample must decode. The error names the sample at fault.
    static Result<Payload> decode(const RecordBody& body);
};

// Spec §7–8: PV samples must decode as SunSpec inverter blocks (models 101–103), vehicle
// samples as GB/T 32960 real-time packets carrying the registered VIN. The error names the
// sample at fault. Both the node (before accepting) and the light node (before believing)
// ask this.
Result<Payload> checkPayload(const RecordBody& body, QStringView registeredVin);

}  // namespace pp::records
