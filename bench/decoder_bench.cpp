#include "decoder_bench.h"

#include "records/gbt32960.h"
#include "records/sunspec.h"

#include <QByteArray>

#include <cstdint>

namespace pp::bench {

namespace {

volatile std::uint64_t g_sink = 0;

// What the simulator's vans send each minute: every unit a battery-electric van has, a
// 96-cell pack and 32 probes, about 330 bytes; in the 2025 edition without the extremes
// unit and with a 64-byte SM2 signature unit (not verified here: decoding only).
QByteArray vanPacket(records::gbt32960::Edition edition)
{
    using namespace records::gbt32960;
    Packet p;
    p.edition = edition;
    p.vin = "LGHC4V1D2NB100001";
    p.time = {2026, 7, 15, 9, 30, 5};
    p.vehicle = VehicleUnit{1, 3, 1, 452, 1234567, 5120, 10000 - 853, 76, 1, 14, 5000, 35, 0};
    p.motors = {MotorUnit{1, 1, 85, 23500, 2150, 90, 5100, 10150}};
    p.position = PositionUnit{0, 120312000, 31491000};
    if (edition == Edition::Gb2016)
        p.extremes = ExtremesUnit{1, 17, 3345, 1, 88, 3298, 1, 4, 71, 1, 12, 64};
    else
        p.signature =
            TerminalSignature{crypto::FrameSm2, QByteArray(32, '\x11'), QByteArray(32, '\x22')};
    p.alarms = AlarmUnit{};
    p.cellVoltages = {
        CellVoltages{1, 5120, 10000 - 853, 96, 1, std::vector<std::uint16_t>(96, 3301)}};
    p.temperatures = {ProbeTemperatures{1, std::vector<std::uint8_t>(32, 65)}};
    return encode(p);
}

std::uint64_t xorScan(const QByteArray& bytes)
{
    std::uint8_t x = 0;
    for (char c : bytes)
        x ^= static_cast<std::uint8_t>(c);
    return x;
}

}  // namespace

std::vector<Row> benchDecoders()
{
    std::vector<Row> rows;
    using records::gbt32960::Edition;
    for (const auto& [edition, name] :
         {std::pair{Edition::Gb2016, "2016"}, std::pair{Edition::Gb2025, "2025"}}) {
        const QByteArray packet = vanPacket(edition);
        const Pair gbt = measurePair(
            [&] {
                auto p = records::gbt32960::decode(packet);
                g_sink = g_sink + (p ? records::gbt32960::quantities(*p).size() : 0);
            },
            [&] { g_sink = g_sink + xorScan(packet); });
        rows.push_back({QStringLiteral("GB/T 32960.3-%1 van packet (%2 bytes) decoded, quantities")
                            .arg(QLatin1String(name))
                            .arg(packet.size()),
                        gbt.ours, gbt.raw, QStringLiteral("XOR scan of the same bytes"), 0});
    }

    const QByteArray block = records::sunspec::encodeInverterBlock(
        103, {{"W", 40000}, {"WH", 123456789000.0}, {"Hz", 50.01}}, {{"W_SF", 1}, {"WH_SF", 3}});
    const Pair sunspec = measurePair(
        [&] {
            auto b = records::sunspec::InverterBlock::decode(block);
            g_sink = g_sink + (b && b->value(u"W") && b->value(u"WH") ? 1 : 0);
        },
        [&] { g_sink = g_sink + xorScan(block); });
    rows.push_back({QStringLiteral("SunSpec 103 block decoded, W and WH read"), sunspec.ours,
                    sunspec.raw, QStringLiteral("XOR scan of the same 104 bytes"), 0});
    return rows;
}

}  // namespace pp::bench
