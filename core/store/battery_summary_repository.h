#pragma once

#include "common/result.h"
#include "store/sqlite.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <vector>

namespace pp::store {

// What a kept summary was made from: the device's verified records and findings, and its
// registration's metadata (capacity, chemistry). A summary whose basis differs from the
// device's now describes other data.
struct SummaryBasis
{
    std::uint64_t records = 0;
    std::uint64_t findings = 0;
    QByteArray metaCbor;

    bool operator==(const SummaryBasis&) const = default;
};

struct BatterySummaryRow
{
    QByteArray deviceId;
    SummaryBasis basis;
    QByteArray summary;  // analytics/battery/battery_summary.h's JSON
};

// The summary of each battery's whole history (table battery_summary), kept at sync time
// so that valuation and the fleet ranking need not reread every sample.
class BatterySummaryRepository
{
public:
    explicit BatterySummaryRepository(Database& db) : db_(db) {}

    Result<std::optional<BatterySummaryRow>> of(const QByteArray& deviceId);
    Result<std::vector<BatterySummaryRow>> all();
    // Replaces these devices' summaries, all in one transaction.
    Status save(const std::vector<BatterySummaryRow>& rows);

private:
    Database& db_;
};

}  // namespace pp::store
