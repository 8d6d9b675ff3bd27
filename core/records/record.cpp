#include "records/record.h"

#include <QCoreApplication>

namespace pp::records {

Result<Record> Record::parse(QByteArrayView bytes, crypto::HashAlg chainHash)
{
    auto envelope = cose::parseSign1(bytes);
    if (!envelope)
        return std::move(envelope).error();
    auto body = RecordBody::decode(envelope->payload, chainHash);
    if (!body)
        return std::move(body).error();
    const bool deviceSigned =
        body->type != RecordType::Registration && body->type != RecordType::Revocation;
    // A device signs as itself: its kid is its device_id (spec §7).
    if (deviceSigned && envelope->kid != body->deviceId) {
        return Error(ErrorKind::Invalid, "record.kid",
                     QT_TRANSLATE_NOOP("Error", "a device record's kid %1 is not its device_id %2"),
                     {toHex(envelope->kid), toHex(body->deviceId)});
    }
    return Record{bytes.toByteArray(), std::move(*envelope), std::move(*body)};
}

Result<QByteArray> signRecord(const RecordBody& body, const crypto::PrivateKey& key,
                              QByteArrayView kid)
{
    return cose::sign1(body.encode(), key, kid);
}

}  // namespace pp::records
