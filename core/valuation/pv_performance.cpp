#include "valuation/pv_performance.h"

#include "store/daily_row.h"
#include "valuation/clear_sky_yield.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <map>

namespace pp::valuation {

namespace {

constexpr double kP90Quantile = 1.2816;  // the standard normal's 90 % one-sided quantile
constexpr int kInsufficientDays = 30;

QDate dateOf(std::int64_t day)
{
    return QDate(1970, 1, 1).addDays(day);
}

// The register's increases, day by day: a day's energy is its last value less the last
// value of the previous day with samples (the register is signed at both ends of a gap);
// the first day counts only what it grew within itself. A register that went back counts
// nothing (plausibility flags the day).
std::vector<PvDay> registerDays(const PvInputs& in)
{
    std::vector<PvDay> out;
    std::optional<double> lastWh;
    std::optional<std::int64_t> lastDay;
    for (const store::DailyRow& r : in.rows) {
        if (r.samples == 0 || !r.whMax)
            continue;
        PvDay d;
        d.day = r.day;
        d.samples = r.samples;
        d.faultSamples = r.alarms;
        const double from = lastWh ? *lastWh : r.whMin.value_or(*r.whMax);
        d.kwh = std::max(0.0, *r.whMax - from) / 1000;
        d.spanDays = lastDay ? static_cast<double>(r.day - *lastDay) : 1.0;
        d.plausible = in.implausibleDays == nullptr || !in.implausibleDays->contains(r.day);
        lastWh = std::max(lastWh.value_or(*r.whMax), *r.whMax);
        lastDay = r.day;
        out.push_back(d);
    }
    return out;
}

// The daily count of a full day: the most frequent count (the logger reports day and
// night, so outages are the exception).
double fullDaySamples(const std::vector<PvDay>& days)
{
    std::map<std::uint64_t, int> counts;
    for (const PvDay& d : days)
        ++counts[d.samples];
    auto best = std::max_element(counts.begin(), counts.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    return best == counts.end() ? 0.0 : static_cast<double>(best->first);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

}  // namespace

QString monthLabel(int year, int month)
{
    return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
}

PvPerformance assessPv(const PvInputs& in)
{
    PvPerformance p;
    p.capacityKw = in.info.capacityW.value_or(0) / 1000;
    p.days = registerDays(in);
    const bool sited = in.info.latitude && in.info.longitude;

    std::map<std::pair<int, int>, PvMonth> months;
    std::map<std::pair<int, int>, double> clearSkyOfMonth;  // one mid-month day's, cached
    for (const PvDay& d : p.days) {
        const QDate date = dateOf(d.day);
        PvMonth& m = months[{date.year(), date.month()}];
        m.year = date.year();
        m.month = date.month();
        ++m.days;
        m.verifiedKwh += d.kwh;
        p.verifiedKwh += d.kwh;
        if (!d.plausible) {
            m.excludedKwh += d.kwh;
            p.excludedKwh += d.kwh;
            ++p.daysExcluded;
            continue;
        }
        m.plausibleKwh += d.kwh;
        p.plausibleKwh += d.kwh;
        if (sited) {
            auto [it, fresh] = clearSkyOfMonth.try_emplace({m.year, m.month}, 0.0);
            if (fresh)
                it->second =
                    clearSkyYield(d.day - date.day() + 15, *in.info.latitude, *in.info.longitude);
            m.clearSkyYield += it->second * d.spanDays;
        }
    }
    const double kwp = p.capacityKw;
    double plausibleWithSky = 0, skyYield = 0;
    for (auto& [ym, m] : months) {
        m.finalYield = kwp > 0 ? m.plausibleKwh / kwp : 0;
        if (m.clearSkyYield > 0) {
            plausibleWithSky += m.finalYield;
            skyYield += m.clearSkyYield;
        }
        p.months.push_back(m);
        if (p.years.empty() || p.years.back().year != m.year)
            p.years.push_back({m.year, 0, 0, 0, 0});
        PvYear& y = p.years.back();
        y.plausibleKwh += m.plausibleKwh;
        y.finalYield += m.finalYield;
        y.clearSkyYield += m.clearSkyYield;
        y.days += m.days;
    }
    if (skyYield > 0)
        p.clearSkyRatio = plausibleWithSky / skyYield;

    // Year on year: each month against the same month a year before, both well covered.
    std::vector<double> ratios;
    for (const PvMonth& m : p.months) {
        auto before = months.find({m.year - 1, m.month});
        if (before != months.end() && before->second.finalYield > 0 && m.days >= 20 &&
            before->second.days >= 20)
            ratios.push_back(m.finalYield / before->second.finalYield - 1);
    }
    if (ratios.size() >= 3)
        p.degradationPerYear = -median(ratios);
    else
        p.degradationAbsent =
            Text("Valuation",
                 QT_TRANSLATE_NOOP("Valuation",
                                   "year-on-year degradation needs two years of verified data"));

    // The P50 window: the latest 365 days up to the tip, or from the first sample.
    AnnualEnergy& a = p.annual;
    a.sigmaResource = in.sigmaResource;
    a.sigmaMeter = in.sigmaMeter;
    if (!p.days.empty()) {
        a.toDay = std::max(in.tipDay, p.days.back().day);
        a.fromDay = std::max(a.toDay - 364, p.days.front().day);
        a.windowDays = static_cast<double>(a.toDay - a.fromDay + 1);
        double covered = 0, samples = 0;
        for (const PvDay& d : p.days) {
            if (d.day < a.fromDay)
                continue;
            samples += static_cast<double>(d.samples - std::min(d.samples, d.faultSamples));
            if (!d.plausible)
                continue;
            a.plausibleKwh += d.kwh;
            // A span reaching back before the window counts only within it.
            covered += std::min(d.spanDays, static_cast<double>(d.day - a.fromDay + 1));
        }
        a.coverage = std::clamp(covered / a.windowDays, 0.0, 1.0);
        const double full = fullDaySamples(p.days);
        p.availability = full > 0 ? std::min(1.0, samples / (full * a.windowDays)) : 0;
    }
    a.sigmaCoverage = (1 - a.coverage) * 0.5;
    a.sigma = std::sqrt(a.sigmaResource * a.sigmaResource + a.sigmaMeter * a.sigmaMeter +
                        a.sigmaCoverage * a.sigmaCoverage);
    if (a.coverage > 0)
        a.p50Kwh = a.plausibleKwh / a.coverage * 365 / a.windowDays;
    a.p90Kwh = a.p50Kwh * std::max(0.0, 1 - kP90Quantile * a.sigma);
    if (kwp > 0 && a.coverage > 0)
        p.finalYieldAnnual = a.p50Kwh / kwp;
    p.insufficientData = p.days.size() < static_cast<std::size_t>(kInsufficientDays);
    return p;
}

}  // namespace pp::valuation
