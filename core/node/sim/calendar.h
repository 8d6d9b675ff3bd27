#pragma once

#include <cstdint>

namespace pp::node::sim {

inline constexpr std::int64_t kMinuteMs = 60'000;
inline constexpr std::int64_t kHourMs = 3'600'000;
inline constexpr std::int64_t kDayMs = 86'400'000;
// Every simulated site is in China, on Beijing time (UTC+8, no daylight saving).
inline constexpr std::int64_t kBeijingOffsetMs = 8 * kHourMs;

// A civil date and time, computed without time-zone databases: the simulator asks for it
// for every sample, and the proleptic Gregorian arithmetic is exact.
struct CivilTime
{
    int year = 1970, month = 1, day = 1;
    int hour = 0, minute = 0, second = 0;
    int dayOfYear = 1;  // 1 = 1 January
    int weekday = 4;    // 0 = Sunday
    double hourOfDay() const { return hour + minute / 60.0 + second / 3600.0; }
};

CivilTime civilTime(std::int64_t ms);  // of the instant `ms` taken as local wall time
inline CivilTime beijingTime(std::int64_t utcMs)
{
    return civilTime(utcMs + kBeijingOffsetMs);
}
// Unix ms of 00:00 Beijing time on the given date.
std::int64_t beijingMidnight(int year, int month, int day);
// Unix ms of 00:00 Beijing time on the day holding `utcMs`.
inline std::int64_t beijingDayStart(std::int64_t utcMs)
{
    const std::int64_t local = utcMs + kBeijingOffsetMs;
    const std::int64_t intoDay = ((local % kDayMs) + kDayMs) % kDayMs;
    return utcMs - intoDay;
}

}  // namespace pp::node::sim
