#include "valuation/reference_data.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace pp::valuation {

namespace {

SourcedValue sourced(const QJsonObject& o)
{
    return {o.value(u"value").toDouble(), o.value(u"source").toString(), o.value(u"year").toInt()};
}

ReferenceData load()
{
    QFile file(QStringLiteral(":/valuation/reference_data.json"));
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "referenceData", "the valuation defaults resource is missing");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    ReferenceData data;
    const QJsonObject parameters = root.value(u"parameters").toObject();
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        data.parameters[it.key()] = sourced(it.value().toObject());
    data.tariffSource = sourced(root.value(u"tariff_source").toObject());
    for (const auto& v : root.value(u"provinces").toArray()) {
        const QJsonObject o = v.toObject();
        Province p{o.value(u"key").toString(),     o.value(u"name").toString(),
                   o.value(u"name_zh").toString(), o.value(u"tariff").toDouble(),
                   o.value(u"grid").toString(),    {}};
        for (const auto& c : o.value(u"cities").toArray())
            p.cities.emplace_back(c.toArray().at(0).toDouble(), c.toArray().at(1).toDouble());
        data.provinces.push_back(std::move(p));
    }
    for (const auto& v : root.value(u"emission_factors").toArray()) {
        const QJsonObject o = v.toObject();
        data.emissionFactors.push_back({o.value(u"key").toString(), o.value(u"name").toString(),
                                        o.value(u"name_zh").toString(), o.value(u"grid").toString(),
                                        o.value(u"t_per_mwh").toDouble(), o.value(u"year").toInt(),
                                        o.value(u"source").toString()});
    }
    data.defaultEmissionFactor = root.value(u"default_emission_factor").toString();
    Q_ASSERT(!data.provinces.empty() && data.emissionFactor(data.defaultEmissionFactor));
    return data;
}

}  // namespace

const Province* ReferenceData::province(const QString& key) const
{
    for (const Province& p : provinces)
        if (p.key == key)
            return &p;
    return nullptr;
}

const Province& ReferenceData::nearestProvince(double latitude, double longitude) const
{
    // Equirectangular distance: fine for "which reference city is nearest".
    const double cosLat = std::cos(latitude * M_PI / 180);
    const Province* best = &provinces.front();
    double bestD = std::numeric_limits<double>::infinity();
    for (const Province& p : provinces) {
        for (const auto& [lat, lon] : p.cities) {
            const double dy = lat - latitude, dx = (lon - longitude) * cosLat;
            if (const double d = dx * dx + dy * dy; d < bestD) {
                bestD = d;
                best = &p;
            }
        }
    }
    return *best;
}

const EmissionFactor* ReferenceData::emissionFactor(const QString& key) const
{
    for (const EmissionFactor& f : emissionFactors)
        if (f.key == key)
            return &f;
    return nullptr;
}

double ReferenceData::parameter(const QString& key) const
{
    auto it = parameters.find(key);
    Q_ASSERT_X(it != parameters.end(), "ReferenceData::parameter", qPrintable(key));
    return it == parameters.end() ? 0.0 : it->second.value;
}

const ReferenceData& referenceData()
{
    static const ReferenceData data = load();
    return data;
}

}  // namespace pp::valuation
