#include "status_command.h"

#include "lightnode/sync_coverage.h"
#include "workspace_access.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pp::cli {

QString StatusCommand::summary() const
{
    return tr("Show a workspace: chain, verified tip, counts, witnesses, fork.");
}

void StatusCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
}

int StatusCommand::execute(const QCommandLineParser& parser)
{
    auto ws = openExistingWorkspace(parser);
    if (!ws)
        return usageError(ws.error().localizedMessage());
    auto chainId = ws->chain().chainId();
    auto tip = ws->chain().tip();
    auto synced = ws->chain().headersSynced();
    auto devices = ws->registrations().devices();
    auto records = ws->records().count();
    auto registrations = ws->registrations().count();
    auto findings = ws->findings().counts();
    auto witnesses = ws->network().witnesses();
    auto fork = ws->network().fork();
    auto notSynced = lightnode::uncoveredTime(*ws);
    if (const Error* e = firstError(chainId, tip, synced, devices, records, registrations, findings,
                                    witnesses, fork, notSynced)) {
        err() << tr("error: %1").arg(e->localizedMessage()) << '\n';
        return kExitFailure;
    }
    QJsonObject counts;
    for (const auto& [code, n] : *findings)
        counts.insert(code, static_cast<double>(n));
    QJsonArray ws_;
    for (const store::WitnessRow& w : *witnesses)
        ws_.append(QJsonObject{{QStringLiteral("url"), w.url},
                               {QStringLiteral("status"), w.status},
                               {QStringLiteral("detail"), w.detail.english()}});
    const QJsonObject o{
        {QStringLiteral("chain_id"), *chainId ? toHex(**chainId) : QString()},
        {QStringLiteral("tip_height"), *tip ? static_cast<double>((*tip)->header.height) : -1},
        {QStringLiteral("tip_hash"), *tip ? toHex((*tip)->hash) : QString()},
        {QStringLiteral("tip_time"), *tip ? isoTime((*tip)->header.timeMs) : QString()},
        {QStringLiteral("headers_synced_to"), *synced ? static_cast<double>(**synced) : -1},
        {QStringLiteral("devices"), static_cast<double>(devices->size())},
        {QStringLiteral("records"), static_cast<double>(*records)},
        {QStringLiteral("registrations"), static_cast<double>(*registrations)},
        {QStringLiteral("findings"), counts},
        {QStringLiteral("witnesses"), ws_},
        {QStringLiteral("fork"),
         *fork ? QJsonValue(static_cast<double>((*fork)->height)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("not_synced"), notSyncedJson(*notSynced)}};
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return kExitOk;
    }
    out() << tr("chain     %1").arg(o[u"chain_id"].toString()) << '\n';
    if (*tip)
        out() << tr("tip       height %1  %2  %3")
                     .arg((*tip)->header.height)
                     .arg(toHex((*tip)->hash), isoTime((*tip)->header.timeMs))
              << '\n';
    else
        out() << tr("tip       none verified yet") << '\n';
    if (*synced)
        out() << tr("headers   all verified up to height %1").arg(**synced) << '\n';
    out() << tr("devices   %1").arg(devices->size()) << '\n'
          << tr("records   %1 verified, and %2 registrations and revocations")
                 .arg(*records)
                 .arg(*registrations)
          << '\n';
    for (const auto& [code, n] : *findings)
        out() << tr("finding   %1: %2").arg(code).arg(n) << '\n';
    for (const store::WitnessRow& w : *witnesses)
        out() << tr("witness   %1: %2 (%3)").arg(w.url, w.status, w.detail.localized()) << '\n';
    if (*fork)
        out() << tr("FORK      at height %1 with %2; double signers: %3")
                     .arg((*fork)->height)
                     .arg((*fork)->witness, (*fork)->doubleSigners)
              << '\n';
    for (const QString& line : notSyncedLines(*notSynced))
        out() << line << '\n';
    return kExitOk;
}

}  // namespace pp::cli
