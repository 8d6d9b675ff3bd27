#include "sync_command.h"

#include "arguments.h"
#include "lightnode/light_client.h"
#include "workspace_access.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pp::cli {

namespace {

QJsonObject reportJson(const lightnode::SyncReport& r)
{
    QJsonObject findings;
    for (const auto& [code, n] : r.findings)
        findings.insert(code, static_cast<double>(n));
    QJsonArray witnesses;
    for (const lightnode::WitnessState& w : r.witnesses)
        witnesses.append(QJsonObject{{QStringLiteral("url"), w.url},
                                     {QStringLiteral("status"), w.status},
                                     {QStringLiteral("detail"), w.detail.english()}});
    QJsonValue fork = QJsonValue::Null;
    if (r.fork) {
        fork = QJsonObject{
            {QStringLiteral("height"), static_cast<double>(r.fork->height)},
            {QStringLiteral("witness"), r.fork->witness},
            {QStringLiteral("primary_hash"), toHex(r.fork->hashA)},
            {QStringLiteral("witness_hash"), toHex(r.fork->hashB)},
            {QStringLiteral("double_signers"),
             QJsonArray::fromStringList(
                 r.fork->doubleSigners.split(QStringLiteral(", "), Qt::SkipEmptyParts))},
        };
    }
    QJsonObject o{{QStringLiteral("chain_id"), toHex(r.chainId)},
                  {QStringLiteral("tip_height"), static_cast<double>(r.tipHeight)},
                  {QStringLiteral("tip_hash"), toHex(r.tipHash)},
                  {QStringLiteral("headers_verified"), static_cast<double>(r.headersVerified)},
                  {QStringLiteral("records_verified"), static_cast<double>(r.records.verified)},
                  {QStringLiteral("records_rejected"), static_cast<double>(r.records.rejected)},
                  {QStringLiteral("records_in_holes"), static_cast<double>(r.records.filled)},
                  {QStringLiteral("not_synced"), notSyncedJson(r.notSynced)},
                  {QStringLiteral("findings"), findings},
                  {QStringLiteral("witnesses"), witnesses},
                  {QStringLiteral("fork"), fork}};
    if (r.error) {
        o.insert(QStringLiteral("error"), r.error->message());
        o.insert(QStringLiteral("code"), QString::fromLatin1(r.error->code()));
    }
    return o;
}

}  // namespace

QString SyncCommand::summary() const
{
    return tr("Verify a chain and its devices' records into a workspace.");
}

void SyncCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOptions({
        {QStringLiteral("node"), tr("The primary node's URL (http:// or https://)."),
         QStringLiteral("URL")},
        {QStringLiteral("witness"), tr("A witness node to cross-check against; repeatable."),
         QStringLiteral("URL")},
        {QStringLiteral("chain-id"),
         tr("The chain you trust (64 hex digits); required the first time, stored after."),
         QStringLiteral("HEX")},
        {QStringLiteral("headers"),
         tr("full: every header by hash links; tip: only the headers records need, proven "
            "against the tip."),
         QStringLiteral("MODE"), QStringLiteral("full")},
        {QStringLiteral("device"), tr("Only this device (32 hex digits); repeatable."),
         QStringLiteral("HEX")},
        {QStringLiteral("from"), tr("Records from this time (ISO 8601)."), QStringLiteral("ISO")},
        {QStringLiteral("to"), tr("Records before this time (ISO 8601)."), QStringLiteral("ISO")},
        {QStringLiteral("ca-file"), tr("Trust this PEM CA bundle instead of the system's."),
         QStringLiteral("FILE")},
        {QStringLiteral("pin"), tr("Pin the node's public key (sha256//BASE64, as curl)."),
         QStringLiteral("PIN")},
        {QStringLiteral("client-cert"), tr("Client certificate (PEM) for mutual TLS."),
         QStringLiteral("FILE")},
        {QStringLiteral("client-key"), tr("Client private key (PEM) for mutual TLS."),
         QStringLiteral("FILE")},
        {QStringLiteral("timeout-ms"), tr("Per-request timeout."), QStringLiteral("MS"),
         QStringLiteral("60000")},
        {QStringLiteral("json"), tr("Print one JSON object.")},
    });
}

