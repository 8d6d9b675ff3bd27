// GB/T 32960.3-2025 real-time packets ("$$"): every information unit of the edition, built
// byte by byte from its tables as the public parsers docs/protocol.md names lay them out;
// a round trip; markers as states; the terminal's signature (SM2 with our key, RSA with
// `openssl dgst`), checked against the registered frame key, and its failure a fault of
// that sample only; and the damaged packets the codec refuses.

#include "crypto/frame_signature.h"
#include "crypto/private_key.h"
#include "records/gbt32960.h"
#include "records/payload.h"
#include "support/gbt32960_frame.h"
#include "support/test_data.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;
using namespace pp::records::gbt32960;
using pp::test::hex;

namespace {

const QByteArray kVin = "LGHC4V1D2PB200001";

QByteArray sealed(const QByteArray& data)
{
    return test::sealedPacket("$$", kVin, data);
}

const Field& field(const std::vector<Field>& fs, QStringView name)
{
    return test::packetField(fs, name);
}

double value(const std::vector<Field>& fs, QStringView name)
{
    const Field& f = field(fs, name);
    if (f.status != Quantity::Status::Valid)
        qFatal("field %s has no value", qPrintable(name.toString()));
    return f.value;
}

// The data unit of a vehicle that has everything: time, then every unit type of the 2025
// edition in table order, and a maker's block.
QByteArray everyUnit()
{
    return hex(
        // Time: 2026-03-04 05:06:07 Beijing time.
        "1a0304050607"
        // 0x01 vehicle (18 bytes): state 1 (on); charging 3 (not charging); mode 2
        // (hybrid); speed WORD 0.1 km/h = 0x01c2 (45.0); odometer DWORD 0.1 km =
        // 0x0012d687 (123456.7); voltage WORD 0.1 V = 0x1770 (600.0); current WORD 0.1 A
        // offset -3000 A = 0x7471 (29809: -19.1 A); SoC 0x4c (76 %); DC/DC 1; gear 0x2e
        // (drive force, gear D); insulation WORD kΩ = 0x1388 (5000).
        "01"
        "010302"
        "01c2"
        "0012d687"
        "1770"
        "7471"
        "4c"
        "01"
        "2e"
        "1388"
        // 0x02 drive motors: count 1; index 1, state 1 (consuming), controller 0x55
        // (45 °C), speed WORD offset -32000 r/min = 0x8fcc (36812: 4812 r/min), torque
        // DWORD 0.1 N·m offset -20000 N·m = 0x00031664 (202340: 234.0 N·m), motor 0x5a
        // (50 °C).
        "02"
        "01"
        "01"
        "01"
        "55"
        "8fcc"
        "00031664"
        "5a"
        // 0x03 hydrogen system (12 bytes): max temperature WORD offset -40 °C = 0x0041
        // (25 °C), its probe 2; max H2 concentration WORD 0.0001 % = 0x0190 (0.04 %), its
        // sensor 1; max pressure WORD 0.1 MPa = 0x02bc (70.0 MPa), its sensor 3; DC/DC 1;
        // hydrogen left 0x3c (60 %); DC/DC temperature 0x50 (40 °C).
        "03"
        "0041"
        "02"
        "0190"
        "01"
        "02bc"
        "03"
        "01"
        "3c"
        "50"
        // 0x04 engine: crankshaft speed WORD r/min = 0x0898 (2200).
        "04"
        "0898"
        // 0x05 position (10 bytes): status 0 (fix, north, east); coordinate system 2
        // (GCJ-02); longitude DWORD 1e-6 ° = 0x072bd0c0 (120.312000); latitude 0x01e08538
        // (31.491384).
        "05"
        "00"
        "02"
        "072bd0c0"
        "01e08538"
        // 0x06 alarms: level 2; flags DWORD 0x00000800 (insulation, bit 11); battery
        // faults 1: 0x00001001; motor, engine, other faults none; general alarm list 1:
        // bit 11, level 2.
        "06"
        "02"
        "00000800"
        "01"
        "00001001"
        "00"
        "00"
        "00"
        "01"
        "0b02"
        // 0x07 cell voltages: packs 1; pack 1, voltage WORD 0.1 V 0x1770 (600.0), current
        // WORD offset -3000 A 0x7471; cell count WORD 3; cells WORD mV: 3301 3320 0xFFFE.
        "07"
        "01"
        "01"
        "1770"
        "7471"
        "0003"
        "0ce5"
        "0cf8"
        "fffe"
        // 0x08 probe temperatures: packs 1; pack 1; probe count WORD 2; 0x41 (25 °C),
        // 0x46 (30 °C).
        "08"
        "01"
        "01"
        "0002"
        "41"
        "46"
        // 0x30 fuel-cell stacks: count 1; index 1; voltage WORD 0.1 V 0x0ed8 (380.0);
        // current WORD 0.1 A 0x04b0 (120.0); hydrogen inlet pressure WORD 0.1 kPa offset
        // -100 kPa 0x0bb8 (3000: 200.0 kPa); air inlet 0x07d0 (100.0 kPa); air inlet
        // temperature 0x41 (25 °C); coolant outlet probes WORD 2: 0x69 (65 °C), 0x6a.
        "30"
        "01"
        "01"
        "0ed8"
        "04b0"
        "0bb8"
        "07d0"
        "41"
        "0002"
        "69"
        "6a"
        // 0x31 supercapacitor: system 1; voltage WORD 0x0b54 (290.0 V); current WORD
        // offset -3000 A 0x7530 (0.0 A); cells WORD 2: 2700 mV, 2710 mV; probes WORD 1:
        // 0x46 (30 °C).
        "31"
        "01"
        "0b54"
        "7530"
        "0002"
        "0a8c"
        "0a96"
        "0001"
        "46"
        // 0x32 supercapacitor extremes (18 bytes): max voltage system 1, cell WORD 2,
        // 2710 mV; min voltage system 1, cell WORD 1, 2700 mV; max temperature system 1,
        // probe WORD 1, 0x46 (30 °C); min temperature system 1, probe WORD 1, 0x46.
        "32"
        "01"
        "0002"
        "0a96"
        "01"
        "0001"
        "0a8c"
        "01"
        "0001"
        "46"
        "01"
        "0001"
        "46"
        // A maker's unit 0x85: length WORD 3, bytes.
        "85"
        "0003"
        "abcdef");
}

// A signature unit (0xFF): algorithm, r with its WORD length, s with its WORD length.
QByteArray signatureUnit(std::uint8_t algorithm, const QByteArray& r, const QByteArray& s)
{
    QByteArray u = hex("ff");
    u.append(static_cast<char>(algorithm));
    for (const QByteArray& part : {r, s}) {
        u.append(static_cast<char>(part.size() >> 8)).append(static_cast<char>(part.size() & 0xff));
        u += part;
    }
    return u;
}

QByteArray sm2Signed(const crypto::PrivateKey& key, const QByteArray& data)
{
    const auto sig = key.sign(data);
    if (!sig)
        qFatal("sign: %s", qPrintable(sig.error().message()));
    return sealed(data + signatureUnit(1, sig->left(32), sig->mid(32)));
}

}  // namespace

