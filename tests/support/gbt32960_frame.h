#pragma once

#include "records/gbt32960.h"

#include <QByteArray>
#include <QStringView>

#include <vector>

namespace pp::test {

// A GB/T 32960 real-time packet around `data` (its time and units), built as §6.2 table 2
// of either edition frames it: the start marker ("##" 2016, "$$" 2025), command 0x02,
// response flag 0xFE, the VIN, no encryption, the data length, the data and the BCC over
// everything from the command on.
QByteArray sealedPacket(const char* startMarker, const QByteArray& vin, const QByteArray& data);

// The field of that name (the test fails without it).
const records::gbt32960::Field& packetField(const std::vector<records::gbt32960::Field>& fields,
                                            QStringView name);

}  // namespace pp::test
