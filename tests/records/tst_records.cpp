// Record bodies of every type (spec §7) through real COSE signatures: round trips, and
// refusal of unknown or misplaced keys, missing fields, malformed samples and meta, keys
// the profile does not allow, and a device record signed under another kid. Then the
// payload decoded: every sample in order, and the sample at fault named.

#include "cbor/decoder.h"
#include "cbor/writer.h"
#include "records/gbt32960.h"
#include "records/payload.h"
#include "records/record.h"
#include "records/sample_quantities.h"
#include "records/sunspec.h"
#include "support/test_data.h"

#include <QTest>

#include <map>
#include <optional>

using namespace pp;
using namespace pp::records;
using crypto::HashAlg;
using crypto::PrivateKey;
using crypto::SigAlg;
using pp::test::hex;

namespace {

const QByteArray kDevice = hex("d0d1d2d3d4d5d6d7d8d9dadbdcdddedf");

PrivateKey generated(SigAlg alg)
{
    auto key = PrivateKey::generate(alg);
    if (!key)
        qFatal("keygen failed");
    return *key;
}

template <typename T>
QByteArray code(const Result<T>& r)
{
    return r.ok() ? QByteArray("ok") : QByteArray(r.error().code());
}

RecordBody batteryBatch()
{
    RecordBody b;
    b.type = RecordType::BatteryBatch;
    b.deviceId = kDevice;
    b.seq = 7;
    b.timeMs = 1767225600000ULL;
    b.intervalS = 60;
    const BatterySample sample = {51200, -12000, 830, 970, 312, 298, 3215, 3198, 412, 0};
    b.batterySamples = {sample, sample};
    return b;
}

RecordBody registration(const crypto::PublicKey& deviceKey)
{
    RecordBody b;
    b.type = RecordType::Registration;
    b.deviceId = kDevice;
    b.seq = 0;
    b.timeMs = 1767225600000ULL;
    b.assetClass = AssetClass::Pv;
    b.deviceKey = deviceKey;
    b.meta = cbor::Value::map({
        {cbor::Value::text(QStringLiteral("name")),
         cbor::Value::text(QStringLiteral("无锡屋顶 12"))},
        {cbor::Value::text(QStringLiteral("lat_e6")), cbor::Value::integer(31491000)},
        {cbor::Value::text(QStringLiteral("lon_e6")), cbor::Value::integer(120312000)},
        {cbor::Value::text(QStringLiteral("capacity_ac_w")), cbor::Value::unsignedInt(40000)},
        {cbor::Value::text(QStringLiteral("inspection_firm")),
         cbor::Value::text(QStringLiteral("kept"))},
    });
    return b;
}

constexpr const char* kVin = "LGHC4V1D2NB100001";

// A PV batch whose samples report 1, 2, 3 ... kW, and a van's batch whose packets report
// 100.0, 100.1, 100.2 ... km.
RecordBody pvBatch(int samples)
{
    RecordBody b = batteryBatch();
    b.type = RecordType::PvBatch;
    b.batterySamples.clear();
    for (int i = 0; i < samples; ++i)
        b.binarySamples.push_back(sunspec::encodeInverterBlock(
            101, {{"W", 1000.0 * (i + 1)}, {"WH", 5000}}, {{"W_SF", 0}, {"WH_SF", 0}}));
    return b;
}

RecordBody vehicleBatch(int packets)
{
    RecordBody b = batteryBatch();
    b.type = RecordType::VehicleBatch;
    b.intervalS.reset();
    b.batterySamples.clear();
    for (int i = 0; i < packets; ++i) {
        gbt32960::Packet p;
        p.vin = kVin;
        p.time = {2026, 7, 15, 9, 30, i};
        p.vehicle = gbt32960::VehicleUnit{};
        p.vehicle->odometer = static_cast<std::uint32_t>(1000 + i);
        b.binarySamples.push_back(gbt32960::encode(p));
    }
    return b;
}

// Re-encodes a body's map with one key replaced, added (value given) or removed (null).
QByteArray withKey(const RecordBody& body, std::int64_t key, const cbor::Value& v)
{
    const auto map = *cbor::decode(body.encode());
    std::vector<std::pair<cbor::Value, cbor::Value>> entries;
    for (std::size_t i = 0; i < map.size(); ++i) {
        if (map.keyAt(i).toInt64() != key)
            entries.emplace_back(map.keyAt(i), map.valueAt(i));
    }
    if (!(v == cbor::Value::null()))
        entries.emplace_back(cbor::Value::integer(key), v);
    return cbor::encode(cbor::Value::map(std::move(entries)));
}

}  // namespace

