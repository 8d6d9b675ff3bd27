#include "analytics/battery/degradation_fit.h"

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace pp::analytics {

namespace {

// A fit needs observations spread in time, and a fade the noise does not hide.
constexpr std::size_t kMinPoints = 8;
constexpr double kMinSpanDays = 60;

struct Fit
{
    double q = 0, a = 0, b = 0, z = 1, sse = std::numeric_limits<double>::infinity();
};

// Least squares of soh ≈ q − a·x − b·y over the chosen columns (a and b only when `useX`,
// `useY`): the normal equations, solved by Gaussian elimination.
std::optional<Fit> solve(std::span<const SohObservation> obs, double z, bool useX, bool useY)
{
    std::vector<std::array<double, 3>> rows;
    std::array<std::array<double, 4>, 3> m{};
    const int n = 1 + (useX ? 1 : 0) + (useY ? 1 : 0);
    for (const SohObservation& o : obs) {
        std::array<double, 3> r{1, 0, 0};
        int k = 1;
        if (useX)
            r[k++] = -std::sqrt(o.days);
        if (useY)
            r[k++] = -std::pow(o.efc, z);
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j)
                m[i][j] += r[i] * r[j];
            m[i][3] += r[i] * o.sohPct;
        }
    }
    for (int c = 0; c < n; ++c) {
        int pivot = c;
        for (int r = c + 1; r < n; ++r) {
            if (std::abs(m[r][c]) > std::abs(m[pivot][c]))
                pivot = r;
        }
        if (std::abs(m[pivot][c]) < 1e-12)
            return std::nullopt;  // the columns do not tell the terms apart
        std::swap(m[c], m[pivot]);
        for (int r = 0; r < n; ++r) {
            if (r == c)
                continue;
            const double f = m[r][c] / m[c][c];
            for (int k = c; k < 4; ++k)
                m[r][k] -= f * m[c][k];
        }
    }
    Fit f;
    f.z = z;
    f.q = m[0][3] / m[0][0];
    int k = 1;
    if (useX) {
        f.a = m[k][3] / m[k][k];
        ++k;
    }
    if (useY)
        f.b = m[k][3] / m[k][k];
    if (f.a < 0 || f.b < 0)
        return std::nullopt;  // a battery does not heal with age or use
    f.sse = 0;
    for (const SohObservation& o : obs) {
        const double e = o.sohPct - (f.q - f.a * std::sqrt(o.days) - f.b * std::pow(o.efc, z));
        f.sse += e * e;
    }
    return f;
}

// Days ahead at which `soh(d)` first reaches `threshold`, by bisection on a curve that
// only falls; none within the horizon.
template <typename F>
std::optional<double> reach(F soh, double threshold)
{
    if (soh(0) <= threshold)
        return 0.0;
    double lo = 0, hi = DegradationProjection::kHorizonDays;
    if (soh(hi) > threshold)
        return std::nullopt;
    for (int i = 0; i < 60; ++i) {
        const double mid = 0.5 * (lo + hi);
        (soh(mid) > threshold ? lo : hi) = mid;
    }
    return hi;
}

Text says(const char* source, QStringList args = {})
{
    return Text("Battery", source, std::move(args));
}

}  // namespace

double DegradationProjection::sohAt(double days, double efc) const
{
    return intercept - calendar * std::sqrt(std::max(0.0, days)) -
           cycle * std::pow(std::max(0.0, efc), exponent);
}

double DegradationProjection::projectedSoh(double daysAhead) const
{
    return sohAt(lastDays + daysAhead, lastEfc + efcPerDay * daysAhead);
}

DegradationProjection::Curve DegradationProjection::curveFrom(std::uint64_t fromMs) const
{
    constexpr double kMaxDays = 5 * 365.25, kDayMs = 86'400'000;
    constexpr int kSteps = 60;
    const double horizon = to70 ? std::clamp(to70->days, 30.0, kMaxDays) : kMaxDays;
    Curve c;
    for (int i = 0; i <= kSteps; ++i) {
        const double d = horizon * i / kSteps;
        c.timeMs.push_back(static_cast<double>(fromMs) + d * kDayMs);
        c.sohPct.push_back(projectedSoh(d));
    }
    return c;
}

DegradationProjection fitDegradation(std::span<const SohObservation> obs, double efcPerDay,
                                     const QString& basis)
{
    DegradationProjection p;
    p.basis = basis;
    p.points = obs.size();
    p.efcPerDay = efcPerDay;
    if (obs.empty()) {
        p.reason = says(QT_TRANSLATE_NOOP("Battery", "no state-of-health values to fit"));
        return p;
    }
    p.spanDays = obs.back().days - obs.front().days;
    p.lastDays = obs.back().days;
    p.lastEfc = obs.back().efc;
    if (obs.size() < kMinPoints || p.spanDays < kMinSpanDays) {
        p.reason = says(QT_TRANSLATE_NOOP("Battery",
                                          "%1 state-of-health values over %2 days: a fit needs "
                                          "at least 8 over 60 days"),
                        {QString::number(obs.size()), QString::number(p.spanDays, 'f', 0)});
        return p;
    }
    Fit best;
    for (int step = 0; step <= 30; ++step) {
        const double z = 0.5 + 0.05 * step;
        for (const auto& [useX, useY] : {std::pair{true, true}, {true, false}, {false, true}}) {
            if (auto f = solve(obs, z, useX, useY); f && f->sse < best.sse)
                best = *f;
        }
    }
    if (!std::isfinite(best.sse)) {
        p.reason = says(
            QT_TRANSLATE_NOOP("Battery", "the values do not fall with age or use: no fade to fit"));
        return p;
    }
    p.intercept = best.q;
    p.calendar = best.a;
    p.cycle = best.b;
    p.exponent = best.z;
    p.rmse = std::sqrt(best.sse / static_cast<double>(obs.size()));
    const double fade = p.sohAt(obs.front().days, obs.front().efc) - p.sohAt(p.lastDays, p.lastEfc);
    if (fade <= 2 * p.rmse) {
        p.reason = says(QT_TRANSLATE_NOOP("Battery",
                                          "the fitted fade (%1 points) is within the scatter of "
                                          "the values (±%2): the data cannot support a projection"),
                        {QString::number(fade, 'f', 2), QString::number(2 * p.rmse, 'f', 2)});
        return p;
    }
    p.supported = true;
    auto life = [&p](double threshold) -> std::optional<RemainingLife> {
        const double band = 2 * p.rmse;
        auto mid = reach([&](double d) { return p.projectedSoh(d); }, threshold);
        if (!mid)
            return std::nullopt;
        auto early = reach([&](double d) { return p.projectedSoh(d) - band; }, threshold);
        auto late = reach([&](double d) { return p.projectedSoh(d) + band; }, threshold);
        return RemainingLife{early.value_or(*mid), *mid,
                             late.value_or(DegradationProjection::kHorizonDays)};
    };
    p.to80 = life(80);
    p.to70 = life(70);
    return p;
}

}  // namespace pp::analytics
