#pragma once

// Internal to the GB/T 32960 codec: each edition's information units, read and written.

#include "records/gbt32960.h"
#include "records/gbt32960_io.h"

namespace pp::records::gbt32960::detail {

constexpr std::uint8_t kFirstVendor = 0x80;  // to 0xFE: a maker's own, WORD length + bytes
constexpr std::uint8_t kLastVendor = 0xfe;
constexpr std::uint8_t kSignatureUnit = 0xff;  // 2025: the terminal's signature, last
constexpr std::size_t kPartsAUnit = 255;       // a unit's count of its parts is one byte

// Whether `type` is a unit of `edition` (a maker's included); false for anything else.
bool knownUnit2016(std::uint8_t type);
bool knownUnit2025(std::uint8_t type);
// Reads one unit's body into `p`; false when the unit is truncated. The type is known.
bool readUnit2016(std::uint8_t type, Reader& r, Packet& p);
bool readUnit2025(std::uint8_t type, Reader& r, Packet& p);
// The 2025 signature unit's body, and the whole unit (type byte included).
bool readSignature(Reader& r, TerminalSignature& s);
void writeSignature(Writer& d, const TerminalSignature& s);
// A unit of a type the packet carries at most once in its edition, seen before.
bool seenBefore(std::uint8_t type, const Packet& p);
// The data unit after its time, in the packet's edition (signature excluded).
void writeUnits2016(Writer& d, const Packet& p);
void writeUnits2025(Writer& d, const Packet& p);
// What both editions' vehicle unit (0x01) starts with, from its state to its insulation:
// the whole unit in 2025; 2016 adds the pedals. Read after has(kVehicleHeadSize).
constexpr qsizetype kVehicleHeadSize = 18;
VehicleUnit readVehicleHead(Reader& r);
void writeVehicleHead(Writer& d, const VehicleUnit& v);
// What both editions' alarm unit starts with: level, flags and the four fault-code lists
// (each a count byte and that many DWORDs); false when truncated. 2025 adds a list.
bool readAlarmsHead(Reader& r, AlarmUnit& a);
void writeAlarmsHead(Writer& d, const AlarmUnit& a);
// A maker's unit (0x80-0xFE), the same in both editions.
bool readVendor(std::uint8_t type, Reader& r, Packet& p);
void writeVendorAndRepeated(Writer& d, const Packet& p);

// Parts of one kind (motors, battery subsystems) in units of `type`, each unit's count a
// byte: more than fit in one go into further units of the same type.
template <typename Part, typename WriteOne>
void writeParts(Writer& d, std::uint8_t type, const std::vector<Part>& parts, WriteOne writeOne)
{
    for (std::size_t first = 0; first < parts.size(); first += kPartsAUnit) {
        const std::size_t n = std::min(kPartsAUnit, parts.size() - first);
        d.u8(type);
        d.u8(static_cast<std::uint32_t>(n));
        for (std::size_t i = first; i < first + n; ++i)
            writeOne(parts[i]);
    }
}

}  // namespace pp::records::gbt32960::detail
