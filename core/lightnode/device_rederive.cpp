#include "lightnode/device_rederive.h"

#include "analytics/daily_summary.h"
#include "lightnode/record_findings.h"
#include "records/record.h"
#include "store/workspace.h"

namespace pp::lightnode {

Result<store::DeviceProgress> rederiveDevice(store::Workspace& workspace,
                                             const store::DeviceRow& device,
                                             crypto::HashAlg chainHash, std::uint64_t fromMs)
{
    RecordFindings derived(device, {});
    std::vector<store::FindingRow> findings;
    analytics::DailySummary daily(device.deviceId);
    std::optional<Error> broken;
    Status st =
        workspace.records().forEachInSeqOrder(device.deviceId, 1, [&](const store::RecordRow& r) {
            auto record = records::Record::parse(r.record, chainHash);
            if (!record) {
                broken = std::move(record).error().within(
                    QT_TRANSLATE_NOOP("Error", "stored record %1/%2"),
                    {QString::number(r.height), QString::number(r.index)});
                return false;
            }
            derived.add(r.height, r.index, record->body, fromMs, findings, daily);
            return true;
        });
    if (!st)
        return std::move(st).error();
    // Stored records were verified when they were stored: one that no longer parses is a
    // damaged file, which `audit` reports. Nothing is replaced on such a basis.
    if (broken)
        return std::move(*broken);
    const store::DeviceProgress progress = derived.progress();
    if (auto saved =
            workspace.records().replaceDerived(device.deviceId, findings, daily.rows(), progress);
        !saved)
        return std::move(saved).error();
    return progress;
}

}  // namespace pp::lightnode
