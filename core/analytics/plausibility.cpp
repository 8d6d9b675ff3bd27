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

}  // namespace

// The first sample at fault per kind of finding, and how many samples share it.
struct PlausibilityCheck::Findings
{
    std::map<int, std::pair<QString, int>> byKind;
    void add(int kind, const QString& message)
    {
        auto [it, fresh] = byKind.try_emplace(kind, message, 0);
        ++it->second.second;
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
    : profile_(std::move(profile))
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

std::vector<QString> PlausibilityCheck::check(const records::RecordBody& body)
{
    Findings found;
    switch (body.type) {
        case records::RecordType::PvBatch:
            checkPv(body, found);
            break;
        case records::RecordType::BatteryBatch:
            checkBattery(body, found);
            break;
        case records::RecordType::VehicleBatch:
            checkVehicle(body, found);
            break;
        default:
            break;
    }
    std::vector<QString> messages;
    for (const auto& [kind, first] : found.byKind) {
        messages.push_back(first.second == 1
                               ? first.first
                               : QStringLiteral("%1 (and %2 more samples in this record)")
                                     .arg(first.first)
                                     .arg(first.second - 1));
    }
    return messages;
}

void PlausibilityCheck::checkPv(const records::RecordBody& body, Findings& out)
{
    enum { AboveRating, EnergyAboveRating, Night, WhBackwards };
    const std::uint64_t intervalMs = body.intervalS.value_or(0) * 1000;
    for (std::size_t i = 0; i < body.binarySamples.size(); ++i) {
        auto block = records::sunspec::InverterBlock::decode(body.binarySamples[i]);
        if (!block)
            continue;  // the payload check refused such records already
        const std::uint64_t t = body.timeMs + i * intervalMs;
        // Named only when a finding needs it: most samples raise none.
        const auto at = [i] { return QStringLiteral("sample %1").arg(i); };
        const std::optional<double> w = block->value(u"W");
        const std::optional<double> wh = block->value(u"WH");
        if (profile_.capacityAcW && w && *w > *profile_.capacityAcW * kAcOverload + 100) {
            out.add(AboveRating, QStringLiteral("%1: AC power %2 kW exceeds the %3 kW AC rating")
                                     .arg(at())
                                     .arg(*w / 1000, 0, 'f', 1)
                                     .arg(*profile_.capacityAcW / 1000, 0, 'f', 1));
        }
        if (wh && lastWh_) {
            if (*wh < *lastWh_ - 0.5) {
                out.add(WhBackwards,
                        QStringLiteral("%1: the lifetime energy register went back from %2 to "
                                       "%3 kWh")
                            .arg(at())
                            .arg(*lastWh_ / 1000, 0, 'f', 1)
                            .arg(*wh / 1000, 0, 'f', 1));
            } else if (profile_.capacityAcW && t > lastWhTimeMs_) {
                const double allowed =
                    *profile_.capacityAcW * kAcOverload * hoursOf(t - lastWhTimeMs_) + 10;
                if (*wh - *lastWh_ > allowed) {
                    out.add(EnergyAboveRating,
                            QStringLiteral("%1: %2 kWh in %3 min, more than the %4 kW AC rating "
                                           "allows (%5 kWh)")
                                .arg(at())
                                .arg((*wh - *lastWh_) / 1000, 0, 'f', 2)
                                .arg((t - lastWhTimeMs_) / 60000)
                                .arg(*profile_.capacityAcW / 1000, 0, 'f', 1)
                                .arg(allowed / 1000, 0, 'f', 2));
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
                out.add(Night, QStringLiteral("%1: %2 kW generated with the sun %3° below the "
                                              "horizon at the site")
                                   .arg(at())
                                   .arg(*w / 1000, 0, 'f', 2)
                                   .arg(std::min(start.zenith, end.zenith) - 90, 0, 'f', 0));
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
        // Named only when a finding needs it: most samples raise none.
        const auto at = [i] { return QStringLiteral("sample %1").arg(i); };
        const std::int64_t soh = s[3];
        const std::int64_t tMax = s[4];
        const std::int64_t tMin = s[5];
        const std::int64_t cycles = s[8];
        if (lastCycles_ && cycles < *lastCycles_) {
            out.add(CyclesBackwards, QStringLiteral("%1: the cycle counter went back from %2 to %3")
                                         .arg(at())
                                         .arg(*lastCycles_)
                                         .arg(cycles));
        }
        if (minSoh_ && soh > *minSoh_ + kSohRiseTolerance) {
            out.add(SohRises, QStringLiteral("%1: state of health rose from %2 % to %3 %, more "
                                             "than a BMS re-estimate moves it")
                                  .arg(at())
                                  .arg(*minSoh_ / 10.0, 0, 'f', 1)
                                  .arg(soh / 10.0, 0, 'f', 1));
        }
        if (tMax > kMaxTempC * 10 || tMin < kMinTempC * 10 || tMin > tMax) {
            out.add(Temperature, QStringLiteral("%1: cell temperatures %2 to %3 °C are outside "
                                                "the physical range")
                                     .arg(at())
                                     .arg(tMin / 10.0)
                                     .arg(tMax / 10.0));
        }
        lastCycles_ = cycles;
        // After a jump is reported, the new level is the baseline: one finding a jump, not
        // one for every sample that follows it.
        const bool jumped = minSoh_ && soh > *minSoh_ + kSohRiseTolerance;
        minSoh_ = !minSoh_ || jumped ? soh : std::min(*minSoh_, soh);
    }
}

void PlausibilityCheck::checkVehicle(const records::RecordBody& body, Findings& out)
{
    enum { OdometerBackwards, PositionJump, Temperature };
    using records::gbt32960::Quantity;
    for (std::size_t i = 0; i < body.binarySamples.size(); ++i) {
        auto packet = records::gbt32960::decode(body.binarySamples[i]);
        if (!packet)
            continue;
        const auto at = [i] { return QStringLiteral("packet %1").arg(i); };
        // The few quantities these checks read, picked out in one pass: this runs for
        // every packet of every van, so no map and no name copies.
        std::optional<double> odometer, speed, latitude, longitude, maxTemp, minTemp;
        const std::pair<std::string_view, std::optional<double>*> wanted[] = {
            {"vehicle.odometer", &odometer},        {"vehicle.speed", &speed},
            {"position.latitude", &latitude},       {"position.longitude", &longitude},
            {"extremes.max_temperature", &maxTemp}, {"extremes.min_temperature", &minTemp}};
        for (const Quantity& v : records::gbt32960::quantities(*packet)) {
            if (v.status != Quantity::Status::Valid)
                continue;
            for (const auto& [name, slot] : wanted) {
                if (name == v.name)
                    *slot = v.value;
            }
        }
        const std::uint64_t t = records::gbt32960::utcMs(packet->time);
        if (odometer) {
            if (lastOdometerKm_ && *odometer < *lastOdometerKm_ - kOdometerToleranceKm) {
                out.add(OdometerBackwards,
                        QStringLiteral("%1: the odometer went back from %2 km to %3 km")
                            .arg(at())
                            .arg(*lastOdometerKm_, 0, 'f', 1)
                            .arg(*odometer, 0, 'f', 1));
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
                    out.add(PositionJump,
                            QStringLiteral("%1: moved %2 km in %3 s (%4 km/h), faster than a van "
                                           "can drive")
                                .arg(at())
                                .arg(km, 0, 'f', 1)
                                .arg((t - lastFixMs_) / 1000)
                                .arg(km / h, 0, 'f', 0));
                }
            }
            lastLat_ = latitude;
            lastLon_ = longitude;
            lastFixMs_ = t;
        }
        lastSpeedKmh_ = speed.value_or(0);
        for (const std::optional<double>& temp : {maxTemp, minTemp}) {
            if (temp && (*temp > kMaxTempC || *temp < kMinTempC)) {
                out.add(Temperature,
                        QStringLiteral("%1: battery temperature %2 °C is outside the physical "
                                       "range")
                            .arg(at())
                            .arg(*temp));
            }
        }
    }
}

}  // namespace pp::analytics
