#include "lightnode/workspace_audit.h"

#include "analytics/battery/battery_summaries.h"
#include "chain/commit.h"
#include "chain/validator_set.h"
#include "common/bytes.h"
#include "common/parallel.h"
#include "findings/finding_codes.h"
#include "lightnode/device_keys.h"
#include "lightnode/entry_check.h"
#include "lightnode/record_findings.h"
#include "merkle/proof_codec.h"
#include "store/workspace.h"

#include <QDate>

#include <cmath>
#include <map>
#include <tuple>

namespace pp::lightnode {

namespace {

constexpr std::size_t kBatch = 256;               // records verified side by side
constexpr std::uint64_t kQuickSampleEvery = 100;  // a quick audit's share of records

Text audited(const char* text, QStringList args = {})
{
    return Text("Audit", text, std::move(args));
}

class Auditor
{
public:
    Auditor(store::Workspace& ws, AuditDepth depth, const std::atomic<bool>* cancel)
        : ws_(ws), depth_(depth), cancel_(cancel)
    {
    }

    Result<AuditReport> run(const std::function<void(std::size_t, std::size_t)>& progress);

private:
    void differ(QString item, Text what)
    {
        out_.differences.push_back({std::move(item), std::move(what)});
    }
    bool cancelled() const { return cancel_ != nullptr && cancel_->load(); }
    Status headers();
    Status commits();
    Status registrations();
    Status device(const store::DeviceRow& device);
    void compareFindings(const store::DeviceRow& device,
                         const std::vector<store::FindingRow>& recomputed);
    Status compareBatterySummary(const store::DeviceRow& device);
    Status compareDaily(const store::DeviceRow& device,
                        const std::vector<store::DailyRow>& recomputed);

