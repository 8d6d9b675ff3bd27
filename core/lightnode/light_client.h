#pragma once

#include "lightnode/sync_report.h"

#include <atomic>
#include <functional>

namespace pp::store {
class Workspace;
}

namespace pp::lightnode {

// The light node's one entry point (spec §9, in order): trust anchor, validator
// transitions, tip and append-only check, witnesses, headers, registrations, records. The
// CLI and the GUI both call this; `progress` and `cancel` let a caller on another thread
// follow and stop it.
SyncReport sync(store::Workspace& workspace, const SyncOptions& options,
                const std::function<void(const SyncProgress&)>& progress = {},
                const std::atomic<bool>* cancel = nullptr);

}  // namespace pp::lightnode
