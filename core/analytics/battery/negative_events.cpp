#include "analytics/battery/negative_events.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace pp::analytics {

namespace {

using Kind = NegativeEvent::Kind;

// Runs of samples in one condition, each kind on its own: a run ends at the first sample
// without it.
class Runs
{
public:
    Runs(std::vector<NegativeEvent>& out, std::span<const RecordPlace> records)
        : out_(out), records_(records)
    {
    }

    // The run keeps the most extreme value: the highest, or with `lowest` the lowest. Fault
    // flags accumulate instead: every flag the run raised.
    void see(Kind kind, bool holds, const BatteryPoint& p, double value, bool lowest = false)
    {
        auto it = open_.find(kind);
        if (!holds) {
            if (it != open_.end()) {
                out_.push_back(it->second);
                open_.erase(it);
            }
            return;
        }
        if (it == open_.end()) {
            NegativeEvent e;
            e.kind = kind;
            e.startMs = p.timeMs;
            e.worst = value;
            e.record = records_[p.record];
            it = open_.emplace(kind, e).first;
        }
        it->second.endMs = p.timeMs + p.holdMs;
        double& worst = it->second.worst;
        if (kind == Kind::Fault)
            worst = static_cast<double>(static_cast<std::uint64_t>(worst) | p.faults);
        else
            worst = lowest ? std::min(worst, value) : std::max(worst, value);
    }

    void close()
    {
        for (auto& [kind, e] : open_)
            out_.push_back(e);
        open_.clear();
    }

private:
    std::vector<NegativeEvent>& out_;
    std::span<const RecordPlace> records_;
    std::map<Kind, NegativeEvent> open_;
};

}  // namespace

std::optional<CellLimits> cellLimits(QStringView chemistry)
{
    static constexpr CellLimits kKnown[] = {{"LFP", 2.5, 3.65}, {"NMC", 2.8, 4.25}};
    for (const CellLimits& l : kKnown) {
        if (chemistry.compare(QLatin1String(l.chemistry), Qt::CaseInsensitive) == 0)
            return l;
    }
    return std::nullopt;
}

std::vector<NegativeEvent> findNegativeEvents(std::span<const BatteryPoint> points,
                                              std::span<const RecordPlace> records,
                                              const std::optional<CellLimits>& limits,
                                              bool silentWhenOff)
{
    std::vector<NegativeEvent> out;
    Runs runs(out, records);
    const BatteryPoint* previous = nullptr;
    for (const BatteryPoint& p : points) {
        if (previous != nullptr) {
            const std::uint64_t end = previous->timeMs + previous->holdMs;
            const bool unexplained =
                !silentWhenOff || std::abs(p.socPct - previous->socPct) > kSilentSocMovePct;
            if (p.timeMs > end && p.timeMs - end > kLongGapMs && unexplained) {
                NegativeEvent gap;
                gap.kind = Kind::DataGap;
                gap.startMs = end;
                gap.endMs = p.timeMs;
                gap.worst = static_cast<double>(p.timeMs - end) / 3.6e6;
                gap.record = records[p.record];  // the first sample after it
                out.push_back(gap);
            }
            const auto cycles = p.cycleCount(), before = previous->cycleCount();
            if (cycles && before && *cycles < *before) {
                NegativeEvent rollback;
                rollback.kind = Kind::CycleCounterRollback;
                rollback.startMs = rollback.endMs = p.timeMs;
                rollback.worst = static_cast<double>(*before - *cycles);
                rollback.record = records[p.record];
                out.push_back(rollback);
            }
        }
        // NaN, a value the sample lacks, compares false: it starts no event.
        runs.see(Kind::OverTemperature, p.tempMaxC > kOverTemperatureC, p, p.tempMaxC);
        runs.see(Kind::ChargingBelowFreezing, p.currentA > 0 && p.tempMinC < 0, p, p.tempMinC,
                 true);
        runs.see(Kind::CellOverVoltage, limits && p.cellMaxV > limits->maxV, p, p.cellMaxV);
        runs.see(Kind::CellUnderVoltage, limits && p.cellMinV < limits->minV, p, p.cellMinV, true);
        runs.see(Kind::DeepDischarge, p.socPct < kDeepDischargePct, p, p.socPct, true);
        runs.see(Kind::Fault, p.faults != 0, p, static_cast<double>(p.faults));
        previous = &p;
    }
    runs.close();
    std::stable_sort(out.begin(), out.end(), [](const NegativeEvent& a, const NegativeEvent& b) {
        return a.startMs < b.startMs;
    });
    return out;
}

const char* NegativeEvent::key(Kind kind)
{
    switch (kind) {
        case Kind::OverTemperature:
            return "over_temperature";
        case Kind::ChargingBelowFreezing:
            return "charging_below_0c";
        case Kind::CellOverVoltage:
            return "cell_over_voltage";
        case Kind::CellUnderVoltage:
            return "cell_under_voltage";
        case Kind::DeepDischarge:
            return "deep_discharge";
        case Kind::Fault:
            return "fault";
        case Kind::CycleCounterRollback:
            return "cycle_counter_rollback";
        case Kind::DataGap:
            break;
    }
    return "data_gap";
}

Text NegativeEvent::describe() const
{
    const QString v = QString::number(worst, 'f', 2);
    switch (kind) {
        case Kind::OverTemperature:
            return Text("Battery", QT_TRANSLATE_NOOP("Battery", "over-temperature: up to %1 °C"),
                        {QString::number(worst, 'f', 1)});
        case Kind::ChargingBelowFreezing:
            return Text("Battery",
                        QT_TRANSLATE_NOOP("Battery", "charging below 0 °C: down to %1 °C"),
                        {QString::number(worst, 'f', 1)});
        case Kind::CellOverVoltage:
            return Text("Battery", QT_TRANSLATE_NOOP("Battery", "cell over-voltage: up to %1 V"),
                        {QString::number(worst, 'f', 3)});
        case Kind::CellUnderVoltage:
            return Text("Battery", QT_TRANSLATE_NOOP("Battery", "cell under-voltage: down to %1 V"),
                        {QString::number(worst, 'f', 3)});
        case Kind::DeepDischarge:
            return Text("Battery", QT_TRANSLATE_NOOP("Battery", "deep discharge: down to %1 %"),
                        {QString::number(worst, 'f', 1)});
        case Kind::Fault:
            return Text("Battery", QT_TRANSLATE_NOOP("Battery", "fault flags 0x%1"),
                        {QString::number(static_cast<std::uint64_t>(worst), 16)});
        case Kind::CycleCounterRollback:
            return Text("Battery", QT_TRANSLATE_NOOP("Battery", "cycle counter went back by %1"),
                        {QString::number(worst, 'f', 0)});
        case Kind::DataGap:
            break;
    }
    return Text("Battery", QT_TRANSLATE_NOOP("Battery", "no data for %1 hours"), {v});
}

}  // namespace pp::analytics
