#pragma once

#include "analytics/asset_series.h"
#include "analytics/battery/battery_fleet.h"
#include "analytics/battery/battery_history.h"
#include "analytics/incidents.h"
#include "analytics/portfolio.h"
#include "evidence/package_types.h"
#include "evidence/selection.h"
#include "findings/finding.h"
#include "lightnode/network_state.h"
#include "lightnode/record_inspection.h"
#include "lightnode/sync_report.h"
#include "lightnode/workspace_audit.h"
#include "session/background_job.h"
#include "session/job_queue.h"
#include "valuation/portfolio_valuation.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace pp::ui {

// The narrow interface between the console and the core for one open workspace. Every
// call that reads or writes the file runs as a BackgroundJob on one of the session's two
// long-lived workers, each with its own connection opened once: reads queue on one, syncs
// on the other (SQLite in WAL mode lets reads run beside a sync's writes). Each answers
// with a signal on the UI thread; views never touch the database. Deleting the session
// cancels its jobs and waits for none of them.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceSession(QString path, QObject* parent = nullptr);

    const QString& path() const { return path_; }

    // Where sync fetches from; without a connection the workspace is read-only.
    void setConnection(const lightnode::SyncOptions& options) { connection_ = options; }
    bool canSync() const { return connection_.has_value(); }
    const std::optional<lightnode::SyncOptions>& connection() const { return connection_; }
    bool syncing() const { return !sync_.isNull(); }

    // Reads what the Overview, Findings and Network views show. The first time a workspace
    // from before daily summaries opens, this rebuilds them first (with progress).
    BackgroundJob* refresh();
    BackgroundJob* loadAsset(const QByteArray& deviceId);
    BackgroundJob* inspect(std::uint64_t height, std::uint64_t index);
    // Exports an evidence package of `selection` to `path` (evidence.md), signed and
    // time-stamped when given; progress while the proofs are built, cancel stops it and
    // leaves no file. Answers evidenceExported or failed.
    BackgroundJob* exportEvidence(const evidence::Selection& selection, const QString& path,
                                  const std::optional<evidence::Signing>& signing,
                                  const std::optional<evidence::TimeStamping>& timeStamping);
    // A battery pack's or van's history over [fromMs, toMs) (UINT64_MAX: to its latest):
    // batteryHistoryLoaded or failed.
    BackgroundJob* loadBatteryHistory(const QByteArray& deviceId, std::uint64_t fromMs,
                                      std::uint64_t toMs);
    // Every pack and van ranked by risk, with progress: batteryFleetLoaded or failed.
    BackgroundJob* rankBatteries();
    // The history's report (PDF) or passport data (JSON) written to `path`, whole or not at
    // all: batteryExported or failed.
    enum class BatteryExport { Report, Passport };
    BackgroundJob* exportBattery(std::shared_ptr<const analytics::BatteryHistory> history,
                                 BatteryExport kind, const QString& path);
    // Re-verifies the workspace from its stored bytes (lightnode/workspace_audit.h), with
    // progress: audited or failed.
    BackgroundJob* audit(lightnode::AuditDepth depth);
    // The portfolio valued with `settings`, or with those the workspace keeps when none are
    // given; progress a battery at a time: valuationLoaded or failed.
    BackgroundJob* valuate(std::optional<valuation::ValuationSettings> settings = std::nullopt);
    // Keeps the parameters in the workspace, on the writer's queue (after a running sync).
    BackgroundJob* saveValuationSettings(const valuation::ValuationSettings& settings);
    // The valuation's report (PDF), JSON or portfolio CSV, or a station's cash flows or
    // settlement CSV (`device`), written whole or not at all: valuationExported or failed.
    enum class ValuationExport { Report, Json, PortfolioCsv, CashFlowsCsv, SettlementCsv };
    BackgroundJob* exportValuation(std::shared_ptr<const valuation::PortfolioValuation> valued,
                                   ValuationExport kind, const QString& path,
                                   const QByteArray& device = {});
    // Syncs from the connection, then refreshes.
    BackgroundJob* sync();
    void cancelSync();

signals:
    void portfolioLoaded(std::shared_ptr<const analytics::Portfolio> portfolio);
    // The findings and the incidents they group into (indexes into `findings`).
    void findingsLoaded(std::shared_ptr<const std::vector<findings::Finding>> findings,
                        std::shared_ptr<const std::vector<analytics::Incident>> incidents);
    void networkLoaded(std::shared_ptr<const lightnode::NetworkState> network);
    void assetLoaded(std::shared_ptr<const analytics::AssetSeries> asset);
    void inspected(std::shared_ptr<const lightnode::RecordInspection> inspection);
    void batteryHistoryLoaded(std::shared_ptr<const analytics::BatteryHistory> history);
    void batteryFleetLoaded(std::shared_ptr<const std::vector<analytics::FleetBattery>> fleet);
    void batteryExported(const QString& path);
    void valuationLoaded(std::shared_ptr<const valuation::PortfolioValuation> valued,
                         const valuation::ValuationSettings& settings);
    void valuationExported(const QString& path);
    void audited(std::shared_ptr<const lightnode::AuditReport> report, lightnode::AuditDepth depth);
    void evidenceExported(std::shared_ptr<const evidence::ExportSummary> summary);
    void syncStarted(BackgroundJob* job);
    void syncFinished(std::shared_ptr<const lightnode::SyncReport> report);
    // Something could not be done: `what` says what was tried, `message` why, both in the
    // user's language.
    void failed(const QString& what, const QString& message);

private:
    QString path_;
    JobQueue reads_;
    JobQueue writes_;
    std::optional<lightnode::SyncOptions> connection_;
    QPointer<BackgroundJob> sync_;
};

}  // namespace pp::ui
