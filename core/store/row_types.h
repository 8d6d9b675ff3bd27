#pragma once

// What the workspace's tables hold, row by row: the types its repositories read and write.

#include "chain/fork_evidence.h"
#include "chain/verified_header.h"
#include "common/text.h"
#include "findings/finding.h"
#include "store/daily_row.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace pp::store {

// A verified header as the workspace keeps it: the chain type itself.
using StoredHeader = chain::VerifiedHeader;

// A registration or revocation, verified (spec §7 types 1 and 2).
struct RegistrationRow
{
    std::uint64_t height = 0;
    std::uint64_t index = 0;
    QByteArray deviceId;
    int type = 1;        // 1 registration, 2 revocation
    QByteArray keyCbor;  // the device key [alg, pub] of a registration
    int assetClass = 0;
    QByteArray metaCbor;  // the meta map of a registration
    QByteArray record;
    QByteArray proof;  // CBOR of the inclusion proof in its block's records tree
};

// A device as its verified registrations describe it.
struct DeviceRow
{
    QByteArray deviceId;
    int assetClass = 0;
    QByteArray keyCbor;
    QByteArray metaCbor;
    std::uint64_t registeredHeight = 0;
    std::optional<std::uint64_t> revokedHeight;
    std::uint64_t records = 0;  // verified records held
    std::uint64_t findings = 0;
};

struct RecordRow
{
    QByteArray deviceId;
    std::uint64_t seq = 0;
    std::uint64_t height = 0;
    std::uint64_t index = 0;
    std::uint64_t timeMs = 0;
    int type = 0;
    QByteArray record;
    QByteArray proof;
    // How its block header was verified: by hash links from a verified header (full
    // sync), or by a history inclusion proof against a verified tip (tip-only mode).
    enum class Basis { HashLinks = 1, HistoryProof = 2 } basis = Basis::HashLinks;
};

// A finding as the workspace keeps it: the domain type itself, so that a schema change
// stays inside store/.
using FindingRow = findings::Finding;

// Where a device's verification stopped: its last verified record and the state its
// plausibility checks carry from one record to the next.
struct DeviceProgress
{
    std::optional<std::uint64_t> lastSeq;
    std::uint64_t lastTimeMs = 0;
    QByteArray checkState;
};

// A time window of one device's records that syncs took: every record of the device with
// time in [fromMs, toMs) and seq at most throughSeq is stored. No throughSeq: none was,
// since the device had no records stored when the window was synced. toMs UINT64_MAX: no
// end. A device's windows are disjoint and kept in time order.
struct CoverageRow
{
    std::uint64_t fromMs = 0;
    std::uint64_t toMs = 0;
    std::optional<std::uint64_t> throughSeq;
    bool operator==(const CoverageRow&) const = default;
};

// Fork evidence as the workspace keeps it: the chain type itself.
using ForkRow = chain::ForkEvidence;

struct WitnessRow
{
    QString url;
    QString status;  // "ok", "behind", "faulty", "fork", "unreachable"
    Text detail;
};

}  // namespace pp::store
