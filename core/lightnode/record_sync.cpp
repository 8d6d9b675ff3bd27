#include "lightnode/record_sync.h"

#include "analytics/daily_summary.h"
#include "cbor/decoder.h"
#include "cbor/writer.h"
#include "common/parallel.h"
#include "lightnode/device_rederive.h"
#include "lightnode/entry_check.h"
#include "lightnode/page_stream.h"
#include "lightnode/record_findings.h"
#include "merkle/proof_codec.h"

#include <QDateTime>

#include <functional>
#include <future>
#include <map>
#include <memory>
#include <utility>

namespace pp::lightnode {

namespace {

store::FindingRow entryFinding(const QByteArray& deviceId, const char* code, const net::Entry& e,
                               const Text& message, std::optional<std::uint64_t> seq = {},
                               std::optional<std::uint64_t> timeMs = {})
{
    return {deviceId, QString::fromLatin1(code), e.height, e.index, seq, timeMs, message};
}

}  // namespace

RecordSync::RecordSync(store::Workspace& workspace, const chain::Genesis& genesis,
                       net::NodeClient& primary, net::NodeClient& pages, ChainVerifier& chain,
                       HeaderMode mode)
    : workspace_(workspace),
      genesis_(genesis),
      primary_(primary),
      pages_(pages),
      chain_(chain),
      mode_(mode),
      hasher_(genesis.hashAlg())
{
}

Result<chain::Header> RecordSync::header(std::uint64_t height)
{
    if (auto it = headers_.find(height); it != headers_.end())
        return it->second;
    auto verified =
        mode_ == HeaderMode::TipOnly ? chain_.provenHeader(height) : storedHeader(height);
    if (!verified)
        return std::move(verified).error();
    // Each device's records revisit the same blocks; when the cache is full it starts over,
    // which keeps memory bounded on long chains at the price of some re-reading.
    if (headers_.size() >= kHeaderCache)
        headers_.clear();
    headers_.emplace(height, *verified);
    return verified;
}

Result<chain::Header> RecordSync::storedHeader(std::uint64_t height)
{
    auto held = workspace_.chain().header(height);
    if (!held)
        return std::move(held).error();
    if (!*held)
        return Error(ErrorKind::Invalid, "lightnode.header-unverified",
                     QT_TRANSLATE_NOOP("Error", "no verified header at height %1"),
                     {QString::number(height)});
    return (*held)->header;
}

Status RecordSync::rejectPage(std::vector<store::FindingRow> findings, const Error& first,
                              RecordTally& tally)
{
    tally.rejected += findings.size();
    if (auto st = workspace_.findings().add(findings); !st)
        return st;
    return Error(first).within(
        QT_TRANSLATE_NOOP("Error",
                          "the node served a record that does "
                          "not verify (height %1, index %2)"),
        {QString::number(*findings.front().height), QString::number(*findings.front().index)});
}

Status RecordSync::syncRegistrations(RecordTally& tally)
{
    const std::uint64_t tipHeight = chain_.tip()->header.height;
    auto after = workspace_.registrations().after();
    if (!after)
        return std::move(after).error();
    while (*after < tipHeight) {
        auto entries = primary_.registrations(*after);
        if (!entries)
            return std::move(entries).error();
        std::vector<store::RegistrationRow> rows;
        std::vector<store::FindingRow> findings;
        std::optional<Error> first;
        for (const net::Entry& e : *entries) {
            if (e.height > tipHeight || e.height <= *after)
                continue;  // above the verified tip: the next sync takes it
            auto h = header(e.height);
            if (!h)
                return std::move(h).error();
            EntryVerdict v = checkRegistrarEntry(e, *h, genesis_, hasher_);
            if (!v.record) {
                findings.push_back(entryFinding({}, v.findingCode, e, v.error->text()));
                first = first ? first : v.error;
                continue;
            }
            rows.push_back(registrationRow(e, v.record->body));
        }
        if (!findings.empty())
            return rejectPage(std::move(findings), *first, tally);
        const bool full = entries->size() >= net::NodeClient::kMaxEntries;
        // A full page may end inside a block: fetch that block again from its start.
        const std::uint64_t next = full ? entries->back().height - 1 : tipHeight;
        if (full && next <= *after)
            return Error(ErrorKind::Unsupported, "lightnode.registrations-page",
                         QT_TRANSLATE_NOOP("Error",
                                           "block %1 holds more registrations than one "
                                           "answer can carry"),
                         {QString::number(entries->back().height)});
        if (auto st = workspace_.registrations().save(rows, next); !st)
            return st;
        tally.verified += rows.size();
        *after = next;
    }
    auto keys = DeviceKeys::load(workspace_);
    if (!keys)
        return std::move(keys).error();
    keys_ = std::move(*keys);
    return okStatus();
}

Result<std::map<std::uint64_t, chain::Header>> RecordSync::headersOf(
    const std::vector<net::Entry>& entries)
{
    std::map<std::uint64_t, chain::Header> headers;
    for (const net::Entry& e : entries) {
        if (headers.count(e.height))
            continue;
        auto h = header(e.height);
        if (!h)
            return std::move(h).error();
        headers.emplace(e.height, *h);
    }
    return headers;
}

// One device's sync: where it stands, what its findings remember and which windows of its
// time earlier syncs took. Shared between the pipeline's stages, each of which touches it
// in page order.
struct RecordSync::DeviceState
{
    const store::DeviceRow* row = nullptr;
    std::optional<RecordFindings> findings;
    Coverage coverage;
    std::optional<std::uint64_t> heldSeq;  // the last seq stored before this sync
    std::uint64_t filled = 0;              // records of holes stored by this sync
};

Result<std::shared_ptr<RecordSync::DeviceState>> RecordSync::open(const store::DeviceRow& device)
{
    auto progress = workspace_.records().progress(device.deviceId);
    if (!progress)
        return std::move(progress).error();
    auto coverage = workspace_.coverage().ofDevice(device.deviceId);
    if (!coverage)
        return std::move(coverage).error();
    auto state = std::make_shared<DeviceState>();
    state->row = &device;
    state->heldSeq = progress->lastSeq;
    state->coverage = std::move(*coverage);
    state->findings.emplace(device, std::move(*progress));
    return state;
}

Status RecordSync::saveHole(const CheckedPage& page, std::uint64_t fromMs, RecordTally& tally)
{
    DeviceState& device = *page.device;
    const QByteArray& id = device.row->deviceId;
    std::vector<store::RecordRow> rows;
    for (std::size_t i = 0; i < page.entries.size(); ++i)
        rows.push_back(recordRow(id, page.entries[i], page.verdicts[i].record->body));
    if (!rows.empty()) {
        if (auto st = workspace_.records().save(id, rows, {}, {}, device.findings->progress()); !st)
            return st;
        device.filled += rows.size();
        tally.verified += rows.size();
        tally.filled += rows.size();
    }
    if (!page.endsHoles || device.filled == 0)
        return okStatus();
    // What was derived record by record after the holes was derived without them.
    const std::uint64_t earliest =
        device.coverage.empty() ? fromMs : std::min(fromMs, device.coverage.front().fromMs);
    auto progress = rederiveDevice(workspace_, *device.row, hasher_.alg(), earliest);
    if (!progress)
        return std::move(progress).error();
    device.findings.emplace(*device.row, std::move(*progress));
    return okStatus();
}

store::RecordRow RecordSync::recordRow(const QByteArray& deviceId, const net::Entry& e,
                                       const records::RecordBody& b) const
{
    return {deviceId,
            b.seq,
            e.height,
            e.index,
            b.timeMs,
            static_cast<int>(b.type),
            e.record,
            merkle::encodeProof(e.proof),
            mode_ == HeaderMode::Full ? store::RecordRow::Basis::HashLinks
                                      : store::RecordRow::Basis::HistoryProof};
}

Status RecordSync::saveChecked(const CheckedPage& page, std::uint64_t fromMs, std::uint64_t toMs,
                               RecordTally& tally)
{
    if (page.hole)
        return saveHole(page, fromMs, tally);
    DeviceState& device = *page.device;
    const QByteArray& id = device.row->deviceId;
    std::vector<store::RecordRow> rows;
    std::vector<store::FindingRow> findings;
    analytics::DailySummary daily(id);
    for (std::size_t i = 0; i < page.entries.size(); ++i) {
        const net::Entry& e = page.entries[i];
        const records::RecordBody& b = page.verdicts[i].record->body;
        device.findings->add(e.height, e.index, b, fromMs, findings, daily);
        rows.push_back(recordRow(id, e, b));
    }
    // Every record of the window up to the last one stored is now held: its holes were
    // filled before the window's new records were asked for.
    const store::DeviceProgress progress = device.findings->progress();
    Coverage coverage = withWindow(device.coverage, fromMs, toMs, progress.lastSeq);
    if (auto st = workspace_.records().save(id, rows, findings, daily.rows(), progress, coverage);
        !st)
        return st;
    device.coverage = std::move(coverage);
    tally.verified += rows.size();
    return okStatus();
}

Status RecordSync::syncDevices(const std::vector<store::DeviceRow>& devices, std::uint64_t fromMs,
                               std::uint64_t toMs, RecordTally& tally,
                               const std::function<void(std::size_t)>& deviceDone,
                               const std::atomic<bool>* cancel)
{
    if (devices.empty())
        return okStatus();
    // A pipeline, so that no core waits for the network or the disk while there are
    // signatures to check: the pages stream in ahead on their own connection and thread,
    // and a verified page is checked for continuity and written on its own thread while
    // the next one is verified. The workspace is used by one thread at a time: progress is
    // read before the first write, headers before each write starts, and the write is
    // joined before anything else touches the workspace.
    //
    // Each device's holes (lightnode/sync_coverage.h) are fetched first, up to the last
    // record held, then the window's new records: the findings after a hole are derived
    // again once it is filled, before any new record is added to them.
    struct Plan
    {
        std::size_t device;
        bool hole;
        bool lastHole;
    };
    std::vector<std::shared_ptr<DeviceState>> states;
    std::vector<PageStream::Fetch> fetches;
    std::vector<Plan> plans;
    for (const store::DeviceRow& row : devices) {
        auto state = open(row);
        if (!state)
            return std::move(state).error();
        const std::size_t d = states.size();
        const std::optional<std::uint64_t> held = (*state)->heldSeq;
        const auto holes = holesIn((*state)->coverage, fromMs, toMs, held);
        for (std::size_t h = 0; h < holes.size(); ++h) {
            fetches.push_back({row.deviceId, holes[h].after, holes[h].fromMs, holes[h].toMs, held});
            plans.push_back({d, true, h + 1 == holes.size()});
        }
        fetches.push_back({row.deviceId, held, fromMs, toMs, std::nullopt});
        plans.push_back({d, false, false});
        states.push_back(std::move(*state));
    }
    PageStream stream(pages_, std::move(fetches),
                      {chain_.tip()->header.height, hasher_.alg(), kPageEntries});

    std::optional<CheckedPage> pending;  // verified, not yet checked and written
    // The page goes to the writer's thread by value and is freed there when the write
    // ends. Held by the lambda, it would be freed with the future: on this thread, between
    // two pages, while the other cores wait for the next page's verification.
    auto write = [this, fromMs, toMs, &tally](CheckedPage page) {
        return std::async(
            std::launch::async,
            [this, fromMs, toMs, &tally](const CheckedPage& written) {
                return saveChecked(written, fromMs, toMs, tally);
            },
            std::move(page));
    };
    // Writes what is verified and not yet stored, here and now: on the way out, what was
    // verified before stays verified.
    auto flush = [&]() -> Status {
        return pending ? saveChecked(*std::exchange(pending, {}), fromMs, toMs, tally) : okStatus();
    };
    auto fail = [&](Error error) -> Status {
        if (auto st = flush(); !st)
            error = std::move(st).error();
        return error;
    };
    auto withinDevice = [](Error error, const DeviceState& device) {
        return std::move(error).within(QT_TRANSLATE_NOOP("Error", "device %1"),
                                       {toHex(device.row->deviceId)});
    };

    while (true) {
        if (cancel && cancel->load())
            return fail(cancelledError());
        auto next = stream.next();
        if (!next)
            return fail(std::move(next).error());
        if (!*next)
            return flush();
        PageStream::Page& page = **next;
        const Plan plan = plans[page.fetch];
        const std::shared_ptr<DeviceState>& device = states[plan.device];
        const bool endsHoles = plan.hole && plan.lastHole && page.last;
        // An empty page still has work when it ends a device's holes (the findings are
        // derived again) or its window (the window is recorded as synced).
        if (page.entries.empty() && plan.hole && !endsHoles)
            continue;
        auto headers = headersOf(page.entries);
        if (!headers)
            return fail(withinDevice(std::move(headers).error(), *device));

        std::future<Status> writing;
        std::shared_ptr<DeviceState> written;  // whose page is being written
        if (pending) {
            written = pending->device;
            writing = write(*std::exchange(pending, {}));
        }
        // The signatures dominate the cost: every core checks its share of the page.
        std::vector<EntryVerdict> verdicts(page.entries.size());
        parallelFor(page.entries.size(), [&](std::size_t i) {
            const net::Entry& e = page.entries[i];
            verdicts[i] =
                checkDeviceEntry(e, headers->at(e.height), hasher_, device->row->deviceId, *keys_);
        });
        if (writing.valid()) {
            if (auto st = writing.get(); !st)
                return fail(withinDevice(std::move(st).error(), *written));
        }

        std::vector<store::FindingRow> rejected;
        for (std::size_t i = 0; i < page.entries.size(); ++i) {
            if (!verdicts[i].record)
                rejected.push_back(entryFinding(device->row->deviceId, verdicts[i].findingCode,
                                                page.entries[i], verdicts[i].error->text()));
        }
        if (!rejected.empty()) {
            const Error first = *std::find_if(verdicts.begin(), verdicts.end(), [](const auto& v) {
                                     return !v.record;
                                 })->error;
            return fail(withinDevice(
                std::move(rejectPage(std::move(rejected), first, tally)).error(), *device));
        }
        // Answers are by seq (spec §8): the stream asked for the next page from the last
        // record's seq, which is where this page ends only if the node kept that order. A
        // page out of order is the node's fault, not the device's, and none of it is stored.
        for (std::size_t i = 1; i < verdicts.size(); ++i) {
            const std::uint64_t seq = verdicts[i].record->body.seq;
            const std::uint64_t before = verdicts[i - 1].record->body.seq;
            if (seq < before)
                return fail(withinDevice(
                    Error(ErrorKind::Invalid, "lightnode.records-order",
                          QT_TRANSLATE_NOOP("Error",
                                            "the node served records out of seq order: seq %1 "
                                            "after seq %2 (height %3, index %4)"),
                          {QString::number(seq), QString::number(before),
                           QString::number(page.entries[i].height),
                           QString::number(page.entries[i].index)}),
                    *device));
        }
        if (plan.hole) {
            // Past the last record held, the window's new records take over.
            std::size_t keep = 0;
            while (keep < verdicts.size() && verdicts[keep].record->body.seq <= *device->heldSeq)
                ++keep;
            page.entries.resize(keep);
            verdicts.resize(keep);
        }
        pending =
            CheckedPage{device, std::move(page.entries), std::move(verdicts), plan.hole, endsHoles};
        if (page.last && !plan.hole)
            deviceDone(plan.device);
    }
}

}  // namespace pp::lightnode