int SyncCommand::execute(const QCommandLineParser& parser)
{
    if (const QString missing = missingOption(parser, {"db", "node"}); !missing.isEmpty())
        return usageError(tr("--%1 is required").arg(missing));
    lightnode::SyncOptions o;
    auto node = parseNodeUrlOption(QStringLiteral("node"), parser.value(QStringLiteral("node")));
    if (!node)
        return usageError(node.error().localizedMessage());
    o.node = *node;
    for (const QString& witness : parser.values(QStringLiteral("witness"))) {
        auto url = parseNodeUrlOption(QStringLiteral("witness"), witness);
        if (!url)
            return usageError(url.error().localizedMessage());
        o.witnesses << *url;
    }
    if (parser.isSet(QStringLiteral("chain-id"))) {
        auto id =
            parseDigestOption(QStringLiteral("chain-id"), parser.value(QStringLiteral("chain-id")));
        if (!id)
            return usageError(id.error().localizedMessage());
        o.chainId = *id;
    }
    const QString mode = parser.value(QStringLiteral("headers"));
    if (mode != u"full" && mode != u"tip")
        return usageError(tr("--headers must be full or tip"));
    o.headers = mode == u"full" ? lightnode::HeaderMode::Full : lightnode::HeaderMode::TipOnly;
    for (const QString& hex : parser.values(QStringLiteral("device"))) {
        auto id = parseDeviceOption(QStringLiteral("device"), hex);
        if (!id)
            return usageError(id.error().localizedMessage());
        o.devices.push_back(*id);
    }
    auto window = parseWindowOptions(parser);
    auto timeout =
        parseUInt64Option(QStringLiteral("timeout-ms"), parser.value(QStringLiteral("timeout-ms")));
    if (const Error* e = firstError(window, timeout))
        return usageError(e->localizedMessage());
    // 0 would mean no timeout to libcurl: a hung node would hang the sync.
    if (*timeout == 0)
        return usageError(tr("--timeout-ms must be at least 1"));
    o.fromMs = window->first;
    o.toMs = window->second;
    o.http.timeoutMs = static_cast<int>(std::min<std::uint64_t>(*timeout, INT32_MAX));
    o.http.tls = {parser.value(QStringLiteral("ca-file")), parser.value(QStringLiteral("pin")),
                  parser.value(QStringLiteral("client-cert")),
                  parser.value(QStringLiteral("client-key"))};

    const QString path = parser.value(QStringLiteral("db"));
    const bool created = !QFileInfo::exists(path);
    lightnode::SyncReport r;
    bool holdsChain = false;
    {
        auto workspace = store::Workspace::open(path);
        if (!workspace) {
            err() << tr("error: %1").arg(workspace.error().localizedMessage()) << '\n';
            return kExitFailure;
        }
        // Progress on stderr: each stage as it starts, and counts at most twice a second.
        QElapsedTimer since;
        since.start();
        QString lastStage;
        auto progress = [&](const lightnode::SyncProgress& p) {
            const QString stage = QString::fromLatin1(p.stage);
            if (stage == lastStage && since.elapsed() < 500 && p.done != p.total)
                return;
            since.restart();
            lastStage = stage;
            err() << tr("%1: %2 of %3").arg(stage).arg(p.done).arg(p.total) << '\n' << Qt::flush;
        };
        r = lightnode::sync(*workspace, o, progress);
        // A sync that failed before it verified a tip reports what the workspace holds
        // verified from before, not zeros.
        auto tip = workspace->chain().tip();
        auto genesis = workspace->chain().trustedGenesis();
        holdsChain = tip && *tip;
        if (holdsChain && genesis && r.tipHash == Digest{}) {
            r.chainId = genesis->chainId();
            r.tipHeight = (*tip)->header.height;
            r.tipHash = (*tip)->hash;
        }
    }
    // A first sync that verified nothing leaves no empty workspace behind.
    if (created && !holdsChain) {
        for (const char* suffix : {"", "-wal", "-shm", ".lock"})
            QFile::remove(path + QLatin1String(suffix));
    }

    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(reportJson(r)).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out() << tr("chain     %1").arg(toHex(r.chainId)) << '\n'
              << tr("tip       height %1  %2").arg(r.tipHeight).arg(toHex(r.tipHash)) << '\n'
              << tr("headers   %1 verified").arg(r.headersVerified) << '\n'
              << tr("records   %1 verified, %2 rejected")
                     .arg(r.records.verified)
                     .arg(r.records.rejected)
              << '\n';
        if (r.records.filled > 0)
            out() << tr("records   %1 of them from time earlier windowed syncs left out")
                         .arg(r.records.filled)
                  << '\n';
        for (const auto& [code, n] : r.findings)
            out() << tr("finding   %1: %2").arg(code).arg(n) << '\n';
        for (const lightnode::WitnessState& w : r.witnesses)
            out() << tr("witness   %1: %2 (%3)").arg(w.url, w.status, w.detail.localized()) << '\n';
        for (const QString& line : notSyncedLines(r.notSynced))
            out() << line << '\n';
    }
    if (r.error)
        err() << (r.outcome == lightnode::SyncOutcome::InvalidData ? tr("INVALID: %1")
                  : r.outcome == lightnode::SyncOutcome::Fork      ? tr("FORK: %1")
                                                                   : tr("error: %1"))
                     .arg(r.error->localizedMessage())
              << '\n';
    return static_cast<int>(r.outcome);
}

}  // namespace pp::cli