    store::Workspace& ws_;
    AuditDepth depth_;
    const std::atomic<bool>* cancel_;
    AuditReport out_;
    std::optional<chain::Genesis> genesis_;
    std::optional<merkle::TreeHasher> hasher_;
    std::map<std::uint64_t, chain::Header> headers_;  // the ones whose bytes hold
    std::optional<DeviceKeys> keys_;
};

Status Auditor::headers()
{
    auto tip = ws_.chain().tip();
    if (!tip)
        return std::move(tip).error();
    if (!*tip)
        return okStatus();
    const crypto::HashAlg alg = genesis_->hashAlg();
    std::optional<store::StoredHeader> previous;
    for (std::uint64_t h = 0; h <= (*tip)->header.height; ++h) {
        if (cancelled())
            return cancelledError();
        const QString item = QStringLiteral("header %1").arg(h);
        auto stored = ws_.chain().header(h);
        if (!stored) {
            differ(item, stored.error().text());
            previous.reset();
            continue;
        }
        if (!*stored) {  // a tip-only workspace holds some headers only
            previous.reset();
            continue;
        }
        ++out_.headers;
        const store::StoredHeader& s = **stored;
        if (s.header.hash(alg) != s.hash) {
            differ(item,
                   audited(QT_TRANSLATE_NOOP("Audit", "its bytes do not hash to its stored hash")));
            previous.reset();
            continue;
        }
        if (s.header.chainId != genesis_->chainId())
            differ(item, audited(QT_TRANSLATE_NOOP("Audit", "it names another chain")));
        if (previous) {
            if (s.header.prevHash != previous->hash)
                differ(item, audited(QT_TRANSLATE_NOOP("Audit", "it does not link to header %1"),
                                     {QString::number(h - 1)}));
            if (s.header.timeMs <= previous->header.timeMs)
                differ(item,
                       audited(QT_TRANSLATE_NOOP("Audit", "its time is not after header %1's"),
                               {QString::number(h - 1)}));
            if (s.header.validatorsHash != previous->header.nextValidatorsHash)
                differ(item,
                       audited(QT_TRANSLATE_NOOP(
                                   "Audit", "its validator set is not the one header %1 announced"),
                               {QString::number(h - 1)}));
        }
        headers_.emplace(h, s.header);
        previous = s;
    }
    return okStatus();
}

Status Auditor::commits()
{
    const crypto::HashAlg alg = genesis_->hashAlg();
    for (std::uint64_t from = 0;;) {
        auto held = ws_.chain().commitAtOrAbove(from);
        if (!held)
            return std::move(held).error();
        if (!*held)
            return okStatus();
        const auto& [height, bytes] = **held;
        from = height + 1;
        ++out_.commits;
        const QString item = QStringLiteral("commit %1").arg(height);
        auto header = ws_.chain().header(height);
        auto setBytes = ws_.chain().validatorSetAt(height);
        auto commit = chain::Commit::decode(bytes);
        if (const Error* e = firstError(header, setBytes, commit)) {
            differ(item, e->text());
            continue;
        }
        if (!*header) {
            differ(item, audited(QT_TRANSLATE_NOOP("Audit", "its header is not held")));
            continue;
        }
        auto set = chain::ValidatorSet::decode(*setBytes, alg);
        if (!set) {
            differ(item, set.error().text());
            continue;
        }
        if (auto checked = chain::verifyCommit(*commit, (*header)->header, (*header)->hash, *set);
            !checked)
            differ(item, checked.error().text());
    }
}

Status Auditor::registrations()
{
    auto rows = ws_.registrations().all();
    if (!rows)
        return std::move(rows).error();
    for (const store::RegistrationRow& r : *rows) {
        ++out_.registrations;
        const QString item = QStringLiteral("registration %1/%2").arg(r.height).arg(r.index);
        auto header = headers_.find(r.height);
        auto proof = merkle::decodeProof(r.proof);
        if (header == headers_.end() || !proof) {
            differ(item, proof ? audited(QT_TRANSLATE_NOOP("Audit", "its header is not held"))
                               : proof.error().text());
            continue;
        }
        const net::Entry entry{r.height, r.index, r.record, *proof};
        const EntryVerdict v = checkRegistrarEntry(entry, header->second, *genesis_, *hasher_);
        if (!v.record) {
            differ(item, v.error->text());
            continue;
        }
        const store::RegistrationRow expected = registrationRow(entry, v.record->body);
        if (std::tie(expected.deviceId, expected.type, expected.keyCbor, expected.assetClass,
                     expected.metaCbor) !=
            std::tie(r.deviceId, r.type, r.keyCbor, r.assetClass, r.metaCbor))
            differ(item, audited(QT_TRANSLATE_NOOP("Audit",
                                                   "its row does not say what its record says")));
    }
    auto keys = DeviceKeys::fromRegistrations(*rows);
    if (!keys)
        return std::move(keys).error();
    keys_ = std::move(*keys);
    return okStatus();
}

Status Auditor::device(const store::DeviceRow& device)
{
    const QByteArray& id = device.deviceId;
    std::vector<store::RecordRow> batch;
    RecordFindings derived(device, {});
    std::vector<store::FindingRow> findings;
    analytics::DailySummary daily(id);
    const bool full = depth_ == AuditDepth::Full;
    auto verify = [&]() {
        std::vector<EntryVerdict> verdicts(batch.size());
        std::vector<std::optional<Text>> problems(batch.size());
        parallelFor(batch.size(), [&](std::size_t i) {
            const store::RecordRow& r = batch[i];
            auto header = headers_.find(r.height);
            auto proof = merkle::decodeProof(r.proof);
            if (header == headers_.end() || !proof) {
                problems[i] = proof ? audited(QT_TRANSLATE_NOOP("Audit", "its header is not held"))
                                    : proof.error().text();
                return;
            }
            verdicts[i] = checkDeviceEntry({r.height, r.index, r.record, *proof}, header->second,
                                           *hasher_, id, *keys_);
            if (!verdicts[i].record) {
                problems[i] = verdicts[i].error->text();
                return;
            }
            const records::RecordBody& b = verdicts[i].record->body;
            if (b.seq != r.seq || b.timeMs != r.timeMs || static_cast<int>(b.type) != r.type)
                problems[i] = audited(
                    QT_TRANSLATE_NOOP("Audit", "its row does not say what its record says"));
        });
        for (std::size_t i = 0; i < batch.size(); ++i) {
            const store::RecordRow& r = batch[i];
            if (problems[i])
                differ(QStringLiteral("record %1/%2").arg(r.height).arg(r.index), *problems[i]);
            else if (full)
                derived.add(r.height, r.index, verdicts[i].record->body, 0, findings, daily);
        }
        out_.records += batch.size();
        batch.clear();
    };
    const std::uint64_t every = full ? 1 : kQuickSampleEvery;
    Status st = ws_.records().forEachInSeqOrder(id, every, [&](const store::RecordRow& r) {
        if (cancelled())
            return false;
        batch.push_back(r);
        if (batch.size() >= kBatch)
            verify();
        return true;
    });
    if (!st)
        return st;
    if (cancelled())
        return cancelledError();
    verify();
    if (!full)
        return okStatus();
    compareFindings(device, findings);
    if (auto compared = compareDaily(device, daily.rows()); !compared)
        return compared;
    return compareBatterySummary(device);
}

// The findings a sync derives from stored records (not those of entries it refused, which
// were never stored), as a multiset by place and message.
using FindingKey = std::tuple<QString, std::uint64_t, std::uint64_t, QString>;

std::map<FindingKey, int> derivedOnly(const std::vector<store::FindingRow>& rows)
{
    std::map<FindingKey, int> out;
    for (const store::FindingRow& f : rows) {
        const bool derived = f.code == u"SEQ_GAP" || f.code == u"SEQ_REPEAT" ||
                             f.code == u"TIME_REGRESSION" || f.code == u"IMPLAUSIBLE" ||
                             (f.code == u"MALFORMED" && !findings::refusesEntry(f));
        if (derived)
            ++out[{f.code, f.height.value_or(0), f.index.value_or(0), f.message.english()}];
    }
    return out;
}

void Auditor::compareFindings(const store::DeviceRow& device,
                              const std::vector<store::FindingRow>& recomputed)
{
    auto stored = ws_.findings().list(device.deviceId, {});
    const QString item = QStringLiteral("findings of %1").arg(toHex(device.deviceId));
    if (!stored) {
        differ(item, stored.error().text());
        return;
    }
    const auto want = derivedOnly(recomputed), have = derivedOnly(*stored);
    out_.findings += recomputed.size();
    for (const auto& [key, n] : want) {
        const int held = have.count(key) ? have.at(key) : 0;
        // A sync that began inside a window does not report the first record's gap.
        const bool firstGap = std::get<0>(key) == u"SEQ_GAP" &&
                              std::get<3>(key).startsWith(u"the device's first record");
        if (held < n && !firstGap)
            differ(item, audited(QT_TRANSLATE_NOOP("Audit", "%1 at record %2/%3 is missing: %4"),
                                 {std::get<0>(key), QString::number(std::get<1>(key)),
                                  QString::number(std::get<2>(key)), std::get<3>(key)}));
    }
    for (const auto& [key, n] : have) {
        const int due = want.count(key) ? want.at(key) : 0;
        if (n > due)
            differ(item, audited(QT_TRANSLATE_NOOP(
                                     "Audit", "%1 at record %2/%3 has no cause in the records: %4"),
                                 {std::get<0>(key), QString::number(std::get<1>(key)),
                                  QString::number(std::get<2>(key)), std::get<3>(key)}));
    }
}

bool same(const std::optional<double>& a, const std::optional<double>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*a));
}

