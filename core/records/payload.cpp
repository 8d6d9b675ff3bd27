#include "records/payload.h"

#include <algorithm>

namespace pp::records {

bool Payload::decoded(std::size_t sample) const
{
    return std::none_of(faults.begin(), faults.end(),
                        [sample](const SampleFault& f) { return f.sample == sample; });
}

Payload Payload::decode(const RecordBody& body, std::optional<QStringView> registeredVin)
{
    Payload payload;
    const bool pv = body.type == RecordType::PvBatch;
    const bool vehicle = body.type == RecordType::VehicleBatch;
    if (pv)
        payload.blocks.resize(body.binarySamples.size());
    if (vehicle)
        payload.packets.resize(body.binarySamples.size());
    for (std::size_t i = 0; i < body.binarySamples.size(); ++i) {
        if (pv) {
            auto block = sunspec::InverterBlock::decode(body.binarySamples[i]);
            if (block)
                payload.blocks[i] = std::move(*block);
            else
                payload.faults.push_back({i, std::move(block).error()});
        } else if (vehicle) {
            auto packet = gbt32960::decode(body.binarySamples[i]);
            if (!packet) {
                payload.faults.push_back({i, std::move(packet).error()});
            } else if (registeredVin && QLatin1String(packet->vin) != *registeredVin) {
                payload.faults.push_back(
                    {i, Error(ErrorKind::Invalid, "record.vin",
                              QT_TRANSLATE_NOOP("Error", "packet VIN %1 is not the registered %2"),
                              {QString::fromLatin1(packet->vin), registeredVin->toString()})});
            } else {
                payload.packets[i] = std::move(*packet);
            }
        }
    }
    return payload;
}

}  // namespace pp::records
