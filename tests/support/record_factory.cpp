#include "support/record_factory.h"

#include "cbor/writer.h"
#include "records/gbt32960.h"
#include "records/record.h"

#include <QDateTime>
#include <QTimeZone>

namespace pp::test {

QByteArray registration(const crypto::PrivateKey& registrar, std::uint64_t registrarSeq,
                        const QByteArray& device, const crypto::PublicKey& deviceKey,
                        records::AssetClass assetClass, const QString& vin,
                        crypto::HashAlg chainHash)
{
    records::RecordBody b;
    b.type = records::RecordType::Registration;
    b.deviceId = device;
    b.seq = registrarSeq;
    b.timeMs = kRecordStartMs;
    b.assetClass = assetClass;
    b.deviceKey = deviceKey;
    std::vector<std::pair<cbor::Value, cbor::Value>> meta = {
        {cbor::Value::text(QStringLiteral("name")),
         cbor::Value::text(QStringLiteral("test device"))}};
    if (!vin.isEmpty())
        meta.emplace_back(cbor::Value::text(QStringLiteral("vin")), cbor::Value::text(vin));
    b.meta = cbor::Value::map(std::move(meta));
    return *records::signRecord(b, registrar, registrar.publicKey().keyId(chainHash));
}

QByteArray batteryBatch(const QByteArray& device, const crypto::PrivateKey& key, std::uint64_t seq)
{
    records::RecordBody b;
    b.type = records::RecordType::BatteryBatch;
    b.deviceId = device;
    b.seq = seq;
    b.timeMs = kRecordStartMs + seq * 60000;
    b.intervalS = 60;
    b.batterySamples = {{51200, -12000, 830, 970, 312, 298, 3215, 3198, 412, 0}};
    return *records::signRecord(b, key, device);
}

QByteArray vehicleBatch(const QByteArray& device, const crypto::PrivateKey& key, std::uint64_t seq,
                        const QByteArray& vin, int packets, int badBcc)
{
    records::RecordBody b;
    b.type = records::RecordType::VehicleBatch;
    b.deviceId = device;
    b.seq = seq;
    b.timeMs = kRecordStartMs + seq * 3'600'000;
    for (int i = 0; i < packets; ++i) {
        records::gbt32960::Packet p;
        p.vin = vin;
        // Packet times are Beijing time: UTC+8.
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(
            static_cast<qint64>(b.timeMs) + i * 60'000 + 8 * 3'600'000, QTimeZone::utc());
        p.time = {at.date().year(), at.date().month(),  at.date().day(),
                  at.time().hour(), at.time().minute(), at.time().second()};
        p.vehicle = records::gbt32960::VehicleUnit{
            1,
            3,
            1,
            452,
            static_cast<std::uint32_t>(1'234'567 + seq * 100 + static_cast<std::uint64_t>(i)),
            5120,
            9147,
            76,
            1,
            14,
            5000,
            35,
            0};
        QByteArray bytes = records::gbt32960::encode(p);
        if (i == badBcc)
            bytes[bytes.size() - 1] = static_cast<char>(bytes.back() ^ 0x5A);
        b.binarySamples.push_back(bytes);
    }
    return *records::signRecord(b, key, device);
}

QByteArray submission(const std::vector<QByteArray>& records)
{
    cbor::Writer w;
    w.beginArray(records.size());
    for (const QByteArray& r : records)
        w.bytes(r);
    return std::move(w).data();
}

}  // namespace pp::test
