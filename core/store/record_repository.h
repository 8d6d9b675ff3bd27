#pragma once

#include "common/result.h"
#include "store/row_types.h"
#include "store/sqlite.h"

#include <QByteArray>

#include <cstdint>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace pp::store {

// Each device's verified records (table records) and where its verification stopped
// (table progress).
class RecordRepository
{
public:
    explicit RecordRepository(Database& db) : db_(db) {}

    Result<DeviceProgress> progress(const QByteArray& deviceId);
    // One step of a device's sync: its verified records, the findings they raised, their
    // daily summaries (added to those stored), the progress after them and, when given,
    // the device's sync windows after them, in one transaction.
    Status save(const QByteArray& deviceId, const std::vector<RecordRow>& records,
                const std::vector<FindingRow>& findings, const std::vector<DailyRow>& days,
                const DeviceProgress& progress,
                const std::optional<std::vector<CoverageRow>>& coverage = std::nullopt);
    // Replaces what is derived from the device's stored records (the findings on them, its
    // daily summaries, its progress) with `findings`, `days` and `progress`, in one
    // transaction. The findings of entries a sync refused are not on stored records, and
    // stay.
    Status replaceDerived(const QByteArray& deviceId, const std::vector<FindingRow>& findings,
                          const std::vector<DailyRow>& days, const DeviceProgress& progress);

    Result<std::vector<RecordRow>> ofDevice(const QByteArray& deviceId, std::uint64_t fromMs,
                                            std::uint64_t toMs, std::uint64_t limit);
    // The same rows one at a time, without their proofs, none kept: a year of a device
    // read this way never holds more than one record in memory. `fn` returns false to
    // stop.
    Status forEachOfDevice(const QByteArray& deviceId, std::uint64_t fromMs, std::uint64_t toMs,
                           const std::function<bool(const RecordRow&)>& fn);
    // The device's records with their proofs, in the order a sync takes them (seq, then
    // ledger position): all of them, or those whose seq is a multiple of `sampleEvery`
    // (the others' bytes are never read); `fn` returns false to stop.
    Status forEachInSeqOrder(const QByteArray& deviceId, std::uint64_t sampleEvery,
                             const std::function<bool(const RecordRow&)>& fn);
    Result<std::optional<RecordRow>> at(std::uint64_t height, std::uint64_t index);
    Result<std::uint64_t> count();  // device records

private:
    Status saveProgress(const QByteArray& deviceId, const DeviceProgress& progress);

    Database& db_;
};

}  // namespace pp::store
