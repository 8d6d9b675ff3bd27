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
};

// An incident's device over its first to last record, both included: what a package made
// "from an incident" holds. Chain-level incidents (a fork) name no device and give none.
std::optional<Selection> incidentWindow(const analytics::Incident& incident);

}  // namespace pp::evidence
