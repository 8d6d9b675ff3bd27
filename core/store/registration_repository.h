#pragma once

#include "common/result.h"
#include "store/row_types.h"
#include "store/sqlite.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace pp::store {

// Verified registrations and revocations (table registrations) and the devices they
// describe.
class RegistrationRepository
{
public:
    explicit RegistrationRepository(Database& db) : db_(db) {}

    // The height up to which registrations have been fetched.
    Result<std::uint64_t> after();
    Status save(const std::vector<RegistrationRow>& rows, std::uint64_t after);
    Result<std::vector<RegistrationRow>> all();
    // Every registered device, or only `only` (an empty result when it is not registered).
    Result<std::vector<DeviceRow>> devices(const QByteArray& only = {});
    Result<std::uint64_t> count();  // registrations and revocations

private:
    Database& db_;
};

}  // namespace pp::store
