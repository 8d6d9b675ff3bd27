#include "support/record_factory.h"

#include "cbor/writer.h"
#include "records/record.h"

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

QByteArray submission(const std::vector<QByteArray>& records)
{
    cbor::Writer w;
    w.beginArray(records.size());
    for (const QByteArray& r : records)
        w.bytes(r);
    return std::move(w).data();
}

}  // namespace pp::test
