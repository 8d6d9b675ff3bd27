#include "lightnode/record_findings.h"

#include "cbor/decoder.h"
#include "findings/finding_codes.h"
#include "records/payload.h"

#include <QDateTime>

namespace pp::lightnode {

namespace {

// Record times in findings: ISO 8601 in UTC, as --from and --to take them.
QString isoUtc(std::uint64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC)
        .toString(Qt::ISODateWithMs);
}

cbor::Value metaOf(const store::DeviceRow& device)
{
    auto meta = cbor::decode(device.metaCbor);
    return meta ? *meta : cbor::Value::map({});
}

}  // namespace

RecordFindings::RecordFindings(const store::DeviceRow& device, store::DeviceProgress progress)
    : deviceId_(device.deviceId),
      progress_(std::move(progress)),
      plausibility_(analytics::DeviceProfile::fromRegistration(device.assetClass, metaOf(device)),
                    progress_.checkState)
{
    terminal_ = records::Terminal::fromMeta(metaOf(device));
}

void RecordFindings::add(std::uint64_t height, std::uint64_t index, const records::RecordBody& b,
                         std::uint64_t fromMs, std::vector<store::FindingRow>& findings,
                         analytics::DailySummary& daily)
{
    auto note = [&](const char* code, const Text& message) {
        findings.push_back(
            {deviceId_, QString::fromLatin1(code), height, index, b.seq, b.timeMs, message});
    };
    const auto& last = progress_.lastSeq;
    const QString seq = QString::number(b.seq);
    if (last && b.seq <= *last) {
        note("SEQ_REPEAT",
             Text("Finding", QT_TRANSLATE_NOOP("Finding", "seq %1 again after seq %2"),
                  {seq, QString::number(*last)}));
    } else if (const std::uint64_t expected = last ? *last + 1 : 0;
               b.seq > expected && (last || fromMs == 0)) {
        const QString missing = QString::number(b.seq - expected);
        note("SEQ_GAP",
             last ? Text("Finding",
                         QT_TRANSLATE_NOOP("Finding", "seq %1 follows seq %2: %3 records missing"),
                         {seq, QString::number(*last), missing})
                  : Text("Finding",
                         QT_TRANSLATE_NOOP("Finding",
                                           "the device's first record has seq %1: "
                                           "%2 records before it are missing"),
                         {seq, missing}));
    }
    if (last && b.timeMs < progress_.lastTimeMs) {
        note("TIME_REGRESSION",
             Text("Finding",
                  QT_TRANSLATE_NOOP("Finding", "time %1 is before the previous record's %2"),
                  {isoUtc(b.timeMs), isoUtc(progress_.lastTimeMs)}));
    }
    // Decoded here, once: a page of a van's records decoded is several times its bytes. A
    // sample that does not decode is a finding; the record and its other samples stand.
    const records::Payload payload = records::Payload::decode(b, &terminal_);
    for (const records::SampleFault& f : payload.faults)
        note("MALFORMED", Text("Finding", findings::kSampleFault,
                               {QString::number(f.sample), QString::number(b.binarySamples.size()),
                                f.error.message()}));
    for (const Text& message : plausibility_.check(b, payload))
        note("IMPLAUSIBLE", message);
    daily.add(b, payload);
    progress_.lastSeq = std::max(b.seq, last.value_or(0));
    progress_.lastTimeMs = std::max(b.timeMs, progress_.lastTimeMs);
}

store::DeviceProgress RecordFindings::progress() const
{
    store::DeviceProgress p = progress_;
    p.checkState = plausibility_.state();
    return p;
}

}  // namespace pp::lightnode
