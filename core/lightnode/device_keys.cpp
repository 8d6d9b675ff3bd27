#include "lightnode/device_keys.h"

#include "cbor/decoder.h"

#include <algorithm>

namespace pp::lightnode {

Result<DeviceKeys> DeviceKeys::load(store::Workspace& workspace)
{
    auto rows = workspace.registrations().all();
    if (!rows)
        return std::move(rows).error();
    return fromRegistrations(*rows);
}

Result<DeviceKeys> DeviceKeys::fromRegistrations(const std::vector<store::RegistrationRow>& rows)
{
    DeviceKeys keys;
    for (const store::RegistrationRow& r : rows) {
        Event e{{r.height, r.index}, std::nullopt};
        if (r.type == 1) {
            auto decoded = cbor::decode(r.keyCbor);
            auto key = decoded ? crypto::PublicKey::fromCbor(*decoded)
                               : Result<crypto::PublicKey>(decoded.error());
            if (!key)
                return std::move(key).error().within(
                    QT_TRANSLATE_NOOP("Error", "stored registration at height %1 index %2"),
                    {QString::number(r.height), QString::number(r.index)});
            e.key = std::move(*key);
        }
        keys.events_[r.deviceId].push_back(std::move(e));
    }
    return keys;
}

DeviceKeys::Lookup DeviceKeys::at(const QByteArray& deviceId, Position at) const
{
    const auto it = events_.constFind(deviceId);
    if (it == events_.constEnd())
        return {};
    const std::vector<Event>& events = *it;
    // The last event strictly before `at`.
    auto after = std::lower_bound(events.begin(), events.end(), at,
                                  [](const Event& e, Position p) { return e.position < p; });
    if (after == events.begin())
        return {};
    const Event& e = *std::prev(after);
    if (!e.key)
        return {Standing::Revoked, std::nullopt, e.position};
    return {Standing::Registered, e.key, e.position};
}

}  // namespace pp::lightnode
