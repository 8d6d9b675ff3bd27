#include "records/payload.h"

#include "common/parallel.h"

#include <algorithm>

namespace pp::records {

bool Payload::decoded(std::size_t sample) const
{
    return std::none_of(faults.begin(), faults.end(),
                        [sample](const SampleFault& f) { return f.sample == sample; });
}

Terminal Terminal::fromMeta(const cbor::Value& meta)
{
    Terminal t;
    if (const cbor::Value* vin = meta.find(u"vin"))
        t.vin = vin->toText();
    if (const cbor::Value* key = meta.find(u"frame_key")) {
        t.frameKey = key->isBytes()
                         ? crypto::FrameKey::fromDer(key->byteString())
                         : Result<crypto::FrameKey>(Error(
                               ErrorKind::Malformed, "record.frame-key",
                               QT_TRANSLATE_NOOP("Error", "meta frame_key is not a byte string")));
    }
    return t;
}

namespace {

// Why a vehicle packet is not this terminal's data, if it is not.
std::optional<Error> foreignPacket(const gbt32960::Packet& packet, QByteArrayView bytes,
                                   const Terminal& terminal)
{
    if (QLatin1String(packet.vin) != terminal.vin)
        return Error(ErrorKind::Invalid, "record.vin",
                     QT_TRANSLATE_NOOP("Error", "packet VIN %1 is not the registered %2"),
                     {QString::fromLatin1(packet.vin), terminal.vin});
    if (!packet.signature || !terminal.frameKey)
        return std::nullopt;
    if (!*terminal.frameKey)
        return Error(terminal.frameKey->error()).within(QT_TRANSLATE_NOOP("Error", "registration"));
    const gbt32960::TerminalSignature& sig = *packet.signature;
    if (auto st = (*terminal.frameKey)
                      ->verify(sig.algorithm, sig.r, sig.s, gbt32960::signedBytes(bytes, packet));
        !st)
        return std::move(st).error();
    return std::nullopt;
}

}  // namespace

Payload Payload::decode(const RecordBody& body, const Terminal* terminal)
{
    Payload payload;
    const std::size_t n = body.binarySamples.size();
    if (body.type == RecordType::PvBatch) {
        payload.blocks.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            auto block = sunspec::InverterBlock::decode(body.binarySamples[i]);
            if (block)
                payload.blocks[i] = std::move(*block);
            else
                payload.faults.push_back({i, std::move(block).error()});
        }
    }
    if (body.type != RecordType::VehicleBatch)
        return payload;
    payload.packets.resize(n);
    std::vector<std::optional<Error>> why(n);  // each packet's fault, if any
    for (std::size_t i = 0; i < n; ++i) {
        auto packet = gbt32960::decode(body.binarySamples[i]);
        if (packet)
            payload.packets[i] = std::move(*packet);
        else
            why[i] = std::move(packet).error();
    }
    // A 2025 terminal's signature costs an SM2 verification a packet, many times the
    // decoding: with a frame key to check, every core takes its share.
    if (terminal != nullptr) {
        const auto check = [&](std::size_t i) {
            if (!why[i])
                why[i] = foreignPacket(payload.packets[i], body.binarySamples[i], *terminal);
        };
        if (terminal->frameKey)
            parallelFor(n, check, 4);
        else
            for (std::size_t i = 0; i < n; ++i)
                check(i);
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (!why[i])
            continue;
        payload.faults.push_back({i, std::move(*why[i])});
        payload.packets[i] = {};  // a stand-in without values, as for one that did not decode
    }
    return payload;
}

}  // namespace pp::records
