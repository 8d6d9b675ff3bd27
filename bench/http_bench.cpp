#include "http_bench.h"

#include "cbor/decoder.h"
#include "node/devnet.h"
#include "node/ledger.h"
#include "records/record.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>

#include <chrono>

namespace pp::bench {

namespace {

constexpr std::uint64_t kBlocks = 20000;
constexpr int kRecords = 10000;
constexpr std::uint64_t kStart = 1767225600000ULL;
const QByteArray kDevice(16, '\x77');

QByteArray get(QNetworkAccessManager& net, const QString& url)
{
    QNetworkReply* reply = net.get(QNetworkRequest(QUrl(url)));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

// Builds the chain in-process, then closes it for the node to serve.
void buildChain(const QString& dir)
{
    const auto devnet = *node::createDevnet({});
    (void)node::saveDevnet(devnet, dir);
    auto ledger = node::Ledger::open(*node::NodeStore::open(dir + QStringLiteral("/node.db")),
                                     devnet.genesis, devnet.validatorKeys);
    const auto device = *crypto::PrivateKey::fromSeed(crypto::SigAlg::Ed25519, "http bench device");
    records::RecordBody reg;
    reg.type = records::RecordType::Registration;
    reg.deviceId = kDevice;
    reg.timeMs = kStart;
    reg.assetClass = records::AssetClass::Battery;
    reg.deviceKey = device.publicKey();
    reg.meta = cbor::Value::map({});
    ledger->submit(*records::signRecord(
        reg, devnet.registrar, devnet.registrar.publicKey().keyId(crypto::HashAlg::Sha256)));
    std::vector<QByteArray> batch;
    for (int seq = 0; seq < kRecords; ++seq) {
        records::RecordBody b;
        b.type = records::RecordType::BatteryBatch;
        b.deviceId = kDevice;
        b.seq = static_cast<std::uint64_t>(seq);
        b.timeMs = kStart + b.seq * 60000;
        b.intervalS = 60;
        b.batterySamples = {{}};
        b.batterySamples[0].fill(static_cast<std::int64_t>(b.seq));
        batch.push_back(*records::signRecord(b, device, kDevice));
        if (batch.size() == 1000) {
            ledger->submitBatch(batch);
            batch.clear();
            (void)ledger->produceBlock(kStart + ledger->tipHeight() + 1);
        }
    }
    while (ledger->tipHeight() < kBlocks)
        (void)ledger->produceBlock(kStart + ledger->tipHeight() + 1);
}

}  // namespace

std::vector<Row> benchHttp()
{
    QTemporaryDir dir;
    buildChain(dir.path());
    QProcess node;
    node.start(QStringLiteral(POWERPROOF_NODE),
               {QStringLiteral("run"), dir.path(), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0"), QStringLiteral("--block-interval-ms"),
                QStringLiteral("3600000")});
    node.waitForReadyRead(30000);
    const QString base = QString::fromUtf8(node.readLine()).trimmed().mid(13);
    QNetworkAccessManager net;
    using Clock = std::chrono::steady_clock;

    std::uint64_t headers = 0;
    const auto h0 = Clock::now();
    for (int round = 0; round < 3; ++round) {
        for (std::uint64_t from = 0; from <= kBlocks; from += 4096)
            headers += static_cast<std::uint64_t>(
                get(net, base + QStringLiteral("/v1/headers?from=%1&count=4096").arg(from)).size() /
                214);
    }
    const double headerSeconds = std::chrono::duration<double>(Clock::now() - h0).count();

    std::uint64_t entries = 0;
    const auto e0 = Clock::now();
    for (int round = 0; round < 3; ++round) {
        const QByteArray body = get(net, base + QStringLiteral("/v1/records?device=") +
                                             toHex(kDevice) + QStringLiteral("&limit=10000"));
        entries += cbor::decode(body)->size();
    }
    const double entrySeconds = std::chrono::duration<double>(Clock::now() - e0).count();
    node.terminate();
    node.waitForFinished(10000);
    return {{QStringLiteral("GET /v1/headers, headers/s over loopback"), headers / headerSeconds, 0,
             QString(), 0},
            {QStringLiteral("GET /v1/records, entries/s with proofs"), entries / entrySeconds, 0,
             QString(), 0}};
}

}  // namespace pp::bench
