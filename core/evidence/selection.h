#pragma once

#include "analytics/incidents.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace pp::evidence {

// What to export: devices and a window of record times [fromMs, toMs).
struct Selection
{
    std::vector<QByteArray> devices;
    std::uint64_t fromMs = 0;
    std::uint64_t toMs = UINT64_MAX;
    QString tool;  // "powerproof 0.2.0"
    std::optional<QString> note;
    std::uint64_t nowMs = 0;  // the statement's time
    // The fork the workspace holds goes in too (data/fork/, a FORK incident's evidence):
    // both conflicting headers with their commits.
    bool fork = false;
};

// What a package made "from an incident" holds: a device's incident, that device over its
// first to last record, both included; a fork, the fork's evidence and no device. Other
// chain-level incidents (a faulty witness) have nothing to export.
std::optional<Selection> incidentWindow(const analytics::Incident& incident);

}  // namespace pp::evidence