class TestRecords : public QObject
{
    Q_OBJECT

private slots:
    void batteryRoundTrip()
    {
        const PrivateKey device = generated(SigAlg::Ed25519);
        const auto bytes = signRecord(batteryBatch(), device, kDevice);
        QVERIFY(bytes.ok());
        const auto record = Record::parse(*bytes, HashAlg::Sha256);
        QVERIFY2(record.ok(), qPrintable(record.ok() ? QString() : record.error().message()));
        QCOMPARE(record->body.type, RecordType::BatteryBatch);
        QCOMPARE(record->body.seq, std::uint64_t{7});
        QCOMPARE(record->body.intervalS, std::uint64_t{60});
        QCOMPARE(record->body.batterySamples.size(), std::size_t{2});
        QCOMPARE(record->body.batterySamples[0][1], -12000);
        QCOMPARE(record->body.encode(), batteryBatch().encode());
        QVERIFY(cose::verifySign1(record->envelope, device.publicKey(), kDevice).ok());
    }

    void registrationRoundTrip()
    {
        const PrivateKey registrar = generated(SigAlg::Sm2);
        const PrivateKey device = generated(SigAlg::Sm2);
        const QByteArray kid = registrar.publicKey().keyId(HashAlg::Sm3);
        const auto bytes = signRecord(registration(device.publicKey()), registrar, kid);
        const auto record = Record::parse(*bytes, HashAlg::Sm3);
        QVERIFY2(record.ok(), qPrintable(record.ok() ? QString() : record.error().message()));
        QCOMPARE(record->body.assetClass, AssetClass::Pv);
        QVERIFY(*record->body.deviceKey == device.publicKey());
        QCOMPARE(record->body.meta.find(u"name")->toText(), u"无锡屋顶 12");
        QCOMPARE(record->body.meta.find(u"inspection_firm")->toText(), u"kept");  // unknown, kept
        QCOMPARE(record->envelope.kid, kid);
        // An SM2 device key is not allowed on an intl chain.
        QCOMPARE(code(Record::parse(*bytes, HashAlg::Sha256)), "cbor.field");
    }

    void revocationRoundTrip()
    {
        RecordBody b;
        b.type = RecordType::Revocation;
        b.deviceId = kDevice;
        b.seq = 3;
        b.timeMs = 5;
        b.reason = QStringLiteral("key compromised");
        const auto back = RecordBody::decode(b.encode(), HashAlg::Sha256);
        QVERIFY(back.ok());
        QCOMPARE(back->reason, u"key compromised");
        QCOMPARE(code(RecordBody::decode(withKey(b, 10, cbor::Value::null()), HashAlg::Sha256)),
                 "cbor.missing-key");
    }

    void deviceKidMustBeDeviceId()
    {
        const PrivateKey device = generated(SigAlg::Ed25519);
        QByteArray otherKid = kDevice;
        otherKid[0] = 0;
        const auto bytes = signRecord(batteryBatch(), device, otherKid);
        QCOMPARE(code(Record::parse(*bytes, HashAlg::Sha256)), "record.kid");
    }

    void rejectedBodies_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("code");
        const RecordBody battery = batteryBatch();
        const auto row = [](const char* name, const QByteArray& p, const char* c) {
            QTest::newRow(name) << p << QByteArray(c);
        };
        row("unknown key 11", withKey(battery, 11, cbor::Value::unsignedInt(0)),
            "cbor.unknown-key");
        row("registration key in a batch", withKey(battery, 7, cbor::Value::unsignedInt(1)),
            "cbor.unknown-key");
        row("unknown type", withKey(battery, 1, cbor::Value::unsignedInt(13)), "record.type");
        row("no device id", withKey(battery, 2, cbor::Value::null()), "cbor.missing-key");
        row("15-byte device id", withKey(battery, 2, cbor::Value::bytes(kDevice.left(15))),
            "cbor.field");
        row("negative seq", withKey(battery, 3, cbor::Value::integer(-1)), "cbor.field");
        row("no interval", withKey(battery, 5, cbor::Value::null()), "cbor.missing-key");
        row("zero interval", withKey(battery, 5, cbor::Value::unsignedInt(0)), "cbor.field");
        row("samples not an array", withKey(battery, 6, cbor::Value::unsignedInt(0)), "cbor.field");
        row("nine battery fields",
            withKey(battery, 6,
                    cbor::Value::array({cbor::Value::array(
                        std::vector<cbor::Value>(9, cbor::Value::unsignedInt(1)))})),
            "cbor.field");
        row("text in a battery field",
            withKey(battery, 6,
                    cbor::Value::array({cbor::Value::array(
                        std::vector<cbor::Value>(10, cbor::Value::text(QStringLiteral("x"))))})),
            "cbor.field");
        RecordBody pv = battery;
        pv.type = RecordType::PvBatch;
        pv.batterySamples.clear();
        pv.binarySamples = {QByteArray(104, '\0')};
        row("PV sample not a byte string",
            withKey(pv, 6, cbor::Value::array({cbor::Value::text(QStringLiteral("x"))})),
            "cbor.field");
        RecordBody vehicle = battery;
        vehicle.type = RecordType::VehicleBatch;
        vehicle.intervalS.reset();
        vehicle.batterySamples.clear();
        vehicle.binarySamples = {QByteArray("##abc")};
        row("vehicle sample not a byte string",
            withKey(vehicle, 6, cbor::Value::array({cbor::Value::unsignedInt(35)})), "cbor.field");
        row("interval in a vehicle batch", withKey(vehicle, 5, cbor::Value::unsignedInt(30)),
            "cbor.unknown-key");
        row("not a map", hex("80"), "cbor.structure");
        row("not CBOR", hex("ff"), "cbor.unexpected-break");

