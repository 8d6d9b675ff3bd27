#pragma once

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace pp::valuation {

// A default value and where it comes from: a valuation shows both, never a bare number.
struct SourcedValue
{
    double value = 0;
    QString source;
    int year = 0;
};

struct Province
{
    QString key, name, nameZh;
    double tariffCnyPerKwh = 0;  // the coal-fired benchmark price
    QString grid;                // the regional grid it belongs to ("north", "east", ...)
    std::vector<std::pair<double, double>> cities;  // reference points (lat, lon), degrees
};

struct EmissionFactor
{
    QString key, name, nameZh, grid;  // grid: empty for a national factor
    double tPerMwh = 0;
    int year = 0;
    QString source;
};

// The valuation defaults shipped with the program (core/valuation/reference_data.json, a
// resource): parameter defaults, the provinces' benchmark tariffs and the grid emission
// factors, each with its source and year.
struct ReferenceData
{
    std::map<QString, SourcedValue> parameters;  // by JSON key ("discount_rate", ...)
    SourcedValue tariffSource;                   // value unused: the provinces hold them
    std::vector<Province> provinces;
    std::vector<EmissionFactor> emissionFactors;
    QString defaultEmissionFactor;

    const Province* province(const QString& key) const;
    // The province whose nearest reference city is closest to a site: the default tariff
    // of a station that does not name its province.
    const Province& nearestProvince(double latitude, double longitude) const;
    const EmissionFactor* emissionFactor(const QString& key) const;
    double parameter(const QString& key) const;  // a default the data file must hold
};

// Parsed once; the data file is part of the program, so a broken one is a build defect
// that the unit tests catch, and this asserts.
const ReferenceData& referenceData();

}  // namespace pp::valuation
