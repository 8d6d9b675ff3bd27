#include "run_command.h"
#include "command_line.h"

#include "node/api_server.h"
#include "node/devnet.h"
#include "node/server_tls.h"
#include "termination.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QTextStream>
#include <QTimer>

namespace pp::nodeapp {

namespace {

// Schedules the set `validators rotate` left in the directory, once. True when the next
// block will announce it.
bool pickUpScheduledSet(const QString& dir, node::Ledger& ledger, QTextStream& err)
{
    if (ledger.changeScheduled())
        return true;
    QFile file(node::scheduledSetPath(dir));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    auto set = chain::ValidatorSet::decode(file.readAll(), ledger.genesis().hashAlg());
    auto devnet = node::loadDevnet(dir);  // the rotation may have added keys
    Status st = !set      ? Status(set.error())
                : !devnet ? Status(devnet.error())
                          : ledger.scheduleValidatorSet(std::move(*set), devnet->validatorKeys);
    if (!st) {
        err << QCoreApplication::translate("node", "error: %1: %2")
                   .arg(file.fileName(), st.error().message())
            << Qt::endl;
        file.rename(file.fileName() + QStringLiteral(".rejected"));
        return false;
    }
    return true;
}

}  // namespace

int run(const QStringList& args)
{
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("node", "Serve a devnet over HTTP and produce its blocks."));
    parser.addOptions({
        {QStringLiteral("listen"),
         QCoreApplication::translate(
             "node", "Address and port (port 0: any free one; default from devnet.json)."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("block-interval-ms"),
         QCoreApplication::translate(
             "node", "Milliseconds between blocks (default: the genesis interval)."),
         QStringLiteral("MS")},
        {QStringLiteral("max-connections"),
         QCoreApplication::translate("node",
                                     "Clients served at once; more get 503 busy (default 64)."),
         QStringLiteral("N"), QString::number(node::ApiServer::kDefaultMaxConnections)},
        {QStringLiteral("request-timeout-ms"),
         QCoreApplication::translate(
             "node",
             "A connection must send a whole request within this long of opening or "
             "of its last answer, or it is closed (default 30000)."),
         QStringLiteral("MS"), QString::number(node::ApiServer::kDefaultRequestTimeoutMs)},
        {QStringLiteral("tls-cert"),
         QCoreApplication::translate("node", "Serve HTTPS with this PEM certificate (chain)."),
         QStringLiteral("FILE")},
        {QStringLiteral("tls-key"),
         QCoreApplication::translate("node", "The PEM private key of --tls-cert."),
         QStringLiteral("FILE")},
        {QStringLiteral("tls-client-ca"),
         QCoreApplication::translate(
             "node", "Require client certificates issued by this PEM CA (mutual TLS)."),
         QStringLiteral("FILE")},
        {QStringLiteral("corrupt-headers"),
         QCoreApplication::translate("node",
                                     "Misbehave: serve headers whose records_root is altered.")},
        {QStringLiteral("corrupt-commits"),
         QCoreApplication::translate("node",
                                     "Misbehave: serve commits with a bad first signature.")},
        {QStringLiteral("corrupt-records"),
         QCoreApplication::translate("node", "Misbehave: serve records with altered signatures.")},
        {QStringLiteral("corrupt-proofs"),
         QCoreApplication::translate("node",
                                     "Misbehave: serve Merkle proofs with an altered hash.")},
        {QStringLiteral("misorder-records"),
         QCoreApplication::translate("node", "Misbehave: serve device records out of seq order.")},
        {QStringLiteral("omit-validator-changes"),
         QCoreApplication::translate("node",
                                     "Misbehave: answer /v1/validator-changes with nothing.")},
        {QStringLiteral("delay-ms"),
         QCoreApplication::translate("node", "Misbehave: answer every request late."),
         QStringLiteral("MS")},
        {QStringLiteral("equivocate-from"),
         QCoreApplication::translate("node",
                                     "Misbehave: serve a conflicting branch from height H, "
                                     "signed by the validators."),
         QStringLiteral("H")},
    });
    if (auto stop = parseCommandLine(parser, QStringLiteral("run"), args))
        return *stop;
    const QString dir = parser.positionalArguments().first();
    auto config = node::loadDevnetConfig(dir);
    if (!config) {
        err << QCoreApplication::translate("node", "error: %1")
                   .arg(config.error().localizedMessage())
            << '\n';
        return 1;
    }
    const QString listen = parser.isSet(QStringLiteral("listen"))
                               ? parser.value(QStringLiteral("listen"))
                               : config->listen;
    const qsizetype colon = listen.lastIndexOf(u':');
    const QHostAddress address(listen.left(colon));
    const std::uint64_t port =
        colon > 0 ? parseUInt64(QStringView(listen).sliced(colon + 1)).value_or(65536) : 65536;
    if (port > 65535 || address.isNull()) {
        err << QCoreApplication::translate("node", "error: --listen must be HOST:PORT, not %1")
                   .arg(listen)
            << '\n';
        return 1;
    }

    auto devnet = node::loadDevnet(dir);
    // One writer per chain: `simulate` takes the same lock while it writes history.
    QLockFile lock(QDir(dir).filePath(QStringLiteral("node.lock")));
    if (devnet && !lock.tryLock(0)) {
        err << QCoreApplication::translate(
                   "node", "error: %1 is in use by another node or a running simulation")
                   .arg(dir)
            << '\n';
        return 1;
    }
    auto store = devnet ? node::NodeStore::open(QDir(dir).filePath(QStringLiteral("node.db")))
                        : Result<node::NodeStore>(devnet.error());
    auto ledger =
        store ? node::Ledger::open(std::move(*store), devnet->genesis, devnet->validatorKeys)
              : Result<node::Ledger>(store.error());
    if (!ledger) {
        err << QCoreApplication::translate("node", "error: %1")
                   .arg(ledger.error().localizedMessage())
            << '\n';
        return 1;
    }
    auto tsa = crypto::TimeStampAuthority::create(devnet->tsa.certificatePem, devnet->tsa.key,
                                                  devnet->rootCa.certificatePem);
    if (!tsa) {
        err << QCoreApplication::translate("node", "error: %1").arg(tsa.error().localizedMessage())
            << '\n';
        return 1;
    }
    std::optional<QSslConfiguration> tls;
    const bool wantsTls = parser.isSet(QStringLiteral("tls-cert")) ||
                          parser.isSet(QStringLiteral("tls-key")) ||
                          parser.isSet(QStringLiteral("tls-client-ca"));
    if (wantsTls &&
        (!parser.isSet(QStringLiteral("tls-cert")) || !parser.isSet(QStringLiteral("tls-key")))) {
        err << QCoreApplication::translate("node", "error: --tls-cert and --tls-key go together")
            << '\n';
        return 1;
    }
    if (wantsTls) {
        auto configured = node::serverTls(parser.value(QStringLiteral("tls-cert")),
                                          parser.value(QStringLiteral("tls-key")),
                                          parser.value(QStringLiteral("tls-client-ca")));
        if (!configured) {
            err << QCoreApplication::translate("node", "error: TLS: %1")
                       .arg(configured.error().localizedMessage())
                << '\n';
            return 1;
        }
        tls = std::move(*configured);
    }
    node::Misbehaviour lies;
    lies.corruptHeaders = parser.isSet(QStringLiteral("corrupt-headers"));
    lies.corruptCommits = parser.isSet(QStringLiteral("corrupt-commits"));
    lies.corruptRecords = parser.isSet(QStringLiteral("corrupt-records"));
    lies.misorderRecords = parser.isSet(QStringLiteral("misorder-records"));
    lies.corruptProofs = parser.isSet(QStringLiteral("corrupt-proofs"));
    lies.omitValidatorChanges = parser.isSet(QStringLiteral("omit-validator-changes"));
    lies.delayMs = parser.value(QStringLiteral("delay-ms")).toInt();
    if (parser.isSet(QStringLiteral("equivocate-from")))
        lies.equivocateFrom = parser.value(QStringLiteral("equivocate-from")).toULongLong();
    node::ApiServer api(*ledger, devnet->genesis.fields().name + QStringLiteral(" node"),
                        std::move(*tsa), lies);
    node::ConnectionRules rules;
    rules.maxConnections = parser.value(QStringLiteral("max-connections")).toInt();
    rules.requestTimeoutMs = parser.value(QStringLiteral("request-timeout-ms")).toInt();
    const quint16 bound =
        rules.maxConnections > 0 && rules.requestTimeoutMs > 0
            ? api.listen(address, static_cast<quint16>(port), rules, std::move(tls))
            : 0;
    if (bound == 0) {
        err << QCoreApplication::translate("node", "error: cannot listen on %1").arg(listen)
            << '\n';
        return 1;
    }
    // The first line of output names the URL: tests and scripts read it to find the port.
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    out << "listening on " << (wantsTls ? "https" : "http") << "://" << host << ':' << bound
        << Qt::endl;
    if (lies.any())
        err << QCoreApplication::translate("node", "misbehaving on purpose: %1")
                   .arg(lies.describe())
            << Qt::endl;

    // Blocks carry what was submitted; an idle chain still gets a block every ten
    // intervals so that its tip time stays fresh.
    const std::uint64_t interval =
        parser.isSet(QStringLiteral("block-interval-ms"))
            ? parser.value(QStringLiteral("block-interval-ms")).toULongLong()
            : devnet->genesis.fields().blockIntervalMs;
    int idleTicks = 0;
    QTimer producer;
    QObject::connect(&producer, &QTimer::timeout, [&] {
        const bool announcing = pickUpScheduledSet(dir, *ledger, err);
        if (!announcing && ledger->pendingCount() == 0 && ++idleTicks < 10)
            return;
        idleTicks = 0;
        const auto now = static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch());
        if (auto st = ledger->produceBlock(now); !st) {
            err << QCoreApplication::translate("node", "error: block production: %1")
                       .arg(st.error().message())
                << Qt::endl;
            return;
        }
        // The file has done its work once the block that announces the set is stored.
        if (announcing) {
            QFile::rename(node::scheduledSetPath(dir),
                          node::scheduledSetPath(dir) +
                              QStringLiteral(".announced-at-%1").arg(ledger->tipHeight()));
        }
    });
    producer.start(static_cast<int>(std::max<std::uint64_t>(interval, 10)));
    Termination termination;
    return QCoreApplication::exec();
}

}  // namespace pp::nodeapp
