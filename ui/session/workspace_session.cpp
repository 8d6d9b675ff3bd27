#include "workspace_session.h"

#include "evidence/evidence_package.h"

#include "analytics/battery/battery_passport.h"
#include "analytics/daily_rebuild.h"
#include "lightnode/light_client.h"
#include "report/battery_report.h"
#include "report/valuation_report.h"
#include "valuation/valuate.h"
#include "valuation/valuation_json.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace pp::ui {

WorkspaceSession::WorkspaceSession(QString path, QObject* parent)
    : QObject(parent), path_(std::move(path)), reads_(path_), writes_(path_)
{
}

BackgroundJob* WorkspaceSession::refresh()
{
    return reads_.post(this, [this](JobContext& job) -> std::function<void()> {
        const QString what = tr("Could not read the workspace");
        auto fail = [this, what](const Error& e) {
            return [this, what, message = e.localizedMessage()] { emit failed(what, message); };
        };
        auto opened = job.workspace();
        if (!opened)
            return fail(opened.error());
        store::Workspace* ws = *opened;
        auto rebuild = ws->daily().needsRebuild();
        if (!rebuild)
            return fail(rebuild.error());
        if (*rebuild) {
            auto st = analytics::rebuildDaily(
                *ws,
                [&job](std::size_t done, std::size_t total) {
                    job.reportProgress(QStringLiteral("summaries"), static_cast<qint64>(done),
                                       static_cast<qint64>(total));
                },
                job.cancelFlag());
            if (!st)
                return fail(st.error());
        }
        if (job.cancelled())
            return fail(cancelledError());
        auto portfolio = analytics::loadPortfolio(*ws);
        if (!portfolio)
            return fail(portfolio.error());
        auto findings = ws->findings().list({}, {});
        if (!findings)
            return fail(findings.error());
        auto network = lightnode::loadNetworkState(*ws);
        if (!network)
            return fail(network.error());
        auto p = std::make_shared<const analytics::Portfolio>(std::move(*portfolio));
        auto i = std::make_shared<const std::vector<analytics::Incident>>(
            analytics::groupIncidents(*findings, analytics::kIncidentGapMs));
        auto f = std::make_shared<const std::vector<findings::Finding>>(std::move(*findings));
        auto n = std::make_shared<const lightnode::NetworkState>(std::move(*network));
        // One view a turn of the event loop: the layout and first paint each one starts run
        // between them, where together they kept the UI thread busy for one long stretch.
        return [this, p, f, i, n] {
            emit portfolioLoaded(p);
            QMetaObject::invokeMethod(
                this,
                [this, f, i, n] {
                    emit findingsLoaded(f, i);
                    QMetaObject::invokeMethod(
                        this, [this, n] { emit networkLoaded(n); }, Qt::QueuedConnection);
                },
                Qt::QueuedConnection);
        };
    });
}

BackgroundJob* WorkspaceSession::loadAsset(const QByteArray& deviceId)
{
    return reads_.post(this, [this, deviceId](JobContext& job) -> std::function<void()> {
        auto ws = job.workspace();
        auto asset = ws ? analytics::loadAssetSeries(**ws, deviceId, job.cancelFlag())
                        : Result<analytics::AssetSeries>(ws.error());
        if (!asset) {
            if (job.cancelled())
                return {};
            return [this, message = asset.error().localizedMessage()] {
                emit failed(tr("Could not open the asset"), message);
            };
        }
        auto a = std::make_shared<const analytics::AssetSeries>(std::move(*asset));
        return [this, a] { emit assetLoaded(a); };
    });
}

BackgroundJob* WorkspaceSession::loadBatteryHistory(const QByteArray& deviceId,
                                                    std::uint64_t fromMs, std::uint64_t toMs)
{
    return reads_.post(this, [=, this](JobContext& job) -> std::function<void()> {
        auto ws = job.workspace();
        auto history =
            ws ? analytics::loadBatteryHistory(**ws, deviceId, fromMs, toMs, job.cancelFlag())
               : Result<analytics::BatteryHistory>(ws.error());
        if (!history) {
            if (job.cancelled())
                return {};
            return [this, message = history.error().localizedMessage()] {
                emit failed(tr("Could not load the battery history"), message);
            };
        }
        auto h = std::make_shared<const analytics::BatteryHistory>(std::move(*history));
        return [this, h] { emit batteryHistoryLoaded(h); };
    });
}

