#include "analytics/asset_info.h"

#include "cbor/decoder.h"
#include "store/workspace.h"

namespace pp::analytics {

namespace {

QString text(const cbor::Value& meta, QStringView key)
{
    const cbor::Value* v = meta.isMap() ? meta.find(key) : nullptr;
    return v != nullptr && v->isText() ? v->toText() : QString();
}

std::optional<double> number(const cbor::Value& meta, QStringView key, double scale = 1)
{
    const cbor::Value* v = meta.isMap() ? meta.find(key) : nullptr;
    if (v == nullptr)
        return std::nullopt;
    const auto n = v->toInt64();
    return n ? std::optional(static_cast<double>(*n) * scale) : std::nullopt;
}

}  // namespace

AssetInfo AssetInfo::fromRegistration(const QByteArray& deviceId, records::AssetClass assetClass,
                                      const cbor::Value& meta)
{
    AssetInfo a;
    a.deviceId = deviceId;
    a.assetClass = assetClass;
    a.name = text(meta, u"name");
    a.owner = text(meta, u"owner");
    a.manufacturer = text(meta, u"manufacturer");
    a.model = text(meta, u"model");
    a.chemistry = text(meta, u"chemistry");
    a.vin = text(meta, u"vin");
    if (a.assetClass == records::AssetClass::Vehicle)
        a.terminal = records::Terminal::fromMeta(meta);
    a.latitude = number(meta, u"lat_e6", 1e-6);
    a.longitude = number(meta, u"lon_e6", 1e-6);
    a.capacityW = number(meta, u"capacity_dc_w");
    a.capacityWh = number(meta, u"battery_capacity_wh");
    a.capacityAh = number(meta, u"nominal_capacity_mah", 1e-3);
    if (!a.capacityWh) {
        // Packs state charge and voltage; their energy is the product.
        const auto mv = number(meta, u"nominal_voltage_mv");
        if (a.capacityAh && mv)
            a.capacityWh = *a.capacityAh * *mv / 1e3;
    }
    if (auto c = number(meta, u"commissioned"))
        a.commissionedMs = static_cast<std::uint64_t>(*c);
    return a;
}

AssetInfo AssetInfo::fromDevice(const store::DeviceRow& device)
{
    // The meta map was checked when its registration was verified; a workspace that no
    // longer decodes shows the asset without its descriptive fields.
    auto decoded = cbor::decode(device.metaCbor);
    AssetInfo a =
        fromRegistration(device.deviceId, static_cast<records::AssetClass>(device.assetClass),
                         decoded ? *decoded : cbor::Value());
    a.revoked = device.revokedHeight.has_value();
    a.records = device.records;
    a.findings = device.findings;
    return a;
}

Result<AssetInfo> AssetInfo::load(store::Workspace& workspace, const QByteArray& deviceId)
{
    auto devices = workspace.registrations().devices(deviceId);
    if (!devices)
        return std::move(devices).error();
    if (devices->empty())
        return Error(ErrorKind::Invalid, "asset.unknown",
                     QT_TRANSLATE_NOOP("Error", "no verified registration for device %1"),
                     {QString::fromLatin1(deviceId.toHex())});
    return fromDevice(devices->front());
}

}  // namespace pp::analytics