Status Auditor::compareDaily(const store::DeviceRow& device,
                             const std::vector<store::DailyRow>& recomputed)
{
    auto stored = ws_.daily().ofDevice(device.deviceId);
    if (!stored)
        return std::move(stored).error();
    std::map<std::int64_t, const store::DailyRow*> have;
    for (const store::DailyRow& r : *stored)
        have[r.day] = &r;
    const QString hex = toHex(device.deviceId);
    auto item = [&](std::int64_t day) {
        return QStringLiteral("daily %1/%2")
            .arg(hex, QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate));
    };
    for (const store::DailyRow& want : recomputed) {
        ++out_.dailyRows;
        auto it = have.find(want.day);
        if (it == have.end()) {
            differ(item(want.day),
                   audited(QT_TRANSLATE_NOOP("Audit", "the day's summary is missing")));
            continue;
        }
        const store::DailyRow& h = *it->second;
        const bool equal = h.samples == want.samples && h.alarms == want.alarms &&
                           same(h.whMin, want.whMin) && same(h.whMax, want.whMax) &&
                           same(h.peakW, want.peakW) && same(h.kmMin, want.kmMin) &&
                           same(h.kmMax, want.kmMax) && same(h.speedMax, want.speedMax) &&
                           same(h.socMin, want.socMin) && same(h.socMax, want.socMax) &&
                           same(h.sohLast, want.sohLast) && same(h.cyclesLast, want.cyclesLast) &&
                           same(h.tempMax, want.tempMax);
        if (!equal)
            differ(item(want.day),
                   audited(QT_TRANSLATE_NOOP("Audit",
                                             "the day's summary is not what its records sum to")));
        have.erase(it);
    }
    for (const auto& [day, row] : have)
        differ(item(day),
               audited(QT_TRANSLATE_NOOP("Audit", "a summary of a day without records")));
    return okStatus();
}

