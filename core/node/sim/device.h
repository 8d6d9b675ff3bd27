#pragma once

#include "records/record_body.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace pp::node::sim {

// What one simulated device produced in an hour: record bodies whose device_id, seq and
// signature the simulation fills in (it owns sequence numbers and keys).
using HourOutput = std::vector<records::RecordBody>;

// A simulated asset: a PV station's data logger, a battery pack's BMS, a van's terminal.
// Devices are advanced an hour at a time, in order; between calls they keep their state
// (energy counters, state of charge, odometer, where the van is).
class SimulatedDevice
{
public:
    virtual ~SimulatedDevice() = default;
    virtual records::AssetClass assetClass() const = 0;
    // The registration metadata (spec §7 meta keys) as text key → CBOR value.
    virtual cbor::Value registrationMeta() const = 0;
    virtual QString name() const = 0;
    // Appends the bodies of [hourStartMs, hourStartMs + 1 h), UTC.
    virtual void simulateHour(std::int64_t hourStartMs, HourOutput& out) = 0;
};

}  // namespace pp::node::sim

namespace pp::node::sim {

// Common registration fields (spec §7: every class has name, owner, manufacturer, model
// and commissioned) followed by the class's own keys.
struct RegistrationInfo
{
    QString name, owner, manufacturer, model;
    std::int64_t commissionedMs = 0;
};
cbor::Value registrationMeta(const RegistrationInfo& info,
                             const std::vector<std::pair<const char*, cbor::Value>>& classKeys);

}  // namespace pp::node::sim
