#include "analytics/daily_rebuild.h"

#include "analytics/asset_info.h"
#include "analytics/daily_summary.h"
#include "records/payload.h"
#include "records/record.h"

namespace pp::analytics {

Status rebuildDaily(store::Workspace& workspace,
                    const std::function<void(std::size_t, std::size_t)>& progress,
                    const std::atomic<bool>* cancel)
{
    auto writer = workspace.lockForWriting();
    if (!writer)
        return std::move(writer).error();
    auto genesis = workspace.chain().trustedGenesis();
    if (!genesis)
        return std::move(genesis).error();
    auto devices = workspace.registrations().devices();
    if (!devices)
        return std::move(devices).error();
    if (auto st = workspace.daily().clear(); !st)
        return st;
    const std::size_t total = devices->size();
    for (std::size_t i = 0; i < total; ++i) {
        if (cancel != nullptr && cancel->load())
            return cancelledError();
        const QByteArray& id = (*devices)[i].deviceId;
        auto rows = workspace.records().ofDevice(id, 0, UINT64_MAX, UINT64_MAX);
        if (!rows)
            return std::move(rows).error();
        DailySummary summary(id);
        // The sync summed only packets of the registered vehicle: so does the rebuild.
        const records::Terminal terminal = AssetInfo::fromDevice((*devices)[i]).terminal;
        for (const store::RecordRow& r : *rows) {
            // Stored records were verified; one that no longer parses is a damaged file,
            // which the record inspector reports. Its summary is left out here.
            auto record = records::Record::parse(r.record, genesis->hashAlg());
            if (!record)
                continue;
            summary.add(record->body, records::Payload::decode(record->body, &terminal));
        }
        if (auto st = workspace.daily().add(summary.rows(), i + 1 == total); !st)
            return st;
        if (progress)
            progress(i + 1, total);
    }
    if (total == 0)
        return workspace.daily().add({}, true);
    return okStatus();
}

}  // namespace pp::analytics
