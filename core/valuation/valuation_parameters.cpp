#include "valuation/valuation_parameters.h"

#include "common/bytes.h"
#include "valuation/reference_data.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <functional>
#include <type_traits>
#include <vector>

namespace pp::valuation {

namespace {

Error badValue(const QString& key, const char* why)
{
    return Error(ErrorKind::Invalid, "valuation.parameter",
                 QT_TRANSLATE_NOOP("Error", "parameter %1: %2"), {key, QString::fromUtf8(why)});
}

// A number in [low, high], or an error naming the key and the range.
Result<double> number(const QString& key, const QJsonValue& v, double low, double high)
{
    if (!v.isDouble())
        return badValue(key, "not a number");
    const double x = v.toDouble();
    if (!std::isfinite(x) || x < low || x > high)
        return Error(ErrorKind::Invalid, "valuation.parameter",
                     QT_TRANSLATE_NOOP("Error", "parameter %1: %2 is outside %3 … %4"),
                     {key, QString::number(x), QString::number(low), QString::number(high)});
    return x;
}

Result<DebtTerms> debtTerms(const QJsonValue& v)
{
    if (!v.isObject())
        return badValue(QStringLiteral("debt"), "not an object");
    DebtTerms d;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = QStringLiteral("debt.") + it.key();
        Result<double> x = [&]() -> Result<double> {
            if (it.key() == u"principal_cny")
                return number(key, *it, 0, 1e13);
            if (it.key() == u"rate")
                return number(key, *it, -0.99, 1);
            if (it.key() == u"years")
                return number(key, *it, 1, 50);
            return badValue(key, "unknown parameter");
        }();
        if (!x)
            return std::move(x).error();
        if (it.key() == u"principal_cny")
            d.principalCny = *x;
        else if (it.key() == u"rate")
            d.rate = *x;
        else if (std::floor(*x) != *x)
            return badValue(key, "not a whole number of years");
        else
            d.years = static_cast<int>(*x);
    }
    if (d.years == 0 || d.principalCny <= 0)
        return badValue(QStringLiteral("debt"), "needs principal_cny and years");
    return d;
}

// Each key: how it is read into the parameters, and how it is written back.
struct Key
{
    const char* name;
    std::function<Status(ValuationParameters&, const QJsonValue&)> read;
    std::function<QJsonValue(const ValuationParameters&)> write;
};

template <typename Field>
Key numberKey(const char* name, Field field, double low, double high)
{
    return {name,
            [=](ValuationParameters& p, const QJsonValue& v) -> Status {
                if constexpr (!std::is_same_v<std::decay_t<decltype(p.*field)>, double>) {
                    if (v.isNull()) {  // null clears an optional parameter
                        (p.*field).reset();
                        return {};
                    }
                }
                auto x = number(QString::fromLatin1(name), v, low, high);
                if (!x)
                    return std::move(x).error();
                p.*field = *x;
                return {};
            },
            [=](const ValuationParameters& p) -> QJsonValue {
                if constexpr (std::is_same_v<std::decay_t<decltype(p.*field)>, double>)
                    return p.*field;
                else
                    return p.*field ? QJsonValue(*(p.*field)) : QJsonValue();
            }};
}

const std::vector<Key>& keys()
{
    using P = ValuationParameters;
    // Ranges: a rate at or below −100 % has no meaning; beyond them a figure is a typo.
    static const std::vector<Key> k = {
        numberKey("discount_rate", &P::discountRate, -0.99, 1),
        numberKey("degradation_per_year", &P::degradationPerYear, 0, 0.2),
        numberKey("opex_cny_per_kw_year", &P::opexCnyPerKwYear, 0, 10'000),
        numberKey("life_years", &P::lifeYears, 1, 60),
        numberKey("tariff_cny_per_kwh", &P::tariffCnyPerKwh, 0, 10),
        numberKey("price_cny", &P::priceCny, 0, 1e13),
        numberKey("sigma_resource", &P::sigmaResource, 0, 1),
        numberKey("sigma_meter", &P::sigmaMeter, 0, 1),
        numberKey("second_life_cny_per_kwh", &P::secondLifeCnyPerKwh, 0, 10'000),
        numberKey("refurbishment_cny_per_kwh", &P::refurbishmentCnyPerKwh, 0, 10'000),
        numberKey("revenue_cny_per_km", &P::revenueCnyPerKm, 0, 1'000),
        numberKey("lease_cny_per_month", &P::leaseCnyPerMonth, 0, 1e9),
        {"province",
         [](P& p, const QJsonValue& v) -> Status {
             if (v.isNull()) {
                 p.province.clear();
                 return {};
             }
             if (!v.isString() || referenceData().province(v.toString()) == nullptr)
                 return badValue(QStringLiteral("province"), "not a province of the tariff table");
             p.province = v.toString();
             return {};
         },
         [](const P& p) -> QJsonValue {
             return p.province.isEmpty() ? QJsonValue() : QJsonValue(p.province);
         }},
        {"emission_factor",
         [](P& p, const QJsonValue& v) -> Status {
             if (!v.isString() || referenceData().emissionFactor(v.toString()) == nullptr)
                 return badValue(QStringLiteral("emission_factor"),
                                 "not a factor of the emission factor table");
             p.emissionFactor = v.toString();
             return {};
         },
         [](const P& p) -> QJsonValue { return p.emissionFactor; }},
        {"debt",
         [](P& p, const QJsonValue& v) -> Status {
             if (v.isNull()) {
                 p.debt.reset();
                 return {};
             }
             auto d = debtTerms(v);
             if (!d)
                 return std::move(d).error();
             p.debt = *d;
             return {};
         },
         [](const P& p) -> QJsonValue {
             if (!p.debt)
                 return {};
             return QJsonObject{{QStringLiteral("principal_cny"), p.debt->principalCny},
                                {QStringLiteral("rate"), p.debt->rate},
                                {QStringLiteral("years"), p.debt->years}};
         }},
    };
    return k;
}

}  // namespace

ValuationParameters ValuationParameters::defaults()
{
    const ReferenceData& r = referenceData();
    ValuationParameters p;
    p.discountRate = r.parameter(QStringLiteral("discount_rate"));
    p.degradationPerYear = r.parameter(QStringLiteral("degradation_per_year"));
    p.opexCnyPerKwYear = r.parameter(QStringLiteral("opex_cny_per_kw_year"));
    p.lifeYears = r.parameter(QStringLiteral("life_years"));
    p.sigmaResource = r.parameter(QStringLiteral("sigma_resource"));
    p.sigmaMeter = r.parameter(QStringLiteral("sigma_meter"));
    p.secondLifeCnyPerKwh = r.parameter(QStringLiteral("second_life_cny_per_kwh"));
    p.refurbishmentCnyPerKwh = r.parameter(QStringLiteral("refurbishment_cny_per_kwh"));
    p.emissionFactor = r.defaultEmissionFactor;
    return p;
}

Status ValuationParameters::apply(const QJsonObject& json)
{
    ValuationParameters next = *this;
    for (auto it = json.begin(); it != json.end(); ++it) {
        auto key = std::find_if(keys().begin(), keys().end(),
                                [&](const Key& k) { return it.key() == QLatin1String(k.name); });
        if (key == keys().end())
            return badValue(it.key(), "unknown parameter");
        if (Status s = key->read(next, *it); !s)
            return s;
    }
    *this = std::move(next);
    return {};
}

QJsonObject ValuationParameters::toJson() const
{
    QJsonObject o;
    for (const Key& k : keys())
        if (QJsonValue v = k.write(*this); !v.isNull() && !v.isUndefined())
            o.insert(QLatin1String(k.name), v);
    return o;
}

QJsonObject ValuationParameters::difference(const ValuationParameters& base) const
{
    QJsonObject o;
    for (const Key& k : keys()) {
        const QJsonValue mine = k.write(*this), theirs = k.write(base);
        if (mine != theirs)
            o.insert(QLatin1String(k.name), mine.isUndefined() ? QJsonValue() : mine);
    }
    return o;
}

Result<ValuationSettings> ValuationSettings::fromJson(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorKind::Malformed, "valuation.json",
                     QT_TRANSLATE_NOOP("Error", "valuation parameters: not a JSON object (%1)"),
                     {parseError.errorString()});
    ValuationSettings s;
    s.portfolio = doc.object();
    const QJsonValue assets = s.portfolio.take(QStringLiteral("assets"));
    ValuationParameters check = ValuationParameters::defaults();
    if (Status st = check.apply(s.portfolio); !st)
        return std::move(st).error();
    if (!assets.isUndefined() && !assets.isObject())
        return badValue(QStringLiteral("assets"), "not an object of devices");
    const QJsonObject byDevice = assets.toObject();
    for (auto it = byDevice.begin(); it != byDevice.end(); ++it) {
        const std::optional<QByteArray> id = fromHex(it.key());
        if (!id || id->size() != 16)
            return badValue(QStringLiteral("assets.") + it.key(),
                            "not a device id (32 hex digits)");
        ValuationParameters asset = check;
        Status st = it->isObject() ? asset.apply(it->toObject())
                                   : Status(badValue(it.key(), "not an object"));
        if (!st)
            return std::move(st).error().within(QT_TRANSLATE_NOOP("Error", "asset %1"), {it.key()});
        s.assets[*id] = it->toObject();
    }
    return s;
}

QByteArray ValuationSettings::toJson() const
{
    QJsonObject o = portfolio;
    QJsonObject byDevice;
    for (const auto& [id, overrides] : assets)
        if (!overrides.isEmpty())
            byDevice.insert(toHex(id), overrides);
    if (!byDevice.isEmpty())
        o.insert(QStringLiteral("assets"), byDevice);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void ValuationSettings::overlay(const ValuationSettings& other)
{
    for (auto it = other.portfolio.begin(); it != other.portfolio.end(); ++it)
        portfolio.insert(it.key(), *it);
    for (const auto& [id, overrides] : other.assets) {
        QJsonObject& mine = assets[id];
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            mine.insert(it.key(), *it);
    }
}

ValuationParameters ValuationSettings::forAsset(const QByteArray& deviceId) const
{
    ValuationParameters p = ValuationParameters::defaults();
    // Both were checked when they were set: fromJson() and the console's editor.
    (void)p.apply(portfolio);
    if (auto it = assets.find(deviceId); it != assets.end())
        (void)p.apply(it->second);
    return p;
}

}  // namespace pp::valuation
