#pragma once

#include "records/record_body.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

namespace pp::ui {

// How the console writes numbers, times, units and names: in the user's locale (QLocale's
// default, set from the chosen language at start-up).
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    static QString number(double value, int decimals = 0);
    static QString integer(std::uint64_t value);
    static QString percent(double value, int decimals = 1);  // value in %
    static QString energy(double wh);                        // Wh, kWh or MWh
    static QString power(double w);                          // W, kW or MW
    static QString withUnit(double value, const QString& unit, int decimals = 1);
    static QString optional(const std::optional<double>& value, const QString& unit,
                            int decimals = 1);
    static QString date(std::uint64_t ms);                      // the day, UTC+8
    static QString dateTime(std::uint64_t ms);                  // UTC+8, to the second
    static QString age(std::uint64_t ms, std::uint64_t nowMs);  // "3 min ago"
    static QString shortHex(const QByteArray& bytes, int chars = 12);
    static QString assetClass(records::AssetClass c);
    static QString sunspecState(int st);  // SunSpec St: Off, Sleeping, MPPT, ...
};

}  // namespace pp::ui
