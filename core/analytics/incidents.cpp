#include "analytics/incidents.h"

#include "analytics/daily_summary.h"
#include "crypto/hash.h"
#include "findings/finding_codes.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace pp::analytics {

Incident::Severity severityOf(const findings::Finding& f)
{
    if (f.code == u"FORK" || findings::refusesEntry(f))
        return Incident::Severity::Critical;
    if (f.code == u"SEQ_GAP" || f.code == u"WITNESS_FAULTY")
        return Incident::Severity::Medium;
    return Incident::Severity::High;
}

std::vector<Incident> groupIncidents(const std::vector<findings::Finding>& all,
                                     std::uint64_t maxGapMs)
{
    // Each finding's place: device, code, kind, then time (or height for chain findings).
    std::vector<std::size_t> order(all.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto key = [&](std::size_t i) {
        const findings::Finding& f = all[i];
        return std::tuple(f.deviceId, f.code, f.message.innermostSource(), f.timeMs.value_or(0),
                          f.height.value_or(0), i);
    };
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return key(a) < key(b); });

    std::vector<Incident> out;
    std::set<std::int64_t> days;
    auto close = [&] {
        if (!out.empty())
            out.back().days = days.size();
        days.clear();
    };
    for (std::size_t i : order) {
        const findings::Finding& f = all[i];
        const std::uint64_t t = f.timeMs.value_or(0);
        const bool chainLevel = f.deviceId.isEmpty() || !f.timeMs;
        bool joins = false;
        if (!out.empty() && !chainLevel) {
            const Incident& last = out.back();
            const findings::Finding& previous = all[last.findings.back()];
            joins = previous.deviceId == f.deviceId && previous.code == f.code &&
                    previous.message.innermostSource() == f.message.innermostSource() &&
                    previous.timeMs && t - *previous.timeMs < maxGapMs;
        }
        if (!joins) {
            close();
            Incident n;
            n.deviceId = f.deviceId;
            n.code = f.code;
            n.severity = severityOf(f);
            n.what = f.message.innermost();
            n.firstMs = t;
            // Two kinds of lie can start on one record: the kind is part of the id.
            const Digest kind = crypto::hash(crypto::HashAlg::Sha256, f.message.innermostSource());
            n.id = QStringLiteral("%1-%2-%3-%4")
                       .arg(f.code, QString::fromLatin1(f.deviceId.toHex().left(8)),
                            QString::number(chainLevel ? f.height.value_or(0) : t),
                            toHex(kind).left(4));
            out.push_back(std::move(n));
        }
        Incident& current = out.back();
        current.findings.push_back(i);
        current.lastMs = t;
        if (f.timeMs)
            days.insert(dayOf(*f.timeMs));
    }
    close();
    std::stable_sort(out.begin(), out.end(), [](const Incident& a, const Incident& b) {
        return std::pair(a.severity, a.firstMs) < std::pair(b.severity, b.firstMs);
    });
    return out;
}

}  // namespace pp::analytics
