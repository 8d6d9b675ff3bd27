// GB/T 32960.3-2016 real-time packets: exact layout and BCC of a hand-checked packet, a
// round trip with every unit, a packet built byte by byte from the standard's tables with
// the fuel cell, engine and a maker's unit and a repeated unit, quantities with offsets
// and every abnormal/invalid marker, refusal of damaged packets, and random damage that
// never crashes.

#include "records/gbt32960.h"
#include "support/gbt32960_frame.h"
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
    p.alarms = AlarmUnit{1, 0x00000004, {0x1001}, {}, {}, {0xabcdef01}, {}};
    p.cellVoltages = {CellVoltages{1, 5120, 10000 - 853, 160, 1, {3301, 3302, 3299}}};
    p.temperatures = {ProbeTemperatures{1, {65, 66, 71, 64}}};
    return p;
}

QByteArray sealed(const QByteArray& data)
{
    return test::sealedPacket("##", kVin, data);
}

const Field& field(const std::vector<Field>& fs, QStringView name)
{
    return test::packetField(fs, name);
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

    // Every unit type a terminal sends, byte by byte from the standard's tables, in one
    // packet: what a plug-in hybrid on hydrogen would send, with a maker's block and a
    // second position unit.
    void everyUnitTypeByteByByte()
    {
        const QByteArray data = hex(
            // Time (table 9): 2026-07-15 09:30:05 Beijing time.
            "1a070f091e05"
            // 0x03 fuel cell (table 13): voltage WORD 0.1 V = 468 (46.8 V); current WORD
            // 0.1 A = 1205 (120.5 A); consumption WORD 0.01 kg/100km = 112 (1.12); probe
            // count WORD = 3; probe temperatures BYTE each, offset -40 °C: 65 66 0xFE; H2
            // max temperature WORD 0.1 °C offset -40 °C = 1000 (60.0 °C); its probe BYTE
            // 2; H2 max concentration WORD mg/kg = 0xFFFF (invalid); its sensor BYTE 1; H2
            // max pressure WORD 0.1 MPa = 350 (35.0 MPa); its sensor BYTE 3; high-voltage
            // DC/DC state BYTE 1 (working).
            "03"
            "01d4"
            "04b5"
            "0070"
            "0003"
            "4142fe"
            "03e8"
            "02"
            "ffff"
            "01"
            "015e"
            "03"
            "01"
            // 0x04 engine (table 14): state BYTE 1 (running); crankshaft speed WORD r/min
            // = 2400; consumption WORD 0.01 L/100km = 0xFFFE (abnormal).
            "04"
            "01"
            "0960"
            "fffe"
            // 0x05 position (table 15): status BYTE 0 (fix, north, east); longitude DWORD
            // 1e-6 ° = 120.312000; latitude DWORD = 31.491000.
            "05"
            "00"
            "072bd0c0"
            "01e083b8"
            // A maker's unit (table 8, 0x80-0xFE): type, WORD length 3, the bytes.
            "80"
            "0003"
            "abcdef"
            // The position again, later in the packet: kept as it came.
            "05"
            "00"
            "072bd0c1"
            "01e083b9");
        const auto p = decode(sealed(data));
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message()));
        QCOMPARE(p->fuelCells.size(), std::size_t{1});
        QCOMPARE(p->fuelCells[0].probes, (std::vector<std::uint8_t>{0x41, 0x42, 0xfe}));
        QCOMPARE(p->engines, (std::vector<EngineUnit>{{1, 2400, 0xfffe}}));
        QCOMPARE(p->position->longitude, 120312000u);
        QCOMPARE(p->vendorUnits, (std::vector<RawUnit>{{0x80, hex("abcdef")}}));
        QCOMPARE(p->repeated, (std::vector<RawUnit>{{0x05, hex("00072bd0c101e083b9")}}));

        const std::vector<Field> fs = fields(*p);
        // Divided, not multiplied: the decimal a person expects, exactly.
        QCOMPARE(field(fs, u"fuel_cell.voltage").value, 46.8);
        QCOMPARE(QString::number(field(fs, u"fuel_cell.voltage").value), u"46.8");
        QCOMPARE(field(fs, u"fuel_cell.current").value, 120.5);
        QCOMPARE(field(fs, u"fuel_cell.consumption").value, 1.12);
        QCOMPARE(field(fs, u"fuel_cell.probe1").value, 25.0);
        QCOMPARE(field(fs, u"fuel_cell.probe3").status, Quantity::Status::Abnormal);
        QCOMPARE(field(fs, u"fuel_cell.h2_max_temperature").value, 60.0);
        QCOMPARE(field(fs, u"fuel_cell.h2_max_concentration").status, Quantity::Status::Invalid);
        QCOMPARE(field(fs, u"fuel_cell.h2_max_pressure").value, 35.0);
        QCOMPARE(field(fs, u"engine.crankshaft_speed").value, 2400.0);
        QCOMPARE(field(fs, u"engine.consumption").status, Quantity::Status::Abnormal);
        QCOMPARE(field(fs, u"position.longitude").value, 120.312);
        QCOMPARE(field(fs, u"vendor.0x80").text, u"ab cd ef");
        QCOMPARE(field(fs, u"repeated.0x05").text, u"00 07 2b d0 c1 01 e0 83 b9");
        // Re-encoded, the units come back the same.
        const auto again = decode(encode(*p));
        QVERIFY(again.ok());
        QVERIFY(*again == *p);
    }

    // Every field that can carry a marker carries it as a state: the top value of its
    // width invalid, the one below abnormal (one, two and four bytes).
    void everyMarkerIsAStateNeverANumber()
    {
        Packet p = fullPacket();
        p.motors[0].speed = 0xfffe;
        p.motors[0].controllerTemp = 0xff;
        p.cellVoltages[0].cells[1] = 0xffff;
        p.temperatures[0].probes[2] = 0xfe;
        p.vehicle->odometer = 0xfffffffe;
        p.alarms->flags = 0xffffffff;
        const std::vector<Field> fs = fields(p);
        QCOMPARE(field(fs, u"motor1.speed").status, Quantity::Status::Abnormal);
        QCOMPARE(field(fs, u"motor1.controller_temperature").status, Quantity::Status::Invalid);
        QCOMPARE(field(fs, u"motor1.torque").value, -1785.0);  // 2150 at 0.1 N·m from -2000
        QCOMPARE(field(fs, u"battery1.cell1").value, 3301.0);
        QCOMPARE(field(fs, u"battery1.cell2").status, Quantity::Status::Invalid);
        QCOMPARE(field(fs, u"battery1.probe3").status, Quantity::Status::Abnormal);
        QCOMPARE(field(fs, u"vehicle.odometer").status, Quantity::Status::Abnormal);
        QCOMPARE(field(fs, u"alarms.flags").status, Quantity::Status::Invalid);
        QCOMPARE(field(fs, u"alarms.battery_faults").text, u"0x00001001");
        QCOMPARE(field(fs, u"alarms.other_faults").text, u"0xabcdef01");
    }

    // More parts than one unit's count byte holds go into further units, and come back.
    void manyMotorsAndSubsystemsRoundTrip()
    {
        Packet p = fullPacket();
        p.motors.assign(300, p.motors[0]);
        p.temperatures.assign(260, p.temperatures[0]);
        const auto back = decode(encode(p));
        QVERIFY(back.ok());
        QVERIFY(*back == p);
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
        // Table 8: 0x0A-0x2F are for platform exchange and 0x30-0x7F reserved, never a
        // terminal's; 0xFF is no type.
        QTest::newRow("reserved unit 0x0a")
            << resealed(withByte(30, 0x0a)) << QByteArray("gbt32960.unit");
        QTest::newRow("unit 0xff") << resealed(withByte(30, '\xff')) << QByteArray("gbt32960.unit");
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
