#include "lightnode/entry_check.h"

#include "cbor/writer.h"
#include "cose/sign1.h"
#include "merkle/proof.h"
#include "merkle/proof_codec.h"
#include "records/payload.h"

namespace pp::lightnode {

namespace {

EntryVerdict reject(const char* code, Error error)
{
    return {std::nullopt, code, std::move(error)};
}

// The proof ties the record bytes to the header; then the bytes must parse.
EntryVerdict included(const net::Entry& entry, const chain::Header& header,
                      const merkle::TreeHasher& hasher)
{
    if (auto st =
            merkle::verifyInclusion(hasher, entry.index, header.recordCount,
                                    hasher.leafHash(entry.record), entry.proof, header.recordsRoot);
        !st) {
        return reject("PROOF_INVALID", std::move(st).error());
    }
    auto record = records::Record::parse(entry.record, hasher.alg());
    if (!record)
        return reject("MALFORMED", std::move(record).error());
    return {std::move(*record), nullptr, std::nullopt};
}

}  // namespace

EntryVerdict checkRegistrarEntry(const net::Entry& entry, const chain::Header& header,
                                 const chain::Genesis& genesis, const merkle::TreeHasher& hasher)
{
    EntryVerdict v = included(entry, header, hasher);
    if (!v.record)
        return v;
    const records::Record& r = *v.record;
    using records::RecordType;
    if (r.body.type != RecordType::Registration && r.body.type != RecordType::Revocation) {
        return reject("MALFORMED", Error(ErrorKind::Invalid, "lightnode.not-registration",
                                         QT_TRANSLATE_NOOP("Error",
                                                           "a type %1 record served "
                                                           "as a registration"),
                                         {QString::number(static_cast<int>(r.body.type))}));
    }
    for (const chain::Registrar& registrar : genesis.registrars()) {
        if (registrar.key.keyId(genesis.hashAlg()) != r.envelope.kid)
            continue;
        if (auto st = cose::verifySign1(r.envelope, registrar.key, r.envelope.kid); !st)
            return reject("SIGNATURE_INVALID", std::move(st).error());
        return v;
    }
    return reject("SIGNATURE_INVALID",
                  Error(ErrorKind::Invalid, "lightnode.unknown-registrar",
                        QT_TRANSLATE_NOOP("Error", "kid %1 is not a genesis registrar"),
                        {toHex(r.envelope.kid)}));
}

namespace {

// `asked` is the device the entry was served for, or null when any device may sign.
EntryVerdict checkSignedEntry(const net::Entry& entry, const chain::Header& header,
                              const merkle::TreeHasher& hasher, const QByteArray* asked,
                              const DeviceKeys& keys)
{
    EntryVerdict v = included(entry, header, hasher);
    if (!v.record)
        return v;
    const records::Record& r = *v.record;
    const QByteArray& deviceId = asked != nullptr ? *asked : r.body.deviceId;
    using records::RecordType;
    const RecordType type = r.body.type;
    if (r.body.deviceId != deviceId || r.envelope.kid != deviceId ||
        (type != RecordType::PvBatch && type != RecordType::BatteryBatch &&
         type != RecordType::VehicleBatch)) {
        return reject("MALFORMED",
                      Error(ErrorKind::Invalid, "lightnode.wrong-record",
                            QT_TRANSLATE_NOOP("Error",
                                              "a type %1 record of device %2 served for "
                                              "device %3"),
                            {QString::number(static_cast<int>(type)), toHex(r.body.deviceId),
                             toHex(deviceId)}));
    }
    const DeviceKeys::Lookup key = keys.at(deviceId, {entry.height, entry.index});
    if (key.standing == DeviceKeys::Standing::Unknown)
        return reject("UNKNOWN_DEVICE",
                      Error(ErrorKind::Invalid, "lightnode.unknown-device",
                            QT_TRANSLATE_NOOP("Error",
                                              "device %1 has no verified registration "
                                              "before this record"),
                            {toHex(deviceId)}));
    if (key.standing == DeviceKeys::Standing::Revoked)
        return reject("REVOKED_DEVICE",
                      Error(ErrorKind::Invalid, "lightnode.revoked-device",
                            QT_TRANSLATE_NOOP("Error",
                                              "device %1 was revoked at height %2, "
                                              "before this record"),
                            {toHex(deviceId), QString::number(key.since.height)}));
    if (auto st = cose::verifySign1(r.envelope, *key.key, deviceId); !st)
        return reject("SIGNATURE_INVALID", std::move(st).error());
    // A sample that does not decode leaves its record standing (spec §9.5): the sync
    // reports it as a MALFORMED finding on that sample.
    return v;
}

}  // namespace

EntryVerdict checkDeviceEntry(const net::Entry& entry, const chain::Header& header,
                              const merkle::TreeHasher& hasher, const QByteArray& deviceId,
                              const DeviceKeys& keys)
{
    return checkSignedEntry(entry, header, hasher, &deviceId, keys);
}

EntryVerdict checkAnyDeviceEntry(const net::Entry& entry, const chain::Header& header,
                                 const merkle::TreeHasher& hasher, const DeviceKeys& keys)
{
    return checkSignedEntry(entry, header, hasher, nullptr, keys);
}

store::RegistrationRow registrationRow(const net::Entry& entry, const records::RecordBody& body)
{
    const bool registration = body.type == records::RecordType::Registration;
    return {entry.height,
            entry.index,
            body.deviceId,
            static_cast<int>(body.type),
            registration ? body.deviceKey->cborBytes() : QByteArray(),
            registration ? static_cast<int>(*body.assetClass) : 0,
            registration ? cbor::encode(body.meta) : QByteArray(),
            entry.record,
            merkle::encodeProof(entry.proof)};
}

}  // namespace pp::lightnode
