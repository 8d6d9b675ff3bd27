#include "node/sim/calendar.h"

namespace pp::node::sim {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a >= 0 ? a / b : (a - b + 1) / b;
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(int year, int month, int day)
{
    const int y = year - (month <= 2 ? 1 : 0);
    const std::int64_t era = floorDiv(y, 400);
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const auto mp = static_cast<unsigned>(month > 2 ? month - 3 : month + 9);
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

}  // namespace

CivilTime civilTime(std::int64_t ms)
{
    const std::int64_t days = floorDiv(ms, kDayMs);
    const std::int64_t msOfDay = ms - days * kDayMs;
    // civil_from_days, the inverse of daysFromCivil.
    const std::int64_t z = days + 719468;
    const std::int64_t era = floorDiv(z, 146097);
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doyMarch = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doyMarch + 2) / 153;
    CivilTime t;
    t.day = static_cast<int>(doyMarch - (153 * mp + 2) / 5 + 1);
    t.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    t.year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (t.month <= 2 ? 1 : 0));
    t.hour = static_cast<int>(msOfDay / kHourMs);
    t.minute = static_cast<int>(msOfDay % kHourMs / kMinuteMs);
    t.second = static_cast<int>(msOfDay % kMinuteMs / 1000);
    t.dayOfYear = static_cast<int>(days - daysFromCivil(t.year, 1, 1)) + 1;
    t.weekday = static_cast<int>(days + 4 - 7 * floorDiv(days + 4, 7));  // 1970-01-01: Thursday
    return t;
}

std::int64_t beijingMidnight(int year, int month, int day)
{
    return daysFromCivil(year, month, day) * kDayMs - kBeijingOffsetMs;
}

}  // namespace pp::node::sim