// A kept battery summary that still claims to describe the device's data is read by the
// valuation and the fleet ranking instead of the records: it must be what they give.
Status Auditor::compareBatterySummary(const store::DeviceRow& device)
{
    auto kept = ws_.batterySummaries().of(device.deviceId);
    if (!kept)
        return std::move(kept).error();
    if (!*kept || !((*kept)->basis == analytics::summaryBasis(device)))
        return okStatus();
    ++out_.batterySummaries;
    auto recomputed =
        analytics::summarizeBatteryHistory(ws_, device.deviceId, 0, UINT64_MAX, cancel_);
    if (!recomputed)
        return std::move(recomputed).error();
    if (analytics::summaryToJson(*recomputed) != (*kept)->summary)
        differ(QStringLiteral("battery summary %1").arg(toHex(device.deviceId)),
               audited(QT_TRANSLATE_NOOP("Audit",
                                         "the battery's summary is not what its records give")));
    return okStatus();
}

Result<AuditReport> Auditor::run(const std::function<void(std::size_t, std::size_t)>& progress)
{
    auto genesis = ws_.chain().trustedGenesis();
    if (!genesis)
        return std::move(genesis).error();
    genesis_ = std::move(*genesis);
    hasher_.emplace(genesis_->hashAlg());
    auto devices = ws_.registrations().devices();
    if (!devices)
        return std::move(devices).error();
    const std::size_t total = devices->size() + 1;
    for (const auto& step : {&Auditor::headers, &Auditor::commits, &Auditor::registrations}) {
        if (auto st = (this->*step)(); !st)
            return std::move(st).error();
    }
    if (progress)
        progress(1, total);
    for (std::size_t i = 0; i < devices->size(); ++i) {
        if (auto st = device((*devices)[i]); !st)
            return std::move(st).error();
        if (progress)
            progress(i + 2, total);
    }
    return std::move(out_);
}

}  // namespace

Result<AuditReport> auditWorkspace(store::Workspace& workspace, AuditDepth depth,
                                   const std::function<void(std::size_t, std::size_t)>& progress,
                                   const std::atomic<bool>* cancel)
{
    return Auditor(workspace, depth, cancel).run(progress);
}

}  // namespace pp::lightnode
