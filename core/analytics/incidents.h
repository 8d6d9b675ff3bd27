#pragma once

#include "common/text.h"
#include "findings/finding.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace pp::analytics {

// What a person acts on instead of thousands of findings: one device, one finding code,
// one kind of thing found (the finding's innermost sentence, such as "generation at
// night"), over records that follow each other with less than `maxGapMs` between them.
// "Beijing PV plant 14: generation with the sun down, 2,832 records over 57 nights" is one
// incident, not 2,832 rows. Chain-level findings (a fork, a faulty witness) are incidents
// of their own.
struct Incident
{
    enum class Severity { Critical = 0, High = 1, Medium = 2 };

    QString id;           // stable across reads: code, device and first time (or height)
    QByteArray deviceId;  // empty for chain-level incidents
    QString code;
    Severity severity = Severity::Medium;
    Text what;                              // the first finding's innermost sentence
    std::uint64_t firstMs = 0, lastMs = 0;  // record times; 0 when the findings have none
    std::uint64_t days = 0;                 // distinct UTC+8 days with a finding
    std::vector<std::size_t> findings;      // indexes into the list given, in time order
};

// Severity of a code: refusals and forks are critical (the chain or a node lied), physics
// and sequence lies high, gaps and faulty witnesses medium.
Incident::Severity severityOf(const findings::Finding& finding);

// Groups `all` into incidents, most severe first, then by first time.
std::vector<Incident> groupIncidents(const std::vector<findings::Finding>& all,
                                     std::uint64_t maxGapMs);

// The default grouping gap: under a day, so that a lie told every night is one incident.
inline constexpr std::uint64_t kIncidentGapMs = 86'400'000;

}  // namespace pp::analytics
