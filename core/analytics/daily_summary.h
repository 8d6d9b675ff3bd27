#pragma once

#include "records/payload.h"
#include "records/record_body.h"
#include "store/daily_row.h"

#include <QByteArray>

#include <cstdint>
#include <map>
#include <vector>

namespace pp::analytics {

inline constexpr std::int64_t kDayMs = 86'400'000;
inline constexpr std::int64_t kChinaOffsetMs =
    std::int64_t{8} * 3'600'000;  // UTC+8, no daylight saving

// The UTC+8 day of a Unix millisecond time, and the time at which a day starts.
inline std::int64_t dayOf(std::uint64_t ms)
{
    return (static_cast<std::int64_t>(ms) + kChinaOffsetMs) / kDayMs;
}
inline std::int64_t dayStartMs(std::int64_t day)
{
    return day * kDayMs - kChinaOffsetMs;
}

// Sums verified records of one device into daily rows (store/daily_row.h): the light node
// feeds it each page of records it stores, and the rows go into the same transaction.
class DailySummary
{
public:
    explicit DailySummary(QByteArray deviceId) : deviceId_(std::move(deviceId)) {}

    // `payload` is the body's, decoded.
    void add(const records::RecordBody& body, const records::Payload& payload);
    std::vector<store::DailyRow> rows() const;
    bool empty() const { return days_.empty(); }

private:
    store::DailyRow& day(std::uint64_t ms);
    void addPv(const records::RecordBody& body, const records::Payload& payload);
    void addBattery(const records::RecordBody& body);
    void addVehicle(const records::Payload& payload);

    QByteArray deviceId_;
    std::map<std::int64_t, store::DailyRow> days_;
};

}  // namespace pp::analytics
