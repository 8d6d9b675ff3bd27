#include "node/sim/device.h"

namespace pp::node::sim {

cbor::Value registrationMeta(const RegistrationInfo& info,
                             const std::vector<std::pair<const char*, cbor::Value>>& classKeys)
{
    std::vector<std::pair<cbor::Value, cbor::Value>> entries = {
        {cbor::Value::text(QStringLiteral("name")), cbor::Value::text(info.name)},
        {cbor::Value::text(QStringLiteral("owner")), cbor::Value::text(info.owner)},
        {cbor::Value::text(QStringLiteral("manufacturer")), cbor::Value::text(info.manufacturer)},
        {cbor::Value::text(QStringLiteral("model")), cbor::Value::text(info.model)},
        {cbor::Value::text(QStringLiteral("commissioned")),
         cbor::Value::unsignedInt(static_cast<std::uint64_t>(info.commissionedMs))},
    };
    for (const auto& [key, value] : classKeys)
        entries.emplace_back(cbor::Value::text(QString::fromLatin1(key)), value);
    return cbor::Value::map(std::move(entries));
}

}  // namespace pp::node::sim
