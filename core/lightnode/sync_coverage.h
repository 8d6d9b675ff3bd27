#pragma once

#include "common/result.h"
#include "lightnode/sync_report.h"
#include "store/row_types.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <vector>

namespace pp::store {
class Workspace;
}

// Which of a device's records a workspace holds, by time window and seq: a sync with
// --from and --to takes one window, and the windows syncs took are remembered
// (store::CoverageRow), so that a later sync fetches what lies outside them and status and
// the console say what no sync took.
namespace pp::lightnode {

using Coverage = std::vector<store::CoverageRow>;  // disjoint, in time order

// `held` once a sync of [fromMs, toMs) stored the device's records up to `throughSeq`.
Coverage withWindow(const Coverage& held, std::uint64_t fromMs, std::uint64_t toMs,
                    std::optional<std::uint64_t> throughSeq);

// The holes of [fromMs, toMs) for a device whose last stored record has `lastSeq`: none
// when nothing is stored.
std::vector<CoverageHole> holesIn(const Coverage& held, std::uint64_t fromMs, std::uint64_t toMs,
                                  std::optional<std::uint64_t> lastSeq);

// Of every device with records stored, those with holes over all time; `devices` empty:
// all.
Result<std::vector<DeviceHoles>> uncoveredTime(store::Workspace& workspace,
                                               const std::vector<QByteArray>& devices = {});

}  // namespace pp::lightnode
