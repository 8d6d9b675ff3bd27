// GB/T 32960.3-2016 real-time packets: exact layout and BCC of a hand-checked packet, a
// round trip with every unit we support, quantities with offsets and the abnormal/invalid
// sentinels, refusal of damaged packets, and random damage that never crashes.

#include "records/gbt32960.h"
#include "support/test_data.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pp;
using namespace pp::records::gbt32960;
using pp::test::hex;

namespace {

const QByteArray kVin = "LGHC4V1D2NB100001";

Packet fullPacket()
{
    Packet p;
    p.vin = kVin;
    p.time = {2026, 7, 15, 9, 30, 5};
    p.vehicle = VehicleUnit{1, 3, 1, 452, 1234567, 5120, 10000 - 853, 76, 1, 14, 5000, 35, 0};
    p.motors = {MotorUnit{1, 1, 85, 23500, 2150, 90, 5100, 10150}};
    p.position = PositionUnit{0, 120312000, 31491000};
    p.extremes = ExtremesUnit{1, 17, 3345, 1, 88, 3298, 1, 4, 71, 1, 12, 64};
    p.alarms = AlarmUnit{1, 0x00000004, {0x1001}, {}, {}, {0xabcdef01}};
    p.cellVoltages = {CellVoltages{1, 5120, 10000 - 853, 160, 1, {3301, 3302, 3299}}};
    p.temperatures = {ProbeTemperatures{1, {65, 66, 71, 64}}};
    return p;
}

}  // namespace

class TestGbt32960 : public QObject
{
    Q_OBJECT

private slots:
    void layoutAndBcc()
    {
        Packet p;
        p.vin = kVin;
        p.time = {2026, 1, 2, 3, 4, 5};
        p.position = PositionUnit{0x02, 0x01020304, 0x0a0b0c0d};
        const QByteArray bytes = encode(p);
        // ## 02 FE VIN 01 len=0x0010 | time 1a 01 02 03 04 05 | 05 02 01020304 0a0b0c0d | BCC
        const QByteArray body = hex("02fe") + kVin +
                                hex("0100101a0102030405050201020304"
                                    "0a0b0c0d");
        std::uint8_t x = 0;
        for (char c : body)
            x ^= static_cast<std::uint8_t>(c);
        QCOMPARE(bytes, QByteArray("##" + body + QByteArray(1, static_cast<char>(x))));
        const auto back = decode(bytes);
        QVERIFY(back.ok());
        QVERIFY(*back == p);
    }

    void roundTripEveryUnit()
    {
        const Packet p = fullPacket();
        const auto back = decode(encode(p));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message()));
        QVERIFY(*back == p);
        Packet reissue = p;
        reissue.command = Command::Reissue;
        QCOMPARE(decode(encode(reissue))->command, Command::Reissue);
    }

    void quantitiesWithUnitsAndSentinels()
    {
        Packet p = fullPacket();
        p.position->status = 0x06;  // south and west
        p.vehicle->insulation = 0xfffe;
        p.vehicle->soc = 0xff;
        const auto qs = quantities(p);
        const auto find = [&](const char* name) {
            for (const Quantity& q : qs) {
                if (qstrcmp(q.name, name) == 0)
                    return q;
            }
            qFatal("no quantity %s", name);
        };
        QCOMPARE(find("vehicle.speed").value, 45.2);
        QCOMPARE(find("vehicle.odometer").value, 123456.7);
        QCOMPARE(QString::fromUtf8(find("vehicle.odometer").unit), u"km");
        QVERIFY(qAbs(find("vehicle.current").value - -85.3) < 1e-9);
        QCOMPARE(find("vehicle.insulation").status, Quantity::Status::Abnormal);
        QCOMPARE(find("vehicle.soc").status, Quantity::Status::Invalid);
        QCOMPARE(find("position.longitude").value, -120.312);
        QCOMPARE(find("position.latitude").value, -31.491);
        QCOMPARE(find("extremes.max_temperature").value, 31.0);
        QCOMPARE(find("alarms.level").value, 1.0);
        p.position->status = 0x01;  // no fix
        QCOMPARE(quantities(p)[8].status, Quantity::Status::Invalid);
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("code");
        const QByteArray good = encode(fullPacket());
        const auto withByte = [&](qsizetype at, char value) {
            QByteArray b = good;
            b[at] = value;
            return b;
        };
        // Re-seals a damaged packet with a correct BCC, so the damage itself is found.
        const auto resealed = [](QByteArray b) {
            std::uint8_t x = 0;
            for (qsizetype i = 2; i < b.size() - 1; ++i)
                x ^= static_cast<std::uint8_t>(b[i]);
            b[b.size() - 1] = static_cast<char>(x);
            return b;
        };
        QTest::newRow("bad start") << withByte(0, '$') << QByteArray("gbt32960.start");
        QTest::newRow("BCC") << withByte(good.size() - 1, static_cast<char>(good.back() ^ 1))
                             << QByteArray("gbt32960.bcc");
        QTest::newRow("flipped data byte")
            << withByte(40, static_cast<char>(good[40] ^ 0x10)) << QByteArray("gbt32960.bcc");
        QTest::newRow("login command")
            << resealed(withByte(2, 0x01)) << QByteArray("gbt32960.command");
        QTest::newRow("reply flag")
            << resealed(withByte(3, 0x01)) << QByteArray("gbt32960.response");
        QTest::newRow("encrypted")
            << resealed(withByte(21, 0x03)) << QByteArray("gbt32960.encrypted");
        QTest::newRow("length") << resealed(withByte(23, static_cast<char>(good[23] + 1)))
                                << QByteArray("gbt32960.length");
        QTest::newRow("month 13") << resealed(withByte(25, 13)) << QByteArray("gbt32960.time");
        QTest::newRow("engine unit") << resealed(withByte(30, 0x04)) << QByteArray("gbt32960.unit");
        QTest::newRow("short") << good.left(20) << QByteArray("gbt32960.truncated");
        // A unit cut short: drop the last data byte and fix length and BCC.
        QByteArray cut = good.left(good.size() - 2) + '\0';
        cut[23] = static_cast<char>(cut[23] - 1);
        QTest::newRow("cut unit") << resealed(cut) << QByteArray("gbt32960.truncated");
    }
    void rejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, code);
        const auto p = decode(bytes);
        QVERIFY(!p.ok());
        QCOMPARE(QByteArray(p.error().code()), code);
        QVERIFY(p.error().message().startsWith(u"GB/T 32960 packet"));
    }

    void randomDamageNeverCrashes()
    {
        const QByteArray good = encode(fullPacket());
        QRandomGenerator rng(32960);
        int accepted = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray b = good;
            const int edits = rng.bounded(1, 4);
            for (int e = 0; e < edits; ++e)
                b[rng.bounded(static_cast<int>(b.size()))] = static_cast<char>(rng.bounded(256));
            if (rng.bounded(4) == 0)
                b.truncate(rng.bounded(static_cast<int>(b.size())));
            if (decode(b).ok())
                ++accepted;
        }
        // Only edits that left the bytes unchanged (or cancelled out in the BCC and kept
        // every field valid) can pass.
        QVERIFY(accepted < 2000);
    }
};

QTEST_GUILESS_MAIN(TestGbt32960)
#include "tst_gbt32960.moc"
