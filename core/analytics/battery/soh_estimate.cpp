#include "analytics/battery/soh_estimate.h"

#include "analytics/daily_summary.h"

#include <algorithm>
#include <cmath>

namespace pp::analytics {

namespace {

// The discrepancy that counts: more than 5 points, for at least 3 segments over 7 days.
constexpr double kOverReportPoints = 5;
constexpr std::size_t kOverReportSegments = 3;
constexpr std::uint64_t kOverReportMs = 7 * 86'400'000ULL;

// A segment under way: its first sample, its direction and what flowed since.
struct Segment
{
    const BatteryPoint* first = nullptr;
    int sign = 0;
    double flow = 0;      // Ah
    double lastFlow = 0;  // of its latest sample
};

std::vector<SohSample> reportedByDay(std::span<const BatteryPoint> points)
{
    std::vector<SohSample> out;
    std::int64_t day = INT64_MIN;
    for (const BatteryPoint& p : points) {
        const auto reported = p.soh();
        if (!reported)
            continue;
        const std::int64_t d = dayOf(p.timeMs);
        if (d != day || out.empty())
            out.push_back({p.timeMs, *reported});
        else
            out.back() = {p.timeMs, *reported};
        day = d;
    }
    return out;
}

void flagOverReporting(SohFigures& soh)
{
    std::size_t runStart = 0, runLength = 0;
    for (std::size_t i = 0; i < soh.estimates.size(); ++i) {
        const CapacitySegment& s = soh.estimates[i];
        if (!s.reportedSohPct || *s.reportedSohPct - s.sohPct <= kOverReportPoints) {
            runLength = 0;
            continue;
        }
        if (runLength++ == 0)
            runStart = i;
        const CapacitySegment& first = soh.estimates[runStart];
        if (runLength >= kOverReportSegments && s.endMs - first.endMs >= kOverReportMs) {
            soh.overReported = true;
            soh.overReportedSince = SohSample{first.endMs, *first.reportedSohPct};
            return;
        }
    }
}

}  // namespace

SohFigures estimateSoh(std::span<const BatteryPoint> points, std::optional<double> nominalAh)
{
    SohFigures soh;
    soh.reported = reportedByDay(points);
    if (!soh.reported.empty())
        soh.reportedLatest = soh.reported.back().pct;
    if (!nominalAh || *nominalAh <= 0)
        return soh;  // the caller says why
    const double rest = kRestC * *nominalAh;
    Segment seg;
    auto finish = [&](const BatteryPoint& last) {
        if (seg.first == nullptr)
            return;
        const double delta = std::abs(last.socPct - seg.first->socPct);
        if (delta >= kMinSegmentSocPct && seg.flow > 0) {
            CapacitySegment c;
            c.startMs = seg.first->timeMs;
            c.endMs = last.timeMs;
            c.charging = seg.sign > 0;
            c.deltaSocPct = delta;
            c.capacityAh = seg.flow / (delta / 100);
            c.sohPct = c.capacityAh / *nominalAh * 100;
            c.reportedSohPct = last.soh();
            soh.estimates.push_back(c);
        }
        seg = {};
    };
    for (std::size_t i = 0; i < points.size(); ++i) {
        const BatteryPoint& p = points[i];
        const double rate = p.currentA;
        const int sign = rate > rest ? 1 : rate < -rest ? -1 : 0;
        // A segment's SoC change is from its first sample to the sample where it ends, and
        // its flow that of the samples before that one. A change of direction ends it here;
        // a gap ends it at the sample before, whose own flow then does not count.
        const bool gap = i > 0 && p.timeMs > points[i - 1].timeMs + points[i - 1].holdMs;
        if (seg.first != nullptr && gap) {
            seg.flow -= seg.lastFlow;
            finish(points[i - 1]);
        } else if (seg.first != nullptr && sign != 0 && sign != seg.sign) {
            finish(p);
        }
        if (seg.first == nullptr) {
            if (sign == 0)
                continue;
            seg.first = &p;
            seg.sign = sign;
        }
        seg.lastFlow = std::abs(rate) * p.hours();
        seg.flow += seg.lastFlow;
    }
    if (!points.empty()) {
        seg.flow -= seg.lastFlow;
        finish(points.back());
    }
    if (soh.estimates.empty()) {
        soh.absent = Text("Battery", QT_TRANSLATE_NOOP("Battery",
                                                       "no charge or discharge moved the SoC by "
                                                       "30 points without a gap"));
        return soh;
    }
    std::vector<double> last;
    for (std::size_t i = soh.estimates.size() > 5 ? soh.estimates.size() - 5 : 0;
         i < soh.estimates.size(); ++i)
        last.push_back(soh.estimates[i].sohPct);
    std::sort(last.begin(), last.end());
    soh.estimatedLatest = last.size() % 2 == 1
                              ? last[last.size() / 2]
                              : 0.5 * (last[last.size() / 2 - 1] + last[last.size() / 2]);
    flagOverReporting(soh);
    return soh;
}

}  // namespace pp::analytics
