#pragma once

#include "cbor/value.h"
#include "common/text.h"
#include "records/payload.h"
#include "records/record_body.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace pp::analytics {

// What a device's verified registration says that physics can be held against.
struct DeviceProfile
{
    records::AssetClass assetClass = records::AssetClass::Pv;
    std::optional<double> capacityAcW;          // PV
    std::optional<double> latitude, longitude;  // PV site
    static DeviceProfile fromRegistration(int assetClass, const cbor::Value& meta);
};

// Spec §9 IMPLAUSIBLE findings: data that verifies (the device signed it) but that the
// device cannot have measured. Each check allows for honest noise, so that an honest
// device is never flagged: PV energy above what the AC rating allows in the interval, PV
// generation with the sun below the horizon, a lifetime energy register, battery cycle
// counter or vehicle odometer that goes backwards, battery SoH that rises beyond BMS
// re-estimation, temperatures outside the physical range, and vehicle positions further
// apart than the reported speeds allow.
//
// Records are fed in seq order, across syncs: state() carries what the checks remember
// (last register values, last position) into the workspace and back.
class PlausibilityCheck
{
public:
    PlausibilityCheck(DeviceProfile profile, const QByteArray& state);

    // One message per kind of implausibility found in the record: the first sample at
    // fault, and how many more share it. `payload` is the body's, decoded.
    std::vector<Text> check(const records::RecordBody& body, const records::Payload& payload);
    QByteArray state() const;

private:
    struct Findings;
    void checkPv(const records::RecordBody& body, const records::Payload& payload, Findings& out);
    void checkBattery(const records::RecordBody& body, Findings& out);
    void checkVehicle(const records::Payload& payload, Findings& out);

    DeviceProfile profile_;
    // Carried from one record to the next.
    std::optional<double> lastWh_;
    std::uint64_t lastWhTimeMs_ = 0;
    std::optional<std::int64_t> lastCycles_;
    std::optional<std::int64_t> minSoh_;
    std::optional<double> lastOdometerKm_;
    std::optional<double> lastLat_, lastLon_;
    std::uint64_t lastFixMs_ = 0;
    double lastSpeedKmh_ = 0;
};

}  // namespace pp::analytics
