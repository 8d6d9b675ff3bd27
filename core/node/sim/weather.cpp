#include "node/sim/weather.h"

#include <QByteArray>

#include <algorithm>
#include <cmath>

namespace pp::node::sim {

namespace {

constexpr double kCloudPersistence = 0.65;        // day-to-day correlation of cloudiness
constexpr double kCloudSpread = 0.24;             // spread of the daily index around its mean
constexpr double kTemperaturePersistence = 0.75;  // warm and cold spells last days
constexpr double kTemperatureSpread = 2.8;        // °C
constexpr double kPassingCloudPersistence = 0.7;  // quarter hour to quarter hour

}  // namespace

SiteWeather::SiteWeather(const Site& site, QByteArrayView seed)
    : site_(site), random_(seed, QByteArray("weather/").append(site.key))
{
    cloudState_ = random_.normal();
    temperatureAnomaly_ = random_.normal(0, kTemperatureSpread);
}

void SiteWeather::beginDay(int dayOfYear, int month)
{
    dayOfYear_ = dayOfYear;
    const double innovation = std::sqrt(1 - kCloudPersistence * kCloudPersistence);
    cloudState_ = kCloudPersistence * cloudState_ + innovation * random_.normal();
    const double tInnovation = std::sqrt(1 - kTemperaturePersistence * kTemperaturePersistence);
    temperatureAnomaly_ = kTemperaturePersistence * temperatureAnomaly_ +
                          tInnovation * random_.normal(0, kTemperatureSpread);
    const double mean = site_.clearSkyIndex[static_cast<std::size_t>(month - 1)];
    dailyIndex_ = std::clamp(mean + kCloudSpread * cloudState_, 0.08, 1.0);

    // Clouds come and go fastest on half-cloudy days; clear and overcast skies are steady.
    const double variability = 1.6 * dailyIndex_ * (1.0 - dailyIndex_);
    double passing = random_.normal();
    const double step = std::sqrt(1 - kPassingCloudPersistence * kPassingCloudPersistence);
    for (double& q : quarterHours_) {
        passing = kPassingCloudPersistence * passing + step * random_.normal();
        // Cloud edges briefly focus sunlight: a little above clear sky now and then.
        q = std::clamp(dailyIndex_ + variability * passing, 0.04, 1.08);
    }
}

double SiteWeather::clearSkyIndex(double localHour) const
{
    const auto q = static_cast<std::size_t>(std::clamp(localHour * 4.0, 0.0, 95.0));
    return quarterHours_[q];
}

double SiteWeather::temperature(double localHour) const
{
    // Overcast days are cooler by day and milder by night.
    const double rangeScale = 0.45 + 0.55 * dailyIndex_;
    const double base = climateTemperature(site_, dayOfYear_, 9.0);  // the daily mean
    const double swing = climateTemperature(site_, dayOfYear_, localHour) - base;
    return base + temperatureAnomaly_ + rangeScale * swing;
}

}  // namespace pp::node::sim
