#include "analytics/plausibility.h"

#include "analytics/sun_position.h"
#include "records/gbt32960.h"
#include "records/sunspec.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <map>
#include <numbers>

namespace pp::analytics {

namespace {

// Tolerances: what honest devices do that looks like a lie at first sight.
constexpr double kAcOverload = 1.05;       // inverters briefly exceed their rating a little
constexpr double kNightZenith = 91.0;      // refraction and dusk: the sun just below is light
constexpr double kNightPowerShare = 0.01;  // standby noise, as a share of the AC rating
constexpr double kNightPowerFloorW = 20;
constexpr std::int64_t kSohRiseTolerance = 10;  // permille: a BMS re-estimate moves by ~1
constexpr double kOdometerToleranceKm = 0.1;    // one register step
constexpr double kMaxVanSpeedKmh = 130;
constexpr double kGpsSlackKm = 1.0;
constexpr double kMinTempC = -40, kMaxTempC = 100;

double hoursOf(std::uint64_t ms)
{
    return static_cast<double>(ms) / 3.6e6;
}

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kEarthKm = 6371.0, kDeg = std::numbers::pi / 180;
    const double dLat = (lat2 - lat1) * kDeg, dLon = (lon2 - lon1) * kDeg;
    const double a = std::pow(std::sin(dLat / 2), 2) + std::cos(lat1 * kDeg) *
                                                           std::cos(lat2 * kDeg) *
                                                           std::pow(std::sin(dLon / 2), 2);
    return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

std::optional<double> metaNumber(const cbor::Value& meta, const char16_t* key, double scale = 1)
{
    const cbor::Value* v = meta.isMap() ? meta.find(QStringView(key)) : nullptr;
    if (!v || !v->isInteger())
        return std::nullopt;
    return static_cast<double>(*v->toInt64()) * scale;
}

// "Finding" context: what the Findings view and --json say about a record.
Text finding(const char* source, QStringList args)
{
    return Text("Finding", source, std::move(args));
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

}  // namespace

// The first sample at fault per kind of finding, and how many samples share it.
struct PlausibilityCheck::Findings
{
    struct First
    {
        std::size_t sample;
        Text message;
        int count = 0;
    };
    std::map<int, First> byKind;
    void add(int kind, std::size_t sample, Text message)
    {
        auto [it, fresh] = byKind.try_emplace(kind, First{sample, std::move(message)});
        ++it->second.count;
    }
};

DeviceProfile DeviceProfile::fromRegistration(int assetClass, const cbor::Value& meta)
{
    DeviceProfile p;
    p.assetClass = static_cast<records::AssetClass>(assetClass);
    p.capacityAcW = metaNumber(meta, u"capacity_ac_w");
    p.latitude = metaNumber(meta, u"lat_e6", 1e-6);
    p.longitude = metaNumber(meta, u"lon_e6", 1e-6);
    return p;
}

PlausibilityCheck::PlausibilityCheck(DeviceProfile profile, const QByteArray& state)
    : profile_(profile)
{
    const QJsonObject o = QJsonDocument::fromJson(state).object();
    auto number = [&](const char* key) -> std::optional<double> {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isDouble() ? std::optional(v.toDouble()) : std::nullopt;
    };
    auto integer = [&](const char* key) -> std::optional<std::int64_t> {
        const auto v = number(key);
        return v ? std::optional(static_cast<std::int64_t>(*v)) : std::nullopt;
    };
    lastWh_ = number("wh");
    lastWhTimeMs_ = static_cast<std::uint64_t>(number("wh_ms").value_or(0));
    lastCycles_ = integer("cycles");
    minSoh_ = integer("min_soh");
    lastOdometerKm_ = number("odometer_km");
    lastLat_ = number("lat");
    lastLon_ = number("lon");
    lastFixMs_ = static_cast<std::uint64_t>(number("fix_ms").value_or(0));
    lastSpeedKmh_ = number("speed_kmh").value_or(0);
}

QByteArray PlausibilityCheck::state() const
{
    QJsonObject o;
    auto put = [&](const char* key, auto value) {
        if (value)
            o.insert(QLatin1String(key), static_cast<double>(*value));
    };
    put("wh", lastWh_);
    put("wh_ms", std::optional<double>(static_cast<double>(lastWhTimeMs_)));
    put("cycles", lastCycles_);
    put("min_soh", minSoh_);
    put("odometer_km", lastOdometerKm_);
    put("lat", lastLat_);
    put("lon", lastLon_);
    put("fix_ms", std::optional<double>(static_cast<double>(lastFixMs_)));
    put("speed_kmh", std::optional<double>(lastSpeedKmh_));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::vector<Text> PlausibilityCheck::check(const records::RecordBody& body,
                                           const records::Payload& payload)
{
    Findings found;
    switch (body.type) {
        case records::RecordType::PvBatch:
            checkPv(body, payload, found);
            break;
        case records::RecordType::BatteryBatch:
            checkBattery(body, found);
            break;
        case records::RecordType::VehicleBatch:
            checkVehicle(payload, found);
            break;
        default:
            break;
    }
    const bool packets = body.type == records::RecordType::VehicleBatch;
    std::vector<Text> messages;
    for (auto& [kind, first] : found.byKind) {
        const QString index = QString::number(first.sample);
        if (first.count == 1) {
            first.message.within("Finding",
                                 packets ? QT_TRANSLATE_NOOP("Finding", "packet %1")
                                         : QT_TRANSLATE_NOOP("Finding", "sample %1"),
                                 {index});
        } else {
            first.message.within(
                "Finding",
                packets ? QT_TRANSLATE_NOOP("Finding", "packet %1 (and %2 more in this record)")
                        : QT_TRANSLATE_NOOP("Finding", "sample %1 (and %2 more in this record)"),
                {index, QString::number(first.count - 1)});
        }
        messages.push_back(std::move(first.message));
    }
    return messages;
}

void PlausibilityCheck::checkPv(const records::RecordBody& body, const records::Payload& payload,
                                Findings& out)
{
    enum { AboveRating, EnergyAboveRating, Night, WhBackwards };
    const std::uint64_t intervalMs = body.intervalS.value_or(0) * 1000;
    for (std::size_t i = 0; i < payload.blocks.size(); ++i) {
        if (!payload.decoded(i))
            continue;
        const records::sunspec::InverterBlock& block = payload.blocks[i];
        const std::uint64_t t = body.timeMs + i * intervalMs;
        const std::optional<double> w = block.value(u"W");
        const std::optional<double> wh = block.value(u"WH");
        if (profile_.capacityAcW && w && *w > *profile_.capacityAcW * kAcOverload + 100) {
            out.add(
                AboveRating, i,
                finding(QT_TRANSLATE_NOOP("Finding", "AC power %1 kW exceeds the %2 kW AC rating"),
                        {fixed(*w / 1000, 1), fixed(*profile_.capacityAcW / 1000, 1)}));
        }
        if (wh && lastWh_) {
            if (*wh < *lastWh_ - 0.5) {
                out.add(WhBackwards, i,
                        finding(QT_TRANSLATE_NOOP("Finding",
                                                  "the lifetime energy register went "
                                                  "back from %1 to %2 kWh"),
                                {fixed(*lastWh_ / 1000, 1), fixed(*wh / 1000, 1)}));
            } else if (profile_.capacityAcW && t > lastWhTimeMs_) {
                const double allowed =
                    *profile_.capacityAcW * kAcOverload * hoursOf(t - lastWhTimeMs_) + 10;
                if (*wh - *lastWh_ > allowed) {
                    out.add(EnergyAboveRating, i,
                            finding(QT_TRANSLATE_NOOP("Finding",
                                                      "%1 kWh in %2 min, more than the %3 kW AC "
                                                      "rating allows (%4 kWh)"),
                                    {fixed((*wh - *lastWh_) / 1000, 2),
                                     QString::number((t - lastWhTimeMs_) / 60000),
                                     fixed(*profile_.capacityAcW / 1000, 1),
                                     fixed(allowed / 1000, 2)}));
                }
            }
        }
        // Only output above standby noise needs the sun: most samples skip the trigonometry.
        const bool generating =
            w && profile_.capacityAcW &&
            *w > std::max(kNightPowerFloorW, *profile_.capacityAcW * kNightPowerShare);
        if (generating && profile_.latitude && profile_.longitude) {
            const auto s = static_cast<std::int64_t>(t);
            const auto e = static_cast<std::int64_t>(t + intervalMs);
            const SunPosition start = sunPosition(s, *profile_.latitude, *profile_.longitude);
            const SunPosition end = sunPosition(e, *profile_.latitude, *profile_.longitude);
            if (start.zenith > kNightZenith && end.zenith > kNightZenith) {
                out.add(Night, i,
                        finding(QT_TRANSLATE_NOOP("Finding",
                                                  "%1 kW generated with the sun %2° "
                                                  "below the horizon at the site"),
                                {fixed(*w / 1000, 2),
                                 fixed(std::min(start.zenith, end.zenith) - 90, 0)}));
            }
        }
        if (wh) {
            lastWh_ = *wh;
            lastWhTimeMs_ = t + intervalMs;
        }
    }
}

void PlausibilityCheck::checkBattery(const records::RecordBody& body, Findings& out)
{
    enum { CyclesBackwards, SohRises, Temperature };
    for (std::size_t i = 0; i < body.batterySamples.size(); ++i) {
        const records::BatterySample& s = body.batterySamples[i];
        const std::int64_t soh = s[3];
        const std::int64_t tMax = s[4];
        const std::int64_t tMin = s[5];
        const std::int64_t cycles = s[8];
        if (lastCycles_ && cycles < *lastCycles_) {
            out.add(
                CyclesBackwards, i,
                finding(QT_TRANSLATE_NOOP("Finding", "the cycle counter went back from %1 to %2"),
                        {QString::number(*lastCycles_), QString::number(cycles)}));
        }
        if (minSoh_ && soh > *minSoh_ + kSohRiseTolerance) {
            out.add(SohRises, i,
                    finding(QT_TRANSLATE_NOOP("Finding",
                                              "state of health rose from %1 % to %2 %, "
                                              "more than a BMS re-estimate moves it"),
                            {fixed(*minSoh_ / 10.0, 1), fixed(soh / 10.0, 1)}));
        }
        if (tMax > kMaxTempC * 10 || tMin < kMinTempC * 10 || tMin > tMax) {
            out.add(Temperature, i,
                    finding(QT_TRANSLATE_NOOP("Finding",
                                              "cell temperatures %1 to %2 °C are "
                                              "outside the physical range"),
                            {QString::number(tMin / 10.0), QString::number(tMax / 10.0)}));
        }
        lastCycles_ = cycles;
        // After a jump is reported, the new level is the baseline: one finding a jump, not
        // one for every sample that follows it.
        const bool jumped = minSoh_ && soh > *minSoh_ + kSohRiseTolerance;
        minSoh_ = !minSoh_ || jumped ? soh : std::min(*minSoh_, soh);
    }
}

void PlausibilityCheck::checkVehicle(const records::Payload& payload, Findings& out)
{
    enum { OdometerBackwards, PositionJump, Temperature };
    using records::gbt32960::Quantity;
    for (std::size_t i = 0; i < payload.packets.size(); ++i) {
        if (!payload.decoded(i))
            continue;
        const records::gbt32960::Packet& packet = payload.packets[i];
        // The few quantities these checks read, picked out in one pass: this runs for
        // every packet of every van, so no map and no name copies.
        std::optional<double> odometer, speed, latitude, longitude, maxTemp, minTemp;
        const std::pair<std::string_view, std::optional<double>*> wanted[] = {
            {"vehicle.odometer", &odometer},        {"vehicle.speed", &speed},
            {"position.latitude", &latitude},       {"position.longitude", &longitude},
            {"extremes.max_temperature", &maxTemp}, {"extremes.min_temperature", &minTemp}};
        for (const Quantity& v : records::gbt32960::quantities(packet)) {
            if (v.status != Quantity::Status::Valid)
                continue;
            for (const auto& [name, slot] : wanted) {
                if (name == v.name)
                    *slot = v.value;
            }
        }
        const std::uint64_t t = records::gbt32960::utcMs(packet.time);
        if (odometer) {
            if (lastOdometerKm_ && *odometer < *lastOdometerKm_ - kOdometerToleranceKm) {
                out.add(OdometerBackwards, i,
                        finding(QT_TRANSLATE_NOOP("Finding",
                                                  "the odometer went back from %1 km to %2 km"),
                                {fixed(*lastOdometerKm_, 1), fixed(*odometer, 1)}));
            }
            lastOdometerKm_ = odometer;
        }
        if (latitude && longitude) {
            if (lastLat_ && t > lastFixMs_) {
                const double km = distanceKm(*lastLat_, *lastLon_, *latitude, *longitude);
                const double h = hoursOf(t - lastFixMs_);
                const double fastest =
                    std::max({speed.value_or(0), lastSpeedKmh_, kMaxVanSpeedKmh});
                if (km > fastest * h * 1.5 + kGpsSlackKm) {
                    out.add(PositionJump, i,
                            finding(QT_TRANSLATE_NOOP("Finding",
                                                      "moved %1 km in %2 s (%3 km/h), "
                                                      "faster than a van can drive"),
                                    {fixed(km, 1), QString::number((t - lastFixMs_) / 1000),
                                     fixed(km / h, 0)}));
                }
            }
            lastLat_ = latitude;
            lastLon_ = longitude;
            lastFixMs_ = t;
        }
        lastSpeedKmh_ = speed.value_or(0);
        for (const std::optional<double>& temp : {maxTemp, minTemp}) {
            if (temp && (*temp > kMaxTempC || *temp < kMinTempC)) {
                out.add(Temperature, i,
                        finding(QT_TRANSLATE_NOOP("Finding",
                                                  "battery temperature %1 °C is "
                                                  "outside the physical range"),
                                {QString::number(*temp)}));
            }
        }
    }
}

}  // namespace pp::analytics
