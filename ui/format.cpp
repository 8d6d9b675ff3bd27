#include "format.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace pp::ui {

namespace {

QDateTime chinaTime(std::uint64_t ms)
{
    static const QTimeZone kChina(8 * 3600);
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), kChina);
}

}  // namespace

QString Format::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString Format::integer(std::uint64_t value)
{
    return QLocale().toString(static_cast<qulonglong>(value));
}

QString Format::percent(double value, int decimals)
{
    return tr("%1 %").arg(number(value, decimals));
}

QString Format::energy(double wh)
{
    const double a = std::abs(wh);
    if (a >= 1e6)
        return withUnit(wh / 1e6, QStringLiteral("MWh"), 2);
    if (a >= 1e3)
        return withUnit(wh / 1e3, QStringLiteral("kWh"), 1);
    return withUnit(wh, QStringLiteral("Wh"), 0);
}

QString Format::power(double w)
{
    const double a = std::abs(w);
    if (a >= 1e6)
        return withUnit(w / 1e6, QStringLiteral("MW"), 2);
    if (a >= 1e3)
        return withUnit(w / 1e3, QStringLiteral("kW"), 1);
    return withUnit(w, QStringLiteral("W"), 0);
}

QString Format::withUnit(double value, const QString& unit, int decimals)
{
    if (unit.isEmpty())
        return number(value, decimals);
    return tr("%1 %2", "value and unit").arg(number(value, decimals), unit);
}

QString Format::optional(const std::optional<double>& value, const QString& unit, int decimals)
{
    return value ? withUnit(*value, unit, decimals) : tr("n/a", "no value");
}

QString Format::date(std::uint64_t ms)
{
    return QLocale().toString(chinaTime(ms).date(), QLocale::ShortFormat);
}

QString Format::dateTime(std::uint64_t ms)
{
    return QLocale().toString(chinaTime(ms), QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" UTC+8");
}

QString Format::age(std::uint64_t ms, std::uint64_t nowMs)
{
    const qint64 s = (static_cast<qint64>(nowMs) - static_cast<qint64>(ms)) / 1000;
    if (s < 0)
        return tr("in the future");
    if (s < 120)
        return tr("%n second(s) ago", nullptr, static_cast<int>(s));
    if (s < 7200)
        return tr("%n minute(s) ago", nullptr, static_cast<int>(s / 60));
    if (s < 172800)
        return tr("%n hour(s) ago", nullptr, static_cast<int>(s / 3600));
    return tr("%n day(s) ago", nullptr, static_cast<int>(s / 86400));
}

QString Format::shortHex(const QByteArray& bytes, int chars)
{
    const QString hex = QString::fromLatin1(bytes.toHex());
    return hex.size() <= chars ? hex : hex.left(chars) + QStringLiteral("…");
}

QString Format::assetClass(records::AssetClass c)
{
    switch (c) {
        case records::AssetClass::Pv:
            return tr("PV station");
        case records::AssetClass::Battery:
            return tr("Battery pack");
        case records::AssetClass::Vehicle:
            return tr("Vehicle");
    }
    return tr("Unknown");
}

QString Format::sunspecState(int st)
{
    switch (st) {
        case 1:
            return tr("Off");
        case 2:
            return tr("Sleeping");
        case 3:
            return tr("Starting");
        case 4:
            return tr("MPPT");
        case 5:
            return tr("Throttled");
        case 6:
            return tr("Shutting down");
        case 7:
            return tr("Fault");
        case 8:
            return tr("Standby");
    }
    return tr("State %1").arg(st);
}

}  // namespace pp::ui