class TestGbt32960Edition2025 : public QObject
{
    Q_OBJECT

private slots:
    void everyUnitTypeByteByByte()
    {
        const QByteArray bytes = sealed(everyUnit());
        const auto p = decode(bytes);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message()));
        QCOMPARE(p->edition, Edition::Gb2025);
        QCOMPARE(p->time, (Time{2026, 3, 4, 5, 6, 7}));
        QCOMPARE(encode(*p), bytes);  // and back, byte for byte

        const auto fs = fields(*p);
        QCOMPARE(field(fs, u"packet.edition").text, u"GB/T 32960.3-2025");
        QCOMPARE(value(fs, u"vehicle.speed"), 45.0);
        QCOMPARE(value(fs, u"vehicle.odometer"), 123456.7);
        QCOMPARE(value(fs, u"vehicle.current"), -19.1);
        QCOMPARE(value(fs, u"vehicle.soc"), 76.0);
        QCOMPARE(value(fs, u"vehicle.mode"), 2.0);
        QCOMPARE(value(fs, u"vehicle.insulation"), 5000.0);
        QVERIFY(std::none_of(fs.begin(), fs.end(), [](const Field& f) {
            return f.name == u"vehicle.accelerator" || f.name == u"motor1.controller_voltage";
        }));  // 2016 fields the 2025 edition dropped
        QCOMPARE(value(fs, u"motor1.speed"), 4812.0);
        QCOMPARE(value(fs, u"motor1.torque"), 234.0);
        QCOMPARE(value(fs, u"motor1.controller_temperature"), 45.0);
        QCOMPARE(value(fs, u"hydrogen.max_temperature"), 25.0);
        QCOMPARE(value(fs, u"hydrogen.max_concentration"), 0.04);
        QCOMPARE(value(fs, u"hydrogen.max_pressure"), 70.0);
        QCOMPARE(value(fs, u"hydrogen.remaining"), 60.0);
        QCOMPARE(value(fs, u"hydrogen.dcdc_temperature"), 40.0);
        QCOMPARE(value(fs, u"engine.crankshaft_speed"), 2200.0);
        QCOMPARE(value(fs, u"position.longitude"), 120.312);
        QCOMPARE(value(fs, u"position.latitude"), 31.491384);
        QCOMPARE(value(fs, u"position.coordinate_system"), 2.0);
        QCOMPARE(value(fs, u"alarms.level"), 2.0);
        QCOMPARE(field(fs, u"alarms.battery_faults").text, u"0x00001001");
        QCOMPARE(field(fs, u"alarms.general").text, u"bit 11 level 2");
        QCOMPARE(value(fs, u"battery1.voltage"), 600.0);
        QCOMPARE(value(fs, u"battery1.current"), -19.1);
        QCOMPARE(value(fs, u"battery1.cell2"), 3320.0);
        QCOMPARE(field(fs, u"battery1.cell3").status, Quantity::Status::Abnormal);
        QCOMPARE(value(fs, u"battery1.probe2"), 30.0);
        QCOMPARE(value(fs, u"stack1.voltage"), 380.0);
        QCOMPARE(value(fs, u"stack1.hydrogen_inlet_pressure"), 200.0);
        QCOMPARE(value(fs, u"stack1.air_inlet_pressure"), 100.0);
        QCOMPARE(value(fs, u"stack1.coolant_probe2"), 66.0);
        QCOMPARE(value(fs, u"supercapacitor1.voltage"), 290.0);
        QCOMPARE(value(fs, u"supercapacitor1.current"), 0.0);
        QCOMPARE(value(fs, u"supercapacitor1.cell2"), 2710.0);
        QCOMPARE(value(fs, u"supercapacitor_extremes.max_cell_voltage"), 2710.0);
        QCOMPARE(value(fs, u"supercapacitor_extremes.min_temperature"), 30.0);
        QCOMPARE(field(fs, u"vendor.0x85").text, u"ab cd ef");

        // No extremes unit in this edition: the analytics' extremes come from the cell and
        // probe lists, the abnormal cell left out.
        const auto qs = quantities(*p);
        const auto find = [&](const char* name) {
            const auto it = std::find_if(qs.begin(), qs.end(), [&](const Quantity& q) {
                return qstrcmp(q.name, name) == 0;
            });
            if (it == qs.end())
                qFatal("no quantity %s", name);
            return it->value;
        };
        QCOMPARE(find("extremes.max_cell_voltage"), 3320.0);
        QCOMPARE(find("extremes.min_cell_voltage"), 3301.0);
        QCOMPARE(find("extremes.max_temperature"), 30.0);
        QCOMPARE(find("extremes.min_temperature"), 25.0);
    }

    void markersAreStatesAndRepeatedUnitsAreKept()
    {
        // Vehicle unit all 0xFF but the gear (bit 7: gear invalid); then a second vehicle
        // unit, kept as its bytes.
        const QByteArray invalidVehicle =
            hex("01"
                "ffffff"
                "ffff"
                "ffffffff"
                "ffff"
                "fffe"
                "ff"
                "ff"
                "bf"
                "ffff");
        const auto p = decode(sealed(hex("1a0304050607") + invalidVehicle + invalidVehicle));
        QVERIFY(p.ok());
        const auto fs = fields(*p);
        QCOMPARE(field(fs, u"vehicle.speed").status, Quantity::Status::Invalid);
        QCOMPARE(field(fs, u"vehicle.current").status, Quantity::Status::Abnormal);
        QCOMPARE(field(fs, u"vehicle.insulation").status, Quantity::Status::Invalid);
        QCOMPARE(p->repeated.size(), std::size_t{1});
        QCOMPARE(p->repeated.front().bytes, invalidVehicle.mid(1));
    }

    void sm2SignatureIsCheckedAgainstTheFrameKey()
    {
        const auto key = crypto::PrivateKey::fromSeed(crypto::SigAlg::Sm2, "terminal 1");
        QVERIFY(key.ok());
        const QByteArray bytes = sm2Signed(*key, everyUnit());
        const auto p = decode(bytes);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message()));
        QVERIFY(p->signature);
        QCOMPARE(p->signature->algorithm, std::uint8_t{crypto::FrameSm2});
        QCOMPARE(signedBytes(bytes, *p), QByteArrayView(everyUnit()));
        QCOMPARE(field(fields(*p), u"signature.algorithm").text, u"SM2");

        const auto frameKey = crypto::FrameKey::fromDer(key->publicKey().spkiDer());
        QVERIFY(frameKey.ok());
        const TerminalSignature& s = *p->signature;
        QVERIFY(frameKey->verify(s.algorithm, s.r, s.s, signedBytes(bytes, *p)).ok());

        // A record of three packets: the second's data changed after signing (its BCC
        // mended, as a forger would), the third signed by another key. Those two are
        // faults of their samples; the first stands.
        QByteArray data = everyUnit();
        const auto forged = [&] {
            QByteArray signedData = sm2Signed(*key, data);
            QByteArray unit = signedData.mid(kDataUnitOffset, data.size());
            unit[8] = '\x02';  // vehicle charging 3 -> 2
            return sealed(unit +
                          signedData.mid(kDataUnitOffset + data.size(),
                                         signedData.size() - kDataUnitOffset - data.size() - 1));
        }();
        const auto stranger = crypto::PrivateKey::fromSeed(crypto::SigAlg::Sm2, "terminal 2");
        records::RecordBody body;
        body.type = records::RecordType::VehicleBatch;
        body.binarySamples = {bytes, forged, sm2Signed(*stranger, data)};
        records::Terminal terminal{QString::fromLatin1(kVin), frameKey};
        const records::Payload payload = records::Payload::decode(body, &terminal);
        QCOMPARE(payload.faults.size(), std::size_t{2});
        QCOMPARE(payload.faults[0].sample, std::size_t{1});
        QCOMPARE(payload.faults[1].sample, std::size_t{2});
        QVERIFY(payload.decoded(0));
        QVERIFY(payload.faults[0].error.message().contains(u"terminal signature"));
        // Without a registered frame key the signature is shown, not checked.
        records::Terminal unkeyed{QString::fromLatin1(kVin), std::nullopt};
        QVERIFY(records::Payload::decode(body, &unkeyed).faults.empty());
        // A frame key that is not a key makes every signed packet a fault that says so.
        records::Terminal broken{QString::fromLatin1(kVin),
                                 crypto::FrameKey::fromDer(hex("3003020100"))};
        const auto brokenFaults = records::Payload::decode(body, &broken).faults;
        QCOMPARE(brokenFaults.size(), std::size_t{3});
        QVERIFY(brokenFaults[0].error.message().contains(u"SubjectPublicKeyInfo"));
    }

    void rsaSignatureAsOpensslMakesIt()
    {
        QTemporaryDir dir;
        const QString keyPath = dir.filePath(QStringLiteral("rsa.pem"));
        const QString dataPath = dir.filePath(QStringLiteral("data.bin"));
        const QString sigPath = dir.filePath(QStringLiteral("data.sig"));
        const QString pubPath = dir.filePath(QStringLiteral("pub.der"));
        const auto run = [](const QStringList& args) {
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"), args);
            QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                     openssl.readAllStandardError().constData());
        };
        run({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
             QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"),
             QStringLiteral("-out"), keyPath});
        run({QStringLiteral("pkey"), QStringLiteral("-in"), keyPath, QStringLiteral("-pubout"),
             QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"), pubPath});
        QFile data(dataPath);
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(everyUnit());
        data.close();
        run({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-sign"), keyPath,
             QStringLiteral("-out"), sigPath, dataPath});
        QFile sig(sigPath), pub(pubPath);
        QVERIFY(sig.open(QIODevice::ReadOnly) && pub.open(QIODevice::ReadOnly));
        const QByteArray signature = sig.readAll();
        const QByteArray bytes = sealed(everyUnit() + signatureUnit(2, signature, {}));

        const auto p = decode(bytes);
        QVERIFY(p.ok());
        QCOMPARE(field(fields(*p), u"signature.algorithm").text, u"RSA");
        const auto frameKey = crypto::FrameKey::fromDer(pub.readAll());
        QVERIFY(frameKey.ok());
        const TerminalSignature& s = *p->signature;
        QVERIFY(frameKey->verify(s.algorithm, s.r, s.s, signedBytes(bytes, *p)).ok());
        QVERIFY(!frameKey->verify(1, s.r, s.s, signedBytes(bytes, *p)).ok());  // not SM2
        QByteArray other = everyUnit();
        other[7] = '\x02';  // vehicle state 1 -> 2
        QVERIFY(!frameKey->verify(s.algorithm, s.r, s.s, other).ok());
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("code");
        const QByteArray time = hex("1a0304050607");
        QTest::newRow("after signature")
            << sealed(time + signatureUnit(1, QByteArray(32, 'r'), QByteArray(32, 's')) +
                      hex("0400aa"))
            << QByteArray("gbt32960.after-signature");
        QTest::newRow("signature cut")
            << sealed(time + hex("ff01002011")) << QByteArray("gbt32960.truncated");
        QTest::newRow("2016's extremes type in 2025")
            << sealed(time + hex("09")) << QByteArray("gbt32960.unit");
        QTest::newRow("vehicle 17 bytes")
            << sealed(time + hex("01") + QByteArray(17, '\0')) << QByteArray("gbt32960.truncated");
        QTest::newRow("cells past the end")
            << sealed(time + hex("0701011770747100ff0ce5")) << QByteArray("gbt32960.truncated");
        QTest::newRow("stack probes past the end")
            << sealed(time + hex("3001010ed804b00bb807d04100ff69"))
            << QByteArray("gbt32960.truncated");
        QTest::newRow("supercapacitor probes count cut") << sealed(time + hex("31010b5475300000"
                                                                              "00"))
                                                         << QByteArray("gbt32960.truncated");
        QTest::newRow("general alarms past the end") << sealed(time + hex("06020000080000000000"
                                                                          "05"
                                                                          "0b02"))
                                                     << QByteArray("gbt32960.truncated");
    }
    void rejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, code);
        const auto p = decode(bytes);
        QVERIFY(!p.ok());
        QCOMPARE(QByteArray(p.error().code()), code);
        QVERIFY(p.error().message().contains(u"byte"));
    }

    void aSecondEditionUnitTypeIsNotAFirstEditionOne()
    {
        // 0x30 is a fuel-cell stack in 2025 and reserved in 2016.
        QByteArray data =
            hex("1a0304050607"
                "3001010ed804b00bb807d041000169");
        QByteArray b2016 = sealed(data);
        b2016[0] = '#';
        b2016[1] = '#';
        QCOMPARE(QByteArray(decode(b2016).error().code()), QByteArray("gbt32960.unit"));
        QVERIFY(decode(sealed(data)).ok());
    }
};

QTEST_GUILESS_MAIN(TestGbt32960Edition2025)
#include "tst_gbt32960_2025.moc"
