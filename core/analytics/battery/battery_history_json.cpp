#include "analytics/battery/battery_history_json.h"

#include "common/bytes.h"

#include <QDateTime>
#include <QJsonArray>

namespace pp::analytics {

namespace {

QJsonValue time(std::uint64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC)
        .toString(Qt::ISODateWithMs);
}

QJsonValue number(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject record(const RecordPlace& r)
{
    return {{QStringLiteral("height"), static_cast<double>(r.height)},
            {QStringLiteral("index"), static_cast<double>(r.index)},
            {QStringLiteral("seq"), static_cast<double>(r.seq)}};
}

QJsonObject coverage(const BatteryHistory& h)
{
    QJsonObject leftOut;
    for (const auto& [reason, n] : h.samplesLeftOut)
        leftOut.insert(reason, static_cast<double>(n));
    return {{QStringLiteral("from"), time(h.coverage.fromMs)},
            {QStringLiteral("to"), time(h.coverage.toMs)},
            {QStringLiteral("share"), h.coverage.share},
            {QStringLiteral("covered_hours"), static_cast<double>(h.coverage.coveredMs) / 3.6e6},
            {QStringLiteral("records_used"), static_cast<double>(h.recordsUsed)},
            {QStringLiteral("records_rejected"), static_cast<double>(h.recordsRejected)},
            {QStringLiteral("records_implausible"), static_cast<double>(h.recordsImplausible)},
            {QStringLiteral("samples_left_out"), leftOut}};
}

QJsonObject temperature(const TemperatureExposure& t)
{
    QJsonArray bins;
    for (const TemperatureBin& b : t.histogram)
        bins.append(QJsonObject{{QStringLiteral("from_c"), b.fromC},
                                {QStringLiteral("to_c"), b.toC},
                                {QStringLiteral("minutes"), b.minutes}});
    return {{QStringLiteral("samples"), static_cast<double>(t.samples)},
            {QStringLiteral("minutes_above_45c"), t.minutesAbove45C},
            {QStringLiteral("minutes_below_0c"), t.minutesBelow0C},
            {QStringLiteral("minutes_charging_below_0c"), t.minutesChargingBelow0C},
            {QStringLiteral("histogram"), bins}};
}

QJsonObject soh(const SohFigures& s)
{
    QJsonArray reported, estimates;
    for (const SohSample& r : s.reported)
        reported.append(
            QJsonObject{{QStringLiteral("time"), time(r.timeMs)}, {QStringLiteral("pct"), r.pct}});
    for (const CapacitySegment& c : s.estimates)
        estimates.append(QJsonObject{{QStringLiteral("from"), time(c.startMs)},
                                     {QStringLiteral("to"), time(c.endMs)},
                                     {QStringLiteral("charging"), c.charging},
                                     {QStringLiteral("delta_soc_pct"), c.deltaSocPct},
                                     {QStringLiteral("capacity_ah"), c.capacityAh},
                                     {QStringLiteral("pct"), c.sohPct},
                                     {QStringLiteral("reported_pct"), number(c.reportedSohPct)}});
    QJsonObject o{{QStringLiteral("reported_latest_pct"), number(s.reportedLatest)},
                  {QStringLiteral("estimated_latest_pct"), number(s.estimatedLatest)},
                  {QStringLiteral("segments_used"), static_cast<int>(s.estimates.size())},
                  {QStringLiteral("over_reported"), s.overReported},
                  {QStringLiteral("reported"), reported},
                  {QStringLiteral("estimates"), estimates}};
    if (s.overReportedSince)
        o.insert(QStringLiteral("over_reported_since"), time(s.overReportedSince->timeMs));
    if (!s.absent.isEmpty())
        o.insert(QStringLiteral("estimate_absent"), s.absent.english());
    return o;
}

QJsonObject projection(const DegradationProjection& p)
{
    QJsonObject o{{QStringLiteral("supported"), p.supported},
                  {QStringLiteral("basis"), p.basis},
                  {QStringLiteral("points"), static_cast<double>(p.points)}};
    if (!p.supported) {
        o.insert(QStringLiteral("reason"), p.reason.english());
        return o;
    }
    auto life = [](const std::optional<RemainingLife>& l) -> QJsonValue {
        if (!l)
            return QJsonValue::Null;  // beyond the horizon
        return QJsonObject{{QStringLiteral("days"), l->days},
                           {QStringLiteral("earliest_days"), l->earliestDays},
                           {QStringLiteral("latest_days"), l->latestDays}};
    };
    o.insert(QStringLiteral("model"),
             QJsonObject{{QStringLiteral("intercept_pct"), p.intercept},
                         {QStringLiteral("calendar_pct_per_sqrt_day"), p.calendar},
                         {QStringLiteral("cycle_pct"), p.cycle},
                         {QStringLiteral("cycle_exponent"), p.exponent},
                         {QStringLiteral("rmse_pct"), p.rmse}});
    o.insert(QStringLiteral("efc_per_day"), p.efcPerDay);
    o.insert(QStringLiteral("to_80_pct"), life(p.to80));
    o.insert(QStringLiteral("to_70_pct"), life(p.to70));
    return o;
}

}  // namespace

QJsonObject batteryHistoryJson(const BatteryHistory& h)
{
    QJsonObject o{{QStringLiteral("device"), toHex(h.info.deviceId)},
                  {QStringLiteral("name"), h.info.name},
                  {QStringLiteral("chain_id"), toHex(h.chainId)},
                  {QStringLiteral("samples"), static_cast<double>(h.samples)},
                  {QStringLiteral("empty"), h.empty()},
                  {QStringLiteral("coverage"), coverage(h)}};
    if (h.anchor)
        o.insert(
            QStringLiteral("anchor"),
            QJsonObject{{QStringLiteral("height"), static_cast<double>(h.anchor->header.height)},
                        {QStringLiteral("header_hash"), toHex(h.anchor->hash)}});
    if (h.empty()) {
        o.insert(QStringLiteral("message"), QStringLiteral("no verified samples in the window"));
        return o;
    }
    QJsonArray dod;
    for (const DodBin& b : h.dodHistogram)
        dod.append(QJsonObject{{QStringLiteral("from_pct"), b.fromPct},
                               {QStringLiteral("to_pct"), b.toPct},
                               {QStringLiteral("cycles"), b.cycles}});
    QJsonArray events;
    for (const NegativeEvent& e : h.negativeEvents)
        events.append(
            QJsonObject{{QStringLiteral("kind"), QLatin1String(NegativeEvent::key(e.kind))},
                        {QStringLiteral("from"), time(e.startMs)},
                        {QStringLiteral("to"), time(e.endMs)},
                        {QStringLiteral("worst"), e.worst},
                        {QStringLiteral("what"), e.describe().english()},
                        {QStringLiteral("record"), record(e.record)}});
    QJsonObject cRate{{QStringLiteral("max_charge"), number(h.cRate.maxCharge)},
                      {QStringLiteral("max_discharge"), number(h.cRate.maxDischarge)},
                      {QStringLiteral("fast_charge_share"), number(h.cRate.fastChargeShare)}};
    if (!h.cRate.absent.isEmpty())
        cRate.insert(QStringLiteral("absent"), h.cRate.absent.english());
    o.insert(QStringLiteral("throughput_ah"), h.throughputAh);
    o.insert(QStringLiteral("throughput_kwh"), h.throughputKwh);
    o.insert(QStringLiteral("nominal_ah"), number(h.nominalAh));
    o.insert(QStringLiteral("nominal_basis"), h.nominalBasis.english());
    o.insert(QStringLiteral("efc"), number(h.efc));
    o.insert(QStringLiteral("dod_histogram"), dod);
    o.insert(QStringLiteral("c_rate"), cRate);
    o.insert(QStringLiteral("temperature"), temperature(h.temperature));
    o.insert(QStringLiteral("soh"), soh(h.soh));
    o.insert(QStringLiteral("negative_events"), events);
    o.insert(QStringLiteral("cell_limits"),
             h.cellLimitsOf.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.cellLimitsOf));
    o.insert(QStringLiteral("projection"), projection(h.projection));
    return o;
}

}  // namespace pp::analytics