BackgroundJob* WorkspaceSession::rankBatteries()
{
    // The ranking opens a read-only connection per core of its own; the queue's only
    // orders it after the other reads.
    return reads_.post(this, [this](JobContext& job) -> std::function<void()> {
        auto fleet = analytics::rankBatteryFleet(
            path_, 0, UINT64_MAX,
            [&job](std::size_t done, std::size_t total) {
                job.reportProgress(QStringLiteral("batteries"), static_cast<qint64>(done),
                                   static_cast<qint64>(total));
            },
            job.cancelFlag());
        if (!fleet) {
            if (job.cancelled())
                return {};
            return [this, message = fleet.error().localizedMessage()] {
                emit failed(tr("Could not rank the batteries"), message);
            };
        }
        auto f = std::make_shared<const std::vector<analytics::FleetBattery>>(std::move(*fleet));
        return [this, f] { emit batteryFleetLoaded(f); };
    });
}

BackgroundJob* WorkspaceSession::exportBattery(
    std::shared_ptr<const analytics::BatteryHistory> history, BatteryExport kind,
    const QString& path)
{
    return reads_.post(this, [=, this](JobContext&) -> std::function<void()> {
        const QByteArray bytes =
            kind == BatteryExport::Report
                ? report::renderBatteryReport(
                      *history,
                      QStringLiteral("PowerProof %1").arg(QCoreApplication::applicationVersion()))
                : QJsonDocument(analytics::batteryPassport(*history)).toJson();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
            return [this, path, message = file.errorString()] {
                emit failed(tr("Could not write %1").arg(path), message);
            };
        }
        return [this, path] { emit batteryExported(path); };
    });
}

BackgroundJob* WorkspaceSession::audit(lightnode::AuditDepth depth)
{
    return reads_.post(this, [this, depth](JobContext& job) -> std::function<void()> {
        auto ws = job.workspace();
        auto report =
            ws ? lightnode::auditWorkspace(
                     **ws, depth,
                     [&job](std::size_t done, std::size_t total) {
                         job.reportProgress(QStringLiteral("devices"), static_cast<qint64>(done),
                                            static_cast<qint64>(total));
                     },
                     job.cancelFlag())
               : Result<lightnode::AuditReport>(ws.error());
        if (!report) {
            if (job.cancelled())
                return {};
            return [this, message = report.error().localizedMessage()] {
                emit failed(tr("Could not re-verify the workspace"), message);
            };
        }
        auto r = std::make_shared<const lightnode::AuditReport>(std::move(*report));
        return [this, r, depth] { emit audited(r, depth); };
    });
}

BackgroundJob* WorkspaceSession::valuate(std::optional<valuation::ValuationSettings> settings)
{
    // Like the ranking, the valuation opens read-only connections of its own.
    return reads_.post(this, [this, settings](JobContext& job) -> std::function<void()> {
        auto fail = [this](const Error& e) -> std::function<void()> {
            return [this, message = e.localizedMessage()] {
                emit failed(tr("Could not value the assets"), message);
            };
        };
        auto used = settings ? Result<valuation::ValuationSettings>(*settings)
                             : valuation::loadValuationSettings(path_);
        if (!used)
            return fail(used.error());
        auto valued = valuation::valuatePortfolio(
            path_, *used, {},
            [&job](std::size_t done, std::size_t total) {
                job.reportProgress(QStringLiteral("assets"), static_cast<qint64>(done),
                                   static_cast<qint64>(total));
            },
            job.cancelFlag());
        if (!valued)
            return job.cancelled() ? std::function<void()>() : fail(valued.error());
        auto v = std::make_shared<const valuation::PortfolioValuation>(std::move(*valued));
        return [this, v, s = std::move(*used)] { emit valuationLoaded(v, s); };
    });
}

BackgroundJob* WorkspaceSession::saveValuationSettings(const valuation::ValuationSettings& settings)
{
    return writes_.post(this, [this, settings](JobContext& job) -> std::function<void()> {
        auto ws = job.workspace();
        Status st = ws ? valuation::saveValuationSettings(**ws, settings) : Status(ws.error());
        if (st)
            return {};
        return [this, message = st.error().localizedMessage()] {
            emit failed(tr("Could not keep the valuation parameters"), message);
        };
    });
}

