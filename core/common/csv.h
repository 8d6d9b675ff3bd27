#pragma once

#include <QString>

namespace pp {

// A CSV field: quoted, with inner quotes doubled (RFC 4180).
inline QString csvField(QString text)
{
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

}  // namespace pp
