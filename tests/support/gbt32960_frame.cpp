#include "support/gbt32960_frame.h"

#include <QtGlobal>

namespace pp::test {

QByteArray sealedPacket(const char* startMarker, const QByteArray& vin, const QByteArray& data)
{
    QByteArray b = QByteArray::fromHex("02fe") + vin + QByteArray::fromHex("01");
    b.append(static_cast<char>(data.size() >> 8)).append(static_cast<char>(data.size() & 0xff));
    b += data;
    std::uint8_t x = 0;
    for (char c : b)
        x ^= static_cast<std::uint8_t>(c);
    return QByteArray(startMarker) + b + QByteArray(1, static_cast<char>(x));
}

const records::gbt32960::Field& packetField(const std::vector<records::gbt32960::Field>& fields,
                                            QStringView name)
{
    for (const records::gbt32960::Field& f : fields) {
        if (f.name == name)
            return f;
    }
    qFatal("no field %s", qPrintable(name.toString()));
}

}  // namespace pp::test
