#pragma once

#include "common/result.h"
#include "store/workspace.h"

#include <atomic>
#include <functional>

namespace pp::analytics {

// Rebuilds a workspace's daily summaries from its verified records, when
// workspace.daily().needsRebuild() says so (a file from before schema 3): the sync that
// stores records writes their summaries itself. Device by device, each in one
// transaction; cancelled or killed, it starts over the next time. `progress(done, total)`
// counts devices.
Status rebuildDaily(store::Workspace& workspace,
                    const std::function<void(std::size_t, std::size_t)>& progress = {},
                    const std::atomic<bool>* cancel = nullptr);

}  // namespace pp::analytics
