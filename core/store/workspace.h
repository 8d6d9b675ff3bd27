#pragma once

#include "chain/fork_evidence.h"
#include "chain/genesis.h"
#include "chain/header.h"
#include "chain/verified_header.h"
#include "common/result.h"
#include "findings/finding.h"
#include "store/daily_row.h"
#include "store/sqlite.h"
#include "store/wal_checkpointer.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace pp::store {

// What the light node keeps of one chain: one SQLite file, the "workspace". Only verified
// state is written, each step in one transaction together with the progress that says it
// was done, so a killed process leaves a file that reopens where the last step ended.

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

// Fork evidence as the workspace keeps it: the chain type itself.
using ForkRow = chain::ForkEvidence;

struct WitnessRow
{
    QString url;
    QString status;  // "ok", "behind", "faulty", "fork", "unreachable"
    Text detail;
};

class Workspace
{
public:
    static constexpr int kSchemaVersion = 4;

    static Result<Workspace> open(const QString& path);
    Workspace(Workspace&&) = default;
    // Not assignable: the checkpointer must go before the connection it serves.
    Workspace& operator=(Workspace&&) = delete;

    // The trust anchor, set once.
    Result<std::optional<Digest>> chainId();
    Result<QByteArray> genesis();
    // The stored genesis, decoded: what every reader of the workspace starts from.
    Result<chain::Genesis> trustedGenesis();
    Status initialise(const Digest& chainId, const QByteArray& genesis,
                      const QByteArray& initialSet);

    // The trusted validator set: its CBOR bytes and the height from which it signs.
    Result<std::pair<std::uint64_t, QByteArray>> trustedSet();
    // Every verified set, with the height from which it signs, in height order.
    Result<std::vector<std::pair<std::uint64_t, QByteArray>>> validatorSets();
    // The verified set that signs `height` (the latest one from at or below it).
    Result<QByteArray> validatorSetAt(std::uint64_t height);
    // A verified transition at height c: header c-1 and its commit, and the set of c.
    Status saveTransition(const StoredHeader& before, const QByteArray& commit, std::uint64_t c,
                          const QByteArray& set);

    // The verified tip, with its commit.
    Result<std::optional<StoredHeader>> tip();
    Status saveTip(const StoredHeader& tip, const QByteArray& commit);

    // Headers: verified by hash links (`headersSynced` is the height up to which all are
    // held) or singly, by a history proof against the tip.
    Result<std::optional<StoredHeader>> header(std::uint64_t height);
    Result<std::optional<std::uint64_t>> headersSynced();
    Status saveHeaderRange(const std::vector<StoredHeader>& headers);
    Status saveProvenHeader(const StoredHeader& header);

    // Registrations, and the height up to which they have been fetched.
    Result<std::uint64_t> registrationsAfter();
    Status saveRegistrations(const std::vector<RegistrationRow>& rows, std::uint64_t after);
    Result<std::vector<RegistrationRow>> registrations();
    // Every registered device, or only `only` (an empty result when it is not registered).
    Result<std::vector<DeviceRow>> devices(const QByteArray& only = {});

    Result<DeviceProgress> progress(const QByteArray& deviceId);
    // One step of a device's sync: its verified records, the findings they raised, their
    // daily summaries (added to those stored) and the progress after them, in one
    // transaction.
    Status saveRecords(const QByteArray& deviceId, const std::vector<RecordRow>& records,
                       const std::vector<FindingRow>& findings, const std::vector<DailyRow>& days,
                       const DeviceProgress& progress);
    Status addFindings(const std::vector<FindingRow>& findings);

    Result<std::vector<RecordRow>> records(const QByteArray& deviceId, std::uint64_t fromMs,
                                           std::uint64_t toMs, std::uint64_t limit);
    Result<std::optional<RecordRow>> record(std::uint64_t height, std::uint64_t index);
    // The first commit held at or above `height` (the tip's or a transition's), which
    // certifies `height` through hash links: its height and bytes.
    Result<std::optional<std::pair<std::uint64_t, QByteArray>>> commitAtOrAbove(
        std::uint64_t height);
    Result<std::uint64_t> recordCount();        // device records
    Result<std::uint64_t> registrationCount();  // registrations and revocations
    Result<std::vector<FindingRow>> findings(const QByteArray& deviceId, const QString& code);
    Result<std::map<QString, std::uint64_t>> findingCounts();
    // The device and record time of each finding with `code`, without its message.
    Result<std::vector<std::pair<QByteArray, std::uint64_t>>> findingTimes(const QString& code);

    // Daily summaries of one device (or of every device, when `deviceId` is empty), by
    // device and day.
    Result<std::vector<DailyRow>> daily(const QByteArray& deviceId = {});
    // A workspace from before schema 3, or a rebuild cut short, lacks some: rebuildDaily()
    // (analytics/daily_rebuild.h) clears them, adds them back from the records, device by
    // device, and marks them complete with the last batch.
    Result<bool> dailyNeedsRebuild();
    Status clearDaily();
    Status addDaily(const std::vector<DailyRow>& days, bool complete);

    Status saveFork(const ForkRow& fork);
    Result<std::optional<ForkRow>> fork();
    Status saveWitness(const WitnessRow& witness);
    Result<std::vector<WitnessRow>> witnesses();

private:
    explicit Workspace(Database db) : db_(std::move(db)) {}
    Status insertFindings(const std::vector<FindingRow>& findings);
    Status upsertDaily(const std::vector<DailyRow>& days);
    Status insertHeader(const StoredHeader& h, int basis);
    // A header verified by its commit (a transition's or the tip's), with that commit.
    Status insertSignedHeader(const StoredHeader& h, const QByteArray& commit);
    // The one integer a query such as "SELECT count(*) ..." answers.
    Result<std::uint64_t> count(const char* sql);

    Database db_;
    std::unique_ptr<WalCheckpointer> checkpointer_;  // after db_: destroyed before it
};

}  // namespace pp::store