        const RecordBody reg = registration(generated(SigAlg::Ed25519).publicKey());
        row("asset class 4", withKey(reg, 7, cbor::Value::unsignedInt(4)), "cbor.field");
        row("meta with an integer key",
            withKey(reg, 9,
                    cbor::Value::map({{cbor::Value::unsignedInt(1), cbor::Value::unsignedInt(1)}})),
            "cbor.field");
        row("capacity as text",
            withKey(reg, 9,
                    cbor::Value::map({{cbor::Value::text(QStringLiteral("capacity_ac_w")),
                                       cbor::Value::text(QStringLiteral("40 kW"))}})),
            "cbor.field");
        row("key of an unknown algorithm",
            withKey(reg, 8,
                    cbor::Value::array(
                        {cbor::Value::integer(-35), cbor::Value::bytes(QByteArray(65, 4))})),
            "key.unsupported-alg");
        row("no meta", withKey(reg, 9, cbor::Value::null()), "cbor.missing-key");
    }
    void rejectedBodies()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, code);
        const auto body = RecordBody::decode(payload, HashAlg::Sha256);
        QVERIFY(!body.ok());
        QCOMPARE(QByteArray(body.error().code()), code);
    }

    // Batches take a one-pass path of their own (record_body.cpp), other bodies and broken
    // batches the general one. Whatever either accepts must be the one deterministic
    // encoding of what was read: every byte of a batch of each type, changed in several
    // ways, is refused or re-encodes to exactly the bytes decoded; a cut or extended batch
    // is refused.
    void changedBatchesAreRefusedOrCanonical()
    {
        for (const RecordBody& body : {batteryBatch(), pvBatch(2), vehicleBatch(2)}) {
            const QByteArray good = body.encode();
            QVERIFY(RecordBody::decode(good, HashAlg::Sha256).ok());
            int accepted = 0, refused = 0;
            for (qsizetype i = 0; i < good.size(); ++i) {
                for (int change : {0x01, 0x02, 0x08, 0x1f, 0x20, 0x40, 0x80, 0xff}) {
                    QByteArray changed = good;
                    changed[i] = static_cast<char>(changed[i] ^ change);
                    const auto decoded = RecordBody::decode(changed, HashAlg::Sha256);
                    if (!decoded) {
                        ++refused;
                        continue;
                    }
                    ++accepted;
                    QCOMPARE(decoded->encode(), changed);
                }
                QVERIFY(!RecordBody::decode(good.left(i), HashAlg::Sha256).ok());
            }
            // Sample values, seq and time may change and stay valid; heads and keys may not.
            QVERIFY(accepted > 0 && refused > 0);
            QCOMPARE(code(RecordBody::decode(QByteArray(good).append('\0'), HashAlg::Sha256)),
                     QByteArray("cbor.trailing-bytes"));
        }
    }

    void payloadHoldsEverySampleInOrder()
    {
        const Terminal terminal{QString::fromLatin1(kVin), std::nullopt};
        const Payload pv = Payload::decode(pvBatch(3));
        QVERIFY(pv.faults.empty());
        QCOMPARE(pv.blocks.size(), std::size_t{3});
        QVERIFY(pv.packets.empty());
        for (std::size_t i = 0; i < 3; ++i)
            QCOMPARE(pv.blocks[i].value(u"W"), 1000.0 * static_cast<double>(i + 1));

        const Payload van = Payload::decode(vehicleBatch(4), &terminal);
        QVERIFY(van.faults.empty());
        QCOMPARE(van.packets.size(), std::size_t{4});
        QVERIFY(van.blocks.empty());
        for (std::size_t i = 0; i < 4; ++i)
            QCOMPARE(van.packets[i].vehicle->odometer, 1000 + i);

        const Payload battery = Payload::decode(batteryBatch());
        QVERIFY(battery.faults.empty() && battery.blocks.empty() && battery.packets.empty());
    }

    // Spec §8/§9.5: a sample that does not decode is named, and the others stand.
    void aSampleThatDoesNotDecodeLeavesTheOthers()
    {
        RecordBody pv = pvBatch(3);
        pv.binarySamples[2][1] = 99;  // model 99: not an inverter block
        const Payload blocks = Payload::decode(pv);
        QCOMPARE(blocks.faults.size(), std::size_t{1});
        QCOMPARE(blocks.faults.front().sample, std::size_t{2});
        QCOMPARE(QByteArray(blocks.faults.front().error.code()), QByteArray("sunspec.model"));
        QVERIFY(blocks.decoded(0) && blocks.decoded(1) && !blocks.decoded(2));
        QCOMPARE(blocks.blocks[1].value(u"W"), 2000.0);
        QVERIFY(!blocks.blocks[2].value(u"W"));  // the stand-in has no values

        RecordBody van = vehicleBatch(3);
        const Terminal terminal{QString::fromLatin1(kVin), std::nullopt};
        const Terminal otherTerminal{QStringLiteral("LGHC4V1D2NB999999"), std::nullopt};
        const Payload otherVin = Payload::decode(van, &otherTerminal);
        QCOMPARE(otherVin.faults.size(), std::size_t{3});
        QCOMPARE(QByteArray(otherVin.faults.front().error.code()), QByteArray("record.vin"));
        QVERIFY(Payload::decode(van).faults.empty());  // no VIN asked: every packet decodes
        van.binarySamples[1].chop(1);                  // no BCC
        const Payload packets = Payload::decode(van, &terminal);
        QCOMPARE(packets.faults.size(), std::size_t{1});
        QCOMPARE(packets.faults.front().sample, std::size_t{1});
        QVERIFY(QByteArray(packets.faults.front().error.code()).startsWith("gbt32960."));
        QCOMPARE(packets.packets[2].vehicle->odometer, 1002);
        QVERIFY(!packets.packets[1].vehicle);

        // Bytes that are no block or packet at all still make a record (spec §8): the body
        // decodes, and the payload names the samples.
        RecordBody odd = vehicleBatch(2);
        odd.binarySamples[0] = QByteArray("$$abc");
        const auto body = RecordBody::decode(odd.encode(), HashAlg::Sha256);
        QVERIFY(body.ok());
        const Payload oddPackets = Payload::decode(*body, &terminal);
        QCOMPARE(oddPackets.faults.size(), std::size_t{1});
        QVERIFY(oddPackets.decoded(1));
        RecordBody shortBlock = pvBatch(2);
        shortBlock.binarySamples[1].chop(1);
        const auto pvBody = RecordBody::decode(shortBlock.encode(), HashAlg::Sha256);
        QVERIFY(pvBody.ok());
        QCOMPARE(QByteArray(Payload::decode(*pvBody).faults.front().error.code()),
                 QByteArray("sunspec.size"));
    }

    void pvSamplesAreShownInDisplayUnits()
    {
        RecordBody pv = pvBatch(1);
        pv.binarySamples = {
            sunspec::encodeInverterBlock(101, {{"W", 2000}, {"PF", 99.5}, {"TmpCab", 31.2}},
                                         {{"W_SF", 0}, {"PF_SF", -1}, {"Tmp_SF", -1}})};
        const auto samples = decodeSamples(pv);
        QCOMPARE(samples.size(), std::size_t{1});
        std::map<QString, std::pair<QString, std::optional<double>>> shown;
        for (const NamedQuantity& q : samples[0].quantities)
            shown[q.name] = {q.unit, q.value};
        QCOMPARE(shown[QStringLiteral("W")].first, QStringLiteral("W"));
        QCOMPARE(shown[QStringLiteral("PF")].first, QStringLiteral("%"));
        QCOMPARE(shown[QStringLiteral("PF")].second.value_or(0), 99.5);
        QCOMPARE(shown[QStringLiteral("TmpCab")].first, QStringLiteral("°C"));
        QCOMPARE(shown[QStringLiteral("TmpCab")].second.value_or(0), 31.2);
    }
};

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
