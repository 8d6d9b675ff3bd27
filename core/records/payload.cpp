#include "records/payload.h"

namespace pp::records {

namespace {

Error inSample(Error error, std::size_t i)
{
    return std::move(error).within(QT_TRANSLATE_NOOP("Error", "sample %1"), {QString::number(i)});
}

}  // namespace

Result<Payload> Payload::decode(const RecordBody& body)
{
    Payload payload;
    const bool pv = body.type == RecordType::PvBatch;
    const bool vehicle = body.type == RecordType::VehicleBatch;
    if (pv)
        payload.blocks.reserve(body.binarySamples.size());
    if (vehicle)
        payload.packets.reserve(body.binarySamples.size());
    for (std::size_t i = 0; i < body.binarySamples.size(); ++i) {
        if (pv) {
            auto block = sunspec::InverterBlock::decode(body.binarySamples[i]);
            if (!block)
                return inSample(std::move(block).error(), i);
            payload.blocks.push_back(std::move(*block));
        } else if (vehicle) {
            auto packet = gbt32960::decode(body.binarySamples[i]);
            if (!packet)
                return inSample(std::move(packet).error(), i);
            payload.packets.push_back(std::move(*packet));
        }
    }
    return payload;
}

Result<Payload> checkPayload(const RecordBody& body, QStringView registeredVin)
{
    auto payload = Payload::decode(body);
    if (!payload)
        return payload;
    for (std::size_t i = 0; i < payload->packets.size(); ++i) {
        const QByteArray& vin = payload->packets[i].vin;
        if (QLatin1String(vin) != registeredVin)
            return inSample(
                Error(ErrorKind::Invalid, "record.vin",
                      QT_TRANSLATE_NOOP("Error", "packet VIN %1 is not the registered %2"),
                      {QString::fromLatin1(vin), registeredVin.toString()}),
                i);
    }
    return payload;
}

}  // namespace pp::records
