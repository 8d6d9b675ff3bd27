#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>

namespace pp::valuation {

struct DebtTerms
{
    double principalCny = 0;
    double rate = 0;  // a year
    int years = 0;
};

// What a valuation assumes beyond what the chain proves (docs/valuation.md). Defaults come
// from the reference data; a portfolio and each asset may override them.
struct ValuationParameters
{
    double discountRate = 0;
    double degradationPerYear = 0;
    double opexCnyPerKwYear = 0;
    double lifeYears = 0;
    std::optional<double> tariffCnyPerKwh;  // empty: the province's benchmark price
    QString province;                       // empty: the site's nearest (reference data)
    std::optional<double> priceCny;         // an asking price: gives an IRR
    std::optional<DebtTerms> debt;
    double sigmaResource = 0, sigmaMeter = 0;
    QString emissionFactor;  // a key of the reference data's factors
    // Batteries: what a retired pack's energy sells for, and what readying it costs.
    double secondLifeCnyPerKwh = 0, refurbishmentCnyPerKwh = 0;
    // Vans: what a km earns and what the lease costs, when the user gives them.
    std::optional<double> revenueCnyPerKm, leaseCnyPerMonth;

    static ValuationParameters defaults();
    // Sets the keys `json` holds (the names of docs/valuation.md, as the CLI's file and the
    // console's store use them); an unknown key, a wrong type or an absurd value is an
    // error naming the key, and leaves this unchanged.
    Status apply(const QJsonObject& json);
    // The keys that differ from `base`, for storing overrides.
    QJsonObject difference(const ValuationParameters& base) const;
    QJsonObject toJson() const;
};

// A portfolio's parameters and each asset's overrides of them:
// {"discount_rate": 0.07, ..., "assets": {"<device hex>": {"tariff_cny_per_kwh": 0.4}}}.
struct ValuationSettings
{
    QJsonObject portfolio;                     // overrides of the defaults
    std::map<QByteArray, QJsonObject> assets;  // by device id

    // Checks every key of every object, naming the asset of a bad one.
    static Result<ValuationSettings> fromJson(const QByteArray& json);
    QByteArray toJson() const;
    // `other`'s keys on top of these (a CLI file over the workspace's stored parameters).
    void overlay(const ValuationSettings& other);
    // The defaults, the portfolio's overrides, then the asset's.
    ValuationParameters forAsset(const QByteArray& deviceId) const;
    // The defaults and the portfolio's overrides: what an asset has without its own.
    ValuationParameters forPortfolio() const { return forAsset({}); }
};

}  // namespace pp::valuation
