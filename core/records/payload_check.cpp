#include "records/payload_check.h"

#include "records/gbt32960.h"
#include "records/sunspec.h"

namespace pp::records {

Status checkPayload(const RecordBody& body, QStringView registeredVin)
{
    for (std::size_t i = 0; i < body.binarySamples.size(); ++i) {
        const QByteArray& sample = body.binarySamples[i];
        Status st;
        if (body.type == RecordType::PvBatch) {
            auto block = sunspec::InverterBlock::decode(sample);
            if (!block)
                st = std::move(block).error();
        } else if (body.type == RecordType::VehicleBatch) {
            auto packet = gbt32960::decode(sample);
            if (!packet) {
                st = std::move(packet).error();
            } else if (QString::fromLatin1(packet->vin) != registeredVin) {
                st = Error(ErrorKind::Invalid, "record.vin",
                           QT_TRANSLATE_NOOP("Error", "packet VIN %1 is not the registered %2"),
                           {QString::fromLatin1(packet->vin), registeredVin.toString()});
            }
        }
        if (!st)
            return std::move(st).error().within(QT_TRANSLATE_NOOP("Error", "sample %1"),
                                                {QString::number(i)});
    }
    return okStatus();
}

}  // namespace pp::records
