#pragma once

#include "analytics/daily_summary.h"
#include "analytics/plausibility.h"
#include "records/payload.h"
#include "records/record_body.h"
#include "store/row_types.h"

#include <optional>
#include <vector>

namespace pp::lightnode {

// What a light node finds in one device's verified records taken in seq order, beyond
// their verification (spec §9.5): seq gaps and repeats, time going back, samples that do
// not decode (MALFORMED), data the device cannot have measured (IMPLAUSIBLE); and their
// daily summaries. The sync feeds it page by page and keeps its progress in the workspace
// between syncs; the audit feeds it a device's stored records from the first, to compare.
class RecordFindings
{
public:
    RecordFindings(const store::DeviceRow& device, store::DeviceProgress progress);

    // One record at (height, index). `fromMs`: the start of the sync's window, since a
    // first record's seq above 0 is a gap only for a sync from the start.
    void add(std::uint64_t height, std::uint64_t index, const records::RecordBody& body,
             std::uint64_t fromMs, std::vector<store::FindingRow>& findings,
             analytics::DailySummary& daily);

    // Where the device stands after what was added, with the plausibility state to resume.
    store::DeviceProgress progress() const;

private:
    QByteArray deviceId_;
    records::Terminal terminal_;
    store::DeviceProgress progress_;
    analytics::PlausibilityCheck plausibility_;
};

}  // namespace pp::lightnode
