#include "analytics/battery/battery_passport.h"

#include "common/bytes.h"

#include <QDateTime>
#include <QJsonArray>

namespace pp::analytics {

namespace {

QString time(std::uint64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC).toString(Qt::ISODate);
}

QJsonObject quantity(double value, const char* unit)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("unit"), QLatin1String(unit)}};
}

// The SoH the passport states: the estimate from the battery's own currents where there
// is one (it is what the chain proves), else the BMS's report.
std::optional<std::pair<double, QString>> stateOfHealth(const SohFigures& s)
{
    if (s.estimatedLatest)
        return std::pair(*s.estimatedLatest, QStringLiteral("coulomb counting"));
    if (s.reportedLatest)
        return std::pair(*s.reportedLatest, QStringLiteral("reported by the BMS"));
    return std::nullopt;
}

}  // namespace

QJsonObject batteryPassport(const BatteryHistory& h)
{
    const AssetInfo& a = h.info;
    QJsonObject identity{{QStringLiteral("deviceId"), toHex(a.deviceId)},
                         {QStringLiteral("name"), a.name},
                         {QStringLiteral("manufacturer"), a.manufacturer},
                         {QStringLiteral("model"), a.model},
                         {QStringLiteral("batteryChemistry"), a.chemistry}};
    if (!a.vin.isEmpty())
        identity.insert(QStringLiteral("vin"), a.vin);
    if (h.nominalAh)
        identity.insert(QStringLiteral("ratedCapacity"), quantity(*h.nominalAh, "Ah"));
    QJsonObject evidence{
        {QStringLiteral("chainId"), toHex(h.chainId)},
        {QStringLiteral("from"), time(h.coverage.fromMs)},
        {QStringLiteral("to"), time(h.coverage.toMs)},
        {QStringLiteral("verifiedSamples"), static_cast<double>(h.samples)},
        {QStringLiteral("coverage"), h.coverage.share},
        {QStringLiteral("definitions"), QStringLiteral("docs/battery-history.md")}};
    if (h.anchor) {
        evidence.insert(QStringLiteral("anchorHeight"),
                        static_cast<double>(h.anchor->header.height));
        evidence.insert(QStringLiteral("anchorHeaderHash"), toHex(h.anchor->hash));
    }
    QJsonObject condition;
    if (!h.empty()) {
        condition.insert(QStringLiteral("capacityThroughput"), quantity(h.throughputAh, "Ah"));
        condition.insert(QStringLiteral("energyThroughput"), quantity(h.throughputKwh, "kWh"));
        if (h.efc)
            condition.insert(QStringLiteral("numberOfFullCycles"), *h.efc);
        if (const auto soh = stateOfHealth(h.soh)) {
            QJsonObject fade = quantity(100 - soh->first, "%");
            fade.insert(QStringLiteral("basis"), soh->second);
            condition.insert(QStringLiteral("capacityFade"), fade);
            if (h.nominalAh) {
                QJsonObject remaining = quantity(*h.nominalAh * soh->first / 100, "Ah");
                remaining.insert(QStringLiteral("basis"), soh->second);
                condition.insert(QStringLiteral("remainingCapacity"), remaining);
            }
            // The passport's state of certified energy belongs to vehicle batteries.
            if (a.assetClass == records::AssetClass::Vehicle)
                condition.insert(QStringLiteral("stateOfCertifiedEnergy"),
                                 quantity(soh->first, "%"));
        }
        if (h.soh.reportedLatest)
            condition.insert(QStringLiteral("reportedStateOfHealth"),
                             quantity(*h.soh.reportedLatest, "%"));
        condition.insert(QStringLiteral("stateOfHealthOverReported"), h.soh.overReported);
        QJsonArray bins;
        for (const TemperatureBin& b : h.temperature.histogram)
            bins.append(QJsonObject{{QStringLiteral("fromC"), b.fromC},
                                    {QStringLiteral("toC"), b.toC},
                                    {QStringLiteral("minutes"), b.minutes}});
        condition.insert(
            QStringLiteral("temperatureInformation"),
            QJsonObject{
                {QStringLiteral("minutesAbove45C"), h.temperature.minutesAbove45C},
                {QStringLiteral("minutesBelow0C"), h.temperature.minutesBelow0C},
                {QStringLiteral("minutesChargingBelow0C"), h.temperature.minutesChargingBelow0C},
                {QStringLiteral("timeAtTemperature"), bins}});
        QJsonArray events;
        for (const NegativeEvent& e : h.negativeEvents)
            events.append(
                QJsonObject{{QStringLiteral("type"), QLatin1String(NegativeEvent::key(e.kind))},
                            {QStringLiteral("from"), time(e.startMs)},
                            {QStringLiteral("to"), time(e.endMs)},
                            {QStringLiteral("description"), e.describe().english()},
                            {QStringLiteral("blockHeight"), static_cast<double>(e.record.height)},
                            {QStringLiteral("recordIndex"), static_cast<double>(e.record.index)}});
        condition.insert(QStringLiteral("negativeEvents"), events);
        QJsonArray dod;
        for (const DodBin& b : h.dodHistogram)
            dod.append(QJsonObject{{QStringLiteral("fromPct"), b.fromPct},
                                   {QStringLiteral("toPct"), b.toPct},
                                   {QStringLiteral("cycles"), b.cycles}});
        condition.insert(QStringLiteral("depthOfDischargeCycles"), dod);
        if (h.cRate.maxCharge) {
            condition.insert(QStringLiteral("maximumChargeCRate"), *h.cRate.maxCharge);
            condition.insert(QStringLiteral("maximumDischargeCRate"), *h.cRate.maxDischarge);
        }
        const DegradationProjection& p = h.projection;
        QJsonObject life{{QStringLiteral("supported"), p.supported}};
        if (!p.supported)
            life.insert(QStringLiteral("reason"), p.reason.english());
        for (const auto& [key, rul] :
             {std::pair{"to80PctDays", p.to80}, std::pair{"to70PctDays", p.to70}}) {
            if (p.supported && rul)
                life.insert(QLatin1String(key),
                            QJsonObject{{QStringLiteral("days"), rul->days},
                                        {QStringLiteral("earliest"), rul->earliestDays},
                                        {QStringLiteral("latest"), rul->latestDays}});
        }
        condition.insert(QStringLiteral("remainingUsefulLife"), life);
    }
    return {{QStringLiteral("battery"), identity},
            {QStringLiteral("productCondition"), condition},
            {QStringLiteral("evidence"), evidence}};
}

}  // namespace pp::analytics
