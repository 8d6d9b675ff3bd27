#pragma once

#include "crypto/public_key.h"
#include "store/workspace.h"

#include <QByteArray>
#include <QHash>

#include <cstdint>
#include <optional>
#include <vector>

namespace pp::lightnode {

// A position in the ledger: records are ordered by (height, index).
struct Position
{
    std::uint64_t height = 0;
    std::uint64_t index = 0;
    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=> as a 0 literal
    auto operator<=>(const Position&) const = default;
};

// Which key speaks for a device at a ledger position, from its verified registrations
// (spec §7): a registration binds a key from its position on, a later one replaces it, a
// revocation ends it until a new registration.
class DeviceKeys
{
public:
    static Result<DeviceKeys> fromRegistrations(const std::vector<store::RegistrationRow>& rows);
    // From every registration the workspace holds verified.
    static Result<DeviceKeys> load(store::Workspace& workspace);

    enum class Standing { Unknown, Revoked, Registered };
    struct Lookup
    {
        Standing standing = Standing::Unknown;
        std::optional<crypto::PublicKey> key;
        Position since;  // of the registration or revocation in force
    };
    // The key in force for `deviceId` just before `at`.
    Lookup at(const QByteArray& deviceId, Position at) const;

private:
    struct Event
    {
        Position position;
        std::optional<crypto::PublicKey> key;  // none for a revocation
    };
    QHash<QByteArray, std::vector<Event>> events_;  // per device, in ledger order
};

}  // namespace pp::lightnode
