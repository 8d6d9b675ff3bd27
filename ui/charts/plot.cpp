#include "plot.h"

#include <algorithm>

namespace pp::ui {

Plot::Plot(QString name, QString unit, std::vector<double> x, std::vector<double> y)
    : name_(std::move(name)), unit_(std::move(unit)), x_(std::move(x)), y_(std::move(y))
{
}

std::optional<std::pair<double, double>> Plot::timeSpan() const
{
    if (x_.empty())
        return std::nullopt;
    return std::pair(x_.front(), x_.back());
}

std::optional<std::pair<double, double>> Plot::valueSpan() const
{
    if (y_.empty())
        return std::nullopt;
    const auto [mn, mx] = std::minmax_element(y_.begin(), y_.end());
    return std::pair(*mn, *mx);
}

void Plot::draw(double, double, double) {}

Plot::Export Plot::exported() const
{
    return {name_, unit_, Export::X::Time, x_, y_, {}};
}

std::optional<std::size_t> Plot::nearest(double t) const
{
    if (x_.empty())
        return std::nullopt;
    auto it = std::lower_bound(x_.begin(), x_.end(), t);
    if (it == x_.end() || (it != x_.begin() && t - *(it - 1) < *it - t))
        --it;
    return static_cast<std::size_t>(it - x_.begin());
}

}  // namespace pp::ui
