#include "lightnode/record_sync.h"

#include "analytics/plausibility.h"
#include "cbor/decoder.h"
#include "cbor/writer.h"
#include "common/parallel.h"
#include "lightnode/entry_check.h"
#include "merkle/proof_codec.h"

#include <map>

namespace pp::lightnode {

namespace {

// Entries a page: enough to keep every core busy, few enough to bound memory.
constexpr std::uint64_t kPage = 2000;

store::FindingRow entryFinding(const QByteArray& deviceId, const char* code, const net::Entry& e,
                               const QString& message, std::optional<std::uint64_t> seq = {},
                               std::optional<std::uint64_t> timeMs = {})
{
    return {deviceId, QString::fromLatin1(code), e.height, e.index, seq, timeMs, message};
}

QByteArray proofBytes(const merkle::Proof& proof)
{
    return cbor::encode(merkle::proofToCbor(proof));
}

}  // namespace

RecordSync::RecordSync(store::Workspace& workspace, const chain::Genesis& genesis,
                       net::NodeClient& primary, ChainVerifier& chain, HeaderMode mode)
    : workspace_(workspace),
      genesis_(genesis),
      primary_(primary),
      chain_(chain),
      mode_(mode),
      hasher_(genesis.hashAlg())
{
}

Result<chain::Header> RecordSync::header(std::uint64_t height)
{
    if (mode_ == HeaderMode::TipOnly)
        return chain_.provenHeader(height);
    auto held = workspace_.header(height);
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
    if (auto st = workspace_.addFindings(findings); !st)
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
    auto after = workspace_.registrationsAfter();
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
                findings.push_back(entryFinding({}, v.findingCode, e, v.error->message()));
                first = first ? first : v.error;
                continue;
            }
            const records::RecordBody& b = v.record->body;
            const bool registration = b.type == records::RecordType::Registration;
            rows.push_back({e.height, e.index, b.deviceId, static_cast<int>(b.type),
                            registration ? b.deviceKey->cborBytes() : QByteArray(),
                            registration ? static_cast<int>(*b.assetClass) : 0,
                            registration ? cbor::encode(b.meta) : QByteArray(), e.record,
                            proofBytes(e.proof)});
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
        if (auto st = workspace_.saveRegistrations(rows, next); !st)
            return st;
        tally.verified += rows.size();
        *after = next;
    }
    auto all = workspace_.registrations();
    if (!all)
        return std::move(all).error();
    auto keys = DeviceKeys::fromRegistrations(*all);
    if (!keys)
        return std::move(keys).error();
    keys_ = std::move(*keys);
    return okStatus();
}

Status RecordSync::syncDevice(const store::DeviceRow& device, std::uint64_t fromMs,
                              std::uint64_t toMs, RecordTally& tally,
                              const std::atomic<bool>* cancel)
{
    const QByteArray& id = device.deviceId;
    const std::uint64_t tipHeight = chain_.tip()->header.height;
    auto progress = workspace_.progress(id);
    if (!progress)
        return std::move(progress).error();
    auto meta = cbor::decode(device.metaCbor);
    const cbor::Value metaMap = meta ? *meta : cbor::Value::map({});
    const cbor::Value* vinValue = metaMap.find(u"vin");
    const QString vin = vinValue ? vinValue->toText() : QString();
    analytics::PlausibilityCheck plausibility(
        analytics::DeviceProfile::fromRegistration(device.assetClass, metaMap),
        progress->checkState);

    while (true) {
        if (cancel && cancel->load())
            return Error(ErrorKind::Io, "lightnode.cancelled",
                         QT_TRANSLATE_NOOP("Error", "cancelled"));
        auto page = primary_.records(id, fromMs, toMs, progress->lastSeq, kPage);
        if (!page)
            return std::move(page).error();
        const bool more = page->size() >= kPage;
        std::vector<net::Entry> entries;
        for (net::Entry& e : *page) {
            if (e.height > tipHeight)
                break;  // by seq, so every later one is above the tip too
            entries.push_back(std::move(e));
        }
        if (entries.empty())
            return okStatus();

        std::map<std::uint64_t, chain::Header> headers;
        for (const net::Entry& e : entries) {
            if (headers.count(e.height))
                continue;
            auto h = header(e.height);
            if (!h)
                return std::move(h).error();
            headers.emplace(e.height, *h);
        }
        // The signatures dominate the cost: every core checks its share of the page.
        std::vector<EntryVerdict> verdicts(entries.size());
        parallelFor(entries.size(), [&](std::size_t i) {
            verdicts[i] = checkDeviceEntry(entries[i], headers.at(entries[i].height), hasher_, id,
                                           *keys_, vin);
        });
        std::vector<store::FindingRow> rejected;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (!verdicts[i].record)
                rejected.push_back(entryFinding(id, verdicts[i].findingCode, entries[i],
                                                verdicts[i].error->message()));
        }
        if (!rejected.empty()) {
            const Error first = *std::find_if(verdicts.begin(), verdicts.end(), [](const auto& v) {
                                     return !v.record;
                                 })->error;
            return rejectPage(std::move(rejected), first, tally);
        }

        std::vector<store::RecordRow> rows;
        std::vector<store::FindingRow> findings;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const net::Entry& e = entries[i];
            const records::RecordBody& b = verdicts[i].record->body;
            auto note = [&](const char* code, const QString& message) {
                findings.push_back(entryFinding(id, code, e, message, b.seq, b.timeMs));
            };
            const auto& last = progress->lastSeq;
            if (last && b.seq <= *last) {
                note("SEQ_REPEAT",
                     QStringLiteral("seq %1 again after seq %2").arg(b.seq).arg(*last));
            } else if (const std::uint64_t expected = last ? *last + 1 : 0;
                       b.seq > expected && (last || fromMs == 0)) {
                note("SEQ_GAP", QStringLiteral("seq %1 follows seq %2: %3 records missing")
                                    .arg(b.seq)
                                    .arg(last ? QString::number(*last) : QStringLiteral("none"))
                                    .arg(b.seq - expected));
            }
            if (last && b.timeMs < progress->lastTimeMs) {
                note("TIME_REGRESSION", QStringLiteral("time %1 is before the previous record's %2")
                                            .arg(b.timeMs)
                                            .arg(progress->lastTimeMs));
            }
            for (const QString& message : plausibility.check(b))
                note("IMPLAUSIBLE", message);
            rows.push_back({id, b.seq, e.height, e.index, b.timeMs, static_cast<int>(b.type),
                            e.record, proofBytes(e.proof),
                            mode_ == HeaderMode::Full ? store::RecordRow::Basis::HashLinks
                                                      : store::RecordRow::Basis::HistoryProof});
            progress->lastSeq = std::max(b.seq, last.value_or(0));
            progress->lastTimeMs = std::max(b.timeMs, progress->lastTimeMs);
        }
        progress->checkState = plausibility.state();
        if (auto st = workspace_.saveRecords(id, rows, findings, *progress); !st)
            return st;
        tally.verified += rows.size();
        if (!more || entries.size() < page->size())
            return okStatus();
    }
}

}  // namespace pp::lightnode
