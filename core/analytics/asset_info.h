#pragma once

#include "common/result.h"
#include "records/payload.h"
#include "records/record_body.h"

#include <QString>

#include <optional>

namespace pp::store {
struct DeviceRow;
class Workspace;
}  // namespace pp::store

namespace pp::analytics {

// What a device's verified registration says about the asset, for tables and titles.
struct AssetInfo
{
    QByteArray deviceId;
    records::AssetClass assetClass = records::AssetClass::Pv;
    QString name, owner, manufacturer, model, chemistry, vin;
    std::optional<double> latitude, longitude;  // degrees
    // PV: DC rating (W); batteries and vehicles: energy capacity (Wh).
    std::optional<double> capacityW, capacityWh;
    std::optional<double> capacityAh;  // packs: nominal charge
    std::optional<std::uint64_t> commissionedMs;
    bool revoked = false;
    std::uint64_t records = 0, findings = 0;
    records::Terminal terminal;  // vehicles: what their packets are checked against

    // From a registration's meta map (spec §7), wherever the registration came from: the
    // workspace, or an evidence package.
    static AssetInfo fromRegistration(const QByteArray& deviceId, records::AssetClass assetClass,
                                      const cbor::Value& meta);
    static AssetInfo fromDevice(const store::DeviceRow& device);
    // The workspace's verified registration of `deviceId`; an unknown device is an error
    // ("asset.unknown").
    static Result<AssetInfo> load(store::Workspace& workspace, const QByteArray& deviceId);
};

}  // namespace pp::analytics
