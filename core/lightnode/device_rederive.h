#pragma once

#include "common/result.h"
#include "crypto/hash.h"
#include "store/row_types.h"

#include <cstdint>

namespace pp::store {
class Workspace;
}

namespace pp::lightnode {

// Derives a device's findings, daily summaries and progress again from its stored records
// in seq order, and stores them in place of what was derived before, in one transaction.
// A sync derives them record by record as it goes; once it has filled a hole before
// records already held (lightnode/sync_coverage.h), what followed the hole was derived
// without it. `fromMs`: where the device's earliest synced window starts (a first record
// is a seq gap only from the start). Returns the progress stored.
Result<store::DeviceProgress> rederiveDevice(store::Workspace& workspace,
                                             const store::DeviceRow& device,
                                             crypto::HashAlg chainHash, std::uint64_t fromMs);

}  // namespace pp::lightnode