BackgroundJob* WorkspaceSession::exportValuation(
    std::shared_ptr<const valuation::PortfolioValuation> valued, ValuationExport kind,
    const QString& path, const QByteArray& device)
{
    return reads_.post(this, [=, this](JobContext&) -> std::function<void()> {
        const valuation::PvValuation* pv = nullptr;
        for (const valuation::AssetValuation& a : valued->assets)
            if (a.info.deviceId == device && a.pv)
                pv = &*a.pv;
        QByteArray bytes;
        switch (kind) {
            case ValuationExport::Report:
                bytes = report::renderValuationReport(
                    *valued,
                    QStringLiteral("PowerProof %1").arg(QCoreApplication::applicationVersion()));
                break;
            case ValuationExport::Json:
                bytes = QJsonDocument(valuation::portfolioValuationJson(*valued)).toJson();
                break;
            case ValuationExport::PortfolioCsv:
                bytes = valuation::portfolioCsv(*valued);
                break;
            case ValuationExport::CashFlowsCsv:
                bytes = pv ? valuation::cashFlowsCsv(*pv) : QByteArray();
                break;
            case ValuationExport::SettlementCsv:
                bytes = pv ? valuation::settlementCsv(*pv) : QByteArray();
                break;
        }
        QSaveFile file(path);
        if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 ||
            !file.commit()) {
            return [this, path, message = file.errorString()] {
                emit failed(tr("Could not write %1").arg(path), message);
            };
        }
        return [this, path] { emit valuationExported(path); };
    });
}

BackgroundJob* WorkspaceSession::inspect(std::uint64_t height, std::uint64_t index)
{
    return reads_.post(this, [this, height, index](JobContext& job) -> std::function<void()> {
        if (job.cancelled())
            return {};
        auto ws = job.workspace();
        auto inspection = ws ? lightnode::inspectRecord(**ws, height, index)
                             : Result<lightnode::RecordInspection>(ws.error());
        if (!inspection) {
            return [this, message = inspection.error().localizedMessage()] {
                emit failed(tr("Could not inspect the record"), message);
            };
        }
        auto i = std::make_shared<const lightnode::RecordInspection>(std::move(*inspection));
        return [this, i] { emit inspected(i); };
    });
}

BackgroundJob* WorkspaceSession::exportEvidence(
    const evidence::Selection& selection, const QString& path,
    const std::optional<evidence::Signing>& signing,
    const std::optional<evidence::TimeStamping>& timeStamping)
{
    return reads_.post(this, [=, this](JobContext& job) -> std::function<void()> {
        auto ws = job.workspace();
        auto summary =
            ws ? evidence::exportPackage(
                     **ws, selection, path, signing, timeStamping,
                     [&job](std::uint64_t done, std::uint64_t total) {
                         job.reportProgress(tr("Building the proofs"), static_cast<qint64>(done),
                                            static_cast<qint64>(total));
                     },
                     job.cancelFlag())
               : Result<evidence::ExportSummary>(ws.error());
        if (!summary) {
            if (job.cancelled())
                return {};
            return [this, message = summary.error().localizedMessage()] {
                emit failed(tr("Could not export the evidence package"), message);
            };
        }
        auto s = std::make_shared<const evidence::ExportSummary>(std::move(*summary));
        return [this, s] { emit evidenceExported(s); };
    });
}

BackgroundJob* WorkspaceSession::sync()
{
    if (!connection_ || sync_)
        return sync_;
    sync_ = writes_.post(this,
                         [this, options = *connection_](JobContext& job) -> std::function<void()> {
                             auto ws = job.workspace();
                             auto report = std::make_shared<lightnode::SyncReport>();
                             if (!ws) {
                                 report->outcome = lightnode::SyncOutcome::Failed;
                                 report->error = ws.error();
                             } else {
                                 *report = lightnode::sync(
                                     **ws, options,
                                     [&job](const lightnode::SyncProgress& p) {
                                         job.reportProgress(QString::fromLatin1(p.stage),
                                                            static_cast<qint64>(p.done),
                                                            static_cast<qint64>(p.total));
                                     },
                                     job.cancelFlag());
                             }
                             return [this, report] {
                                 emit syncFinished(report);
                                 refresh();
                             };
                         });
    emit syncStarted(sync_);
    return sync_;
}

void WorkspaceSession::cancelSync()
{
    if (sync_)
        sync_->cancel();
}

}  // namespace pp::ui
