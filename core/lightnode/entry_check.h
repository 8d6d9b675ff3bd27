#pragma once

#include "chain/genesis.h"
#include "chain/header.h"
#include "lightnode/device_keys.h"
#include "merkle/tree_hasher.h"
#include "net/node_client.h"
#include "records/record.h"

#include <QString>

#include <optional>

namespace pp::lightnode {

// The outcome of checking one entry a node served: the record, believed, or the finding
// code (spec §9) that says why not, with the error.
struct EntryVerdict
{
    std::optional<records::Record> record;
    const char* findingCode = nullptr;  // PROOF_INVALID, SIGNATURE_INVALID, ...
    std::optional<Error> error;
};

// Spec §9.5 for a registrar record (types 1 and 2): the proof against the verified
// header's records_root, the signature by a genesis registrar, the body's structure.
EntryVerdict checkRegistrarEntry(const net::Entry& entry, const chain::Header& header,
                                 const chain::Genesis& genesis, const merkle::TreeHasher& hasher);

// A verified registrar entry as the workspace keeps it, and as DeviceKeys reads it.
store::RegistrationRow registrationRow(const net::Entry& entry, const records::RecordBody& body);

// Spec §9.5 for a device record: the proof, the device_id asked for, the COSE signature
// with the key in force at the entry's position, and a body that decodes. Its samples are
// not judged here: one that does not decode is a finding on that sample, not on the record
// (records/payload.h).
EntryVerdict checkDeviceEntry(const net::Entry& entry, const chain::Header& header,
                              const merkle::TreeHasher& hasher, const QByteArray& deviceId,
                              const DeviceKeys& keys);
// The same for a record of whichever device it names (an evidence package's records):
// that device's key in force decides.
EntryVerdict checkAnyDeviceEntry(const net::Entry& entry, const chain::Header& header,
                                 const merkle::TreeHasher& hasher, const DeviceKeys& keys);

}  // namespace pp::lightnode
