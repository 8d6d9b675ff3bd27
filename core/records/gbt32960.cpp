#include "records/gbt32960.h"

#include "records/gbt32960_units.h"

#include <QCoreApplication>

#include <chrono>

// The frame both editions share (header, data length, BCC, the unit loop); the units of
// each edition are in gbt32960_units_2016.cpp and gbt32960_units_2025.cpp.

namespace pp::records::gbt32960 {

using namespace detail;

namespace {

constexpr std::uint8_t kResponseCommand = 0xfe;  // a terminal's own message, not a reply
constexpr std::uint8_t kUnencrypted = 0x01;
constexpr qsizetype kHeaderSize = kDataUnitOffset;

Error malformed(const char* code, const char* text, qsizetype offset, QStringList extra = {})
{
    extra.prepend(QString::number(offset));
    return Error(ErrorKind::Malformed, code, text, std::move(extra))
        .within(QT_TRANSLATE_NOOP("Error", "GB/T 32960 packet"));
}

QString hexByte(std::uint8_t b)
{
    return QString::number(b, 16).rightJustified(2, u'0');
}

Error truncated(std::uint8_t unit, qsizetype offset)
{
    return malformed("gbt32960.truncated",
                     QT_TRANSLATE_NOOP("Error", "unit 0x%2 ends early at byte %1"), offset,
                     {hexByte(unit)});
}

std::uint8_t bcc(QByteArrayView bytes)
{
    std::uint8_t x = 0;
    for (char c : bytes)
        x ^= static_cast<std::uint8_t>(c);
    return x;
}

qsizetype signatureUnitSize(const TerminalSignature& s)
{
    return 1 + 1 + 2 + s.r.size() + 2 + s.s.size();
}

// The units after the time, up to a 2025 signature.
Status readUnits(Reader& r, Packet& p)
{
    const bool gb2025 = p.edition == Edition::Gb2025;
    while (!r.atEnd()) {
        const qsizetype at = r.offset();
        const std::uint8_t type = r.u8();
        if (gb2025 && type == kSignatureUnit) {
            TerminalSignature s;
            if (!readSignature(r, s))
                return truncated(type, at);
            if (!r.atEnd())
                return malformed("gbt32960.after-signature",
                                 QT_TRANSLATE_NOOP("Error",
                                                   "bytes after the terminal's signature at "
                                                   "byte %1: a signature is the last unit"),
                                 r.offset());
            p.signature = std::move(s);
            return okStatus();
        }
        if (!(gb2025 ? knownUnit2025(type) : knownUnit2016(type))) {
            return malformed("gbt32960.unit",
                             QT_TRANSLATE_NOOP("Error", "unknown information unit 0x%2 at byte %1"),
                             at, {hexByte(type)});
        }
        const auto read = gb2025 ? readUnit2025 : readUnit2016;
        if (seenBefore(type, p)) {
            // Decoded to check it is whole, and kept as it came.
            Packet again;
            again.edition = p.edition;
            const qsizetype from = r.pos();
            if (!read(type, r, again))
                return truncated(type, at);
            p.repeated.push_back({type, r.since(from)});
        } else if (!read(type, r, p)) {
            return truncated(type, at);
        }
    }
    return okStatus();
}

}  // namespace

namespace detail {

bool seenBefore(std::uint8_t type, const Packet& p)
{
    if (type == 0x01)
        return p.vehicle.has_value();
    if (type == 0x05)
        return p.position.has_value();
    if (p.edition == Edition::Gb2016)
        return (type == 0x06 && p.extremes) || (type == 0x07 && p.alarms);
    return (type == 0x06 && p.alarms) || (type == 0x32 && p.superCapacitorExtremes);
}

}  // namespace detail

std::uint64_t utcMs(const Time& t)
{
    using namespace std::chrono;
    const sys_days day = year(t.year) / t.month / t.day;
    const auto utc = day + hours(t.hour - 8) + minutes(t.minute) + seconds(t.second);
    return static_cast<std::uint64_t>(duration_cast<milliseconds>(utc.time_since_epoch()).count());
}

QByteArray encode(const Packet& p)
{
    const bool gb2025 = p.edition == Edition::Gb2025;
    Writer d;
    for (int v : {p.time.year - 2000, p.time.month, p.time.day, p.time.hour, p.time.minute,
                  p.time.second}) {
        d.u8(static_cast<std::uint32_t>(v));
    }
    if (gb2025)
        writeUnits2025(d, p);
    else
        writeUnits2016(d, p);
    writeVendorAndRepeated(d, p);
    if (gb2025 && p.signature)
        writeSignature(d, *p.signature);
    Writer w;
    w.out = QByteArray(gb2025 ? "$$" : "##");
    w.u8(static_cast<std::uint32_t>(p.command));
    w.u8(kResponseCommand);
    w.out.append(p.vin.leftJustified(kVinSize, '\0', true));
    w.u8(kUnencrypted);
    w.u16(static_cast<std::uint32_t>(d.out.size()));
    w.out.append(d.out);
    w.u8(bcc(QByteArrayView(w.out).sliced(2)));
    return w.out;
}

QByteArrayView signedBytes(QByteArrayView encoded, const Packet& p)
{
    const qsizetype end = encoded.size() - 1 - (p.signature ? signatureUnitSize(*p.signature) : 0);
    if (end < kHeaderSize)
        return {};
    return encoded.sliced(kHeaderSize, end - kHeaderSize);
}

Result<Packet> decode(QByteArrayView bytes)
{
    if (bytes.size() < kHeaderSize + 6 + 1)
        return malformed("gbt32960.truncated", QT_TRANSLATE_NOOP("Error", "too short at byte %1"),
                         bytes.size());
    Packet p;
    if (bytes.startsWith("$$")) {
        p.edition = Edition::Gb2025;
    } else if (!bytes.startsWith("##")) {
        return malformed(
            "gbt32960.start",
            QT_TRANSLATE_NOOP("Error", "does not start with ## (2016) or $$ (2025) at byte %1"), 0);
    }
    Reader header(bytes.sliced(2, kHeaderSize - 2), 2);
    const std::uint8_t command = header.u8();
    if (command != 0x02 && command != 0x03) {
        return malformed(
            "gbt32960.command",
            QT_TRANSLATE_NOOP("Error",
                              "command 0x%2 at byte %1 is not real-time (0x02) or reissue (0x03)"),
            2, {hexByte(command)});
    }
    p.command = static_cast<Command>(command);
    if (header.u8() != kResponseCommand)
        return malformed("gbt32960.response",
                         QT_TRANSLATE_NOOP("Error", "response flag at byte %1 is not 0xFE"), 3);
    p.vin = bytes.sliced(4, kVinSize).toByteArray();
    for (int i = 0; i < kVinSize; ++i)
        header.u8();
    if (header.u8() != kUnencrypted)
        return malformed("gbt32960.encrypted",
                         QT_TRANSLATE_NOOP("Error", "encrypted data unit (byte %1) not supported"),
                         21);
    const qsizetype length = header.u16();
    if (kHeaderSize + length + 1 != bytes.size()) {
        return malformed(
            "gbt32960.length",
            QT_TRANSLATE_NOOP("Error", "data length %2 at byte %1 does not match the packet size"),
            22, {QString::number(length)});
    }
    const auto expected = bcc(bytes.sliced(2, bytes.size() - 3));
    if (expected != static_cast<std::uint8_t>(bytes.back())) {
        return malformed("gbt32960.bcc", QT_TRANSLATE_NOOP("Error", "BCC at byte %1 is wrong"),
                         bytes.size() - 1);
    }
    Reader r(bytes.sliced(kHeaderSize, length), kHeaderSize);
    if (!r.has(6))
        return malformed("gbt32960.truncated", QT_TRANSLATE_NOOP("Error", "no time at byte %1"),
                         r.offset());
    p.time = {2000 + r.u8(), r.u8(), r.u8(), r.u8(), r.u8(), r.u8()};
    if (p.time.month < 1 || p.time.month > 12 || p.time.day < 1 || p.time.day > 31 ||
        p.time.hour > 23 || p.time.minute > 59 || p.time.second > 59) {
        return malformed("gbt32960.time", QT_TRANSLATE_NOOP("Error", "invalid time at byte %1"),
                         kHeaderSize);
    }
    if (auto st = readUnits(r, p); !st)
        return st.error();
    return p;
}

}  // namespace pp::records::gbt32960
