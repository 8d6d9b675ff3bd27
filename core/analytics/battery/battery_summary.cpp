#include "analytics/battery/battery_summary.h"

#include "analytics/battery/battery_fleet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace pp::analytics {

namespace {

// Bumped whenever the layout below or a figure's definition changes: a kept summary of
// another version is computed again rather than misread.
constexpr int kVersion = 1;

QJsonValue number(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<double> optionalNumber(const QJsonValue& v)
{
    return v.isDouble() ? std::optional(v.toDouble()) : std::nullopt;
}

std::uint64_t count(const QJsonValue& v)
{
    return static_cast<std::uint64_t>(std::max(0.0, v.toDouble()));
}

// The static key riskParts() gives a part, by its name: a stored key names one of them.
const char* riskKey(const QString& name)
{
    static const std::vector<RiskPart> known = riskParts(BatteryHistory{});
    for (const RiskPart& p : known) {
        if (name == QLatin1String(p.key))
            return p.key;
    }
    return nullptr;
}

}  // namespace

BatterySummary summarize(const BatteryHistory& h)
{
    BatterySummary s;
    s.samples = h.samples;
    s.coverageShare = h.coverage.share;
    s.coveredMs = h.coverage.coveredMs;
    s.throughputKwh = h.throughputKwh;
    s.efc = h.efc;
    s.sohReported = h.soh.reportedLatest;
    s.sohEstimated = h.soh.estimatedLatest;
    s.sohOverReported = h.soh.overReported;
    s.negativeEvents = h.negativeEvents.size();
    s.abuseEvents = static_cast<std::size_t>(std::count_if(
        h.negativeEvents.begin(), h.negativeEvents.end(), std::mem_fn(&NegativeEvent::isAbuse)));
    s.minutesAbove45C = h.temperature.minutesAbove45C;
    s.minutesChargingBelow0C = h.temperature.minutesChargingBelow0C;
    s.lifeSupported = h.projection.supported;
    if (h.projection.to80)
        s.daysTo80 = h.projection.to80->days;
    if (h.projection.to70)
        s.daysTo70 = h.projection.to70->days;
    s.lifeAbsent = h.projection.reason;
    if (!h.empty())
        s.risk = riskParts(h);
    return s;
}

QByteArray summaryToJson(const BatterySummary& s)
{
    QJsonArray risk;
    for (const RiskPart& p : s.risk)
        risk.append(QJsonObject{{QStringLiteral("key"), QLatin1String(p.key)},
                                {QStringLiteral("figure"), p.figure},
                                {QStringLiteral("score"), p.score},
                                {QStringLiteral("weight"), p.weight}});
    const QJsonObject o{
        {QStringLiteral("v"), kVersion},
        {QStringLiteral("samples"), static_cast<double>(s.samples)},
        {QStringLiteral("coverage_share"), s.coverageShare},
        {QStringLiteral("covered_ms"), static_cast<double>(s.coveredMs)},
        {QStringLiteral("throughput_kwh"), s.throughputKwh},
        {QStringLiteral("efc"), number(s.efc)},
        {QStringLiteral("soh_reported"), number(s.sohReported)},
        {QStringLiteral("soh_estimated"), number(s.sohEstimated)},
        {QStringLiteral("soh_over_reported"), s.sohOverReported},
        {QStringLiteral("negative_events"), static_cast<double>(s.negativeEvents)},
        {QStringLiteral("abuse_events"), static_cast<double>(s.abuseEvents)},
        {QStringLiteral("minutes_above_45c"), s.minutesAbove45C},
        {QStringLiteral("minutes_charging_below_0c"), s.minutesChargingBelow0C},
        {QStringLiteral("life_supported"), s.lifeSupported},
        {QStringLiteral("days_to_80"), number(s.daysTo80)},
        {QStringLiteral("days_to_70"), number(s.daysTo70)},
        {QStringLiteral("life_absent"),
         QString::fromUtf8(s.lifeAbsent.isEmpty() ? QByteArray() : s.lifeAbsent.toJson())},
        {QStringLiteral("risk"), risk}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<BatterySummary> summaryFromJson(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(QStringLiteral("v")).toInt() != kVersion)
        return std::nullopt;
    BatterySummary s;
    s.samples = count(o.value(QStringLiteral("samples")));
    s.coverageShare = o.value(QStringLiteral("coverage_share")).toDouble();
    s.coveredMs = count(o.value(QStringLiteral("covered_ms")));
    s.throughputKwh = o.value(QStringLiteral("throughput_kwh")).toDouble();
    s.efc = optionalNumber(o.value(QStringLiteral("efc")));
    s.sohReported = optionalNumber(o.value(QStringLiteral("soh_reported")));
    s.sohEstimated = optionalNumber(o.value(QStringLiteral("soh_estimated")));
    s.sohOverReported = o.value(QStringLiteral("soh_over_reported")).toBool();
    s.negativeEvents = count(o.value(QStringLiteral("negative_events")));
    s.abuseEvents = count(o.value(QStringLiteral("abuse_events")));
    s.minutesAbove45C = o.value(QStringLiteral("minutes_above_45c")).toDouble();
    s.minutesChargingBelow0C = o.value(QStringLiteral("minutes_charging_below_0c")).toDouble();
    s.lifeSupported = o.value(QStringLiteral("life_supported")).toBool();
    s.daysTo80 = optionalNumber(o.value(QStringLiteral("days_to_80")));
    s.daysTo70 = optionalNumber(o.value(QStringLiteral("days_to_70")));
    const QString absent = o.value(QStringLiteral("life_absent")).toString();
    if (!absent.isEmpty()) {
        auto text = Text::fromJson(absent.toUtf8());
        if (!text)
            return std::nullopt;
        s.lifeAbsent = std::move(*text);
    }
    const QJsonArray risk = o.value(QStringLiteral("risk")).toArray();
    for (const QJsonValue v : risk) {
        const QJsonObject p = v.toObject();
        const char* key = riskKey(p.value(QStringLiteral("key")).toString());
        if (key == nullptr)
            return std::nullopt;
        s.risk.push_back({key, p.value(QStringLiteral("figure")).toDouble(),
                          p.value(QStringLiteral("score")).toDouble(),
                          p.value(QStringLiteral("weight")).toDouble()});
    }
    return s;
}

}  // namespace pp::analytics
