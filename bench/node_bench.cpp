#include "node_bench.h"

#include "node/devnet.h"
#include "node/ledger.h"
#include "raw_openssl.h"
#include "records/record.h"

#include <QTemporaryDir>

#include <chrono>
#include <thread>

namespace pp::bench {

namespace {

constexpr int kDevices = 20;
constexpr int kRecordsPerDevice = 400;
constexpr std::size_t kBatch = 1000;
constexpr std::uint64_t kStart = 1767225600000ULL;

QByteArray deviceId(int d)
{
    return QByteArray(12, '\x0d') + QByteArray::number(1000 + d);
}

// A battery batch of an hour of minute samples: a realistic record, about 1.9 KB.
QByteArray batteryBatch(const crypto::PrivateKey& key, int d, std::uint64_t seq)
{
    records::RecordBody b;
    b.type = records::RecordType::BatteryBatch;
    b.deviceId = deviceId(d);
    b.seq = seq;
    b.timeMs = kStart + seq * 3600000;
    b.intervalS = 60;
    for (int i = 0; i < 60; ++i)
        b.batterySamples.push_back({51200 - i, -12000, 830 - i, 970, 312, 298, 3215, 3198, 412, 0});
    return *records::signRecord(b, key, deviceId(d));
}

}  // namespace

std::vector<Row> benchNode()
{
    QTemporaryDir dir;
    auto devnet = node::createDevnet({});
    auto store = node::NodeStore::open(dir.filePath(QStringLiteral("node.db")));
    auto ledger = node::Ledger::open(std::move(*store), devnet->genesis, devnet->validatorKeys);

    std::vector<crypto::PrivateKey> keys;
    std::vector<QByteArray> registrations;
    for (int d = 0; d < kDevices; ++d) {
        keys.push_back(
            *crypto::PrivateKey::fromSeed(crypto::SigAlg::Ed25519, QByteArray::number(d)));
        records::RecordBody r;
        r.type = records::RecordType::Registration;
        r.deviceId = deviceId(d);
        r.seq = static_cast<std::uint64_t>(d);
        r.timeMs = kStart;
        r.assetClass = records::AssetClass::Battery;
        r.deviceKey = keys.back().publicKey();
        r.meta = cbor::Value::map({});
        registrations.push_back(*records::signRecord(
            r, devnet->registrar, devnet->registrar.publicKey().keyId(crypto::HashAlg::Sha256)));
    }
    ledger->submitBatch(registrations);
    (void)ledger->produceBlock(kStart + 1);
    std::vector<QByteArray> records;  // interleaved across devices, in seq order per device
    for (int s = 0; s < kRecordsPerDevice; ++s) {
        for (int d = 0; d < kDevices; ++d)
            records.push_back(
                batteryBatch(keys[static_cast<std::size_t>(d)], d, static_cast<std::uint64_t>(s)));
    }

    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    std::uint64_t blockTime = kStart + 2;
    std::size_t accepted = 0;
    for (std::size_t i = 0; i < records.size(); i += kBatch) {
        const std::vector<QByteArray> batch(
            records.begin() + static_cast<std::ptrdiff_t>(i),
            records.begin() + static_cast<std::ptrdiff_t>(std::min(records.size(), i + kBatch)));
        for (const node::Admission& a : ledger->submitBatch(batch))
            accepted += a.status == node::Admission::Accepted ? 1 : 0;
        (void)ledger->produceBlock(blockTime++);
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (accepted != records.size())
        qFatal("benchmark records were refused: %zu of %zu accepted", accepted, records.size());

    // The raw reference: OpenSSL verifying the same kind of signature over a message the
    // size of an average record, one core, times cores.
    RawVerifier raw(crypto::SigAlg::Ed25519, *keys[0].toPem());
    qsizetype recordBytes = 0;
    for (const QByteArray& r : records)
        recordBytes += r.size();
    const QByteArray msg(recordBytes / static_cast<qsizetype>(records.size()), 'm');
    const QByteArray sig = *keys[0].sign(msg);
    raw.requireValid(msg, sig);
    const double rawRate = opsPerSecond([&] { raw.verify(msg, sig); }, 1.0);
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    return {{QStringLiteral("node ingest, records/s (verified, stored)"), records.size() / seconds,
             rawRate * cores,
             QStringLiteral("raw Ed25519 verify/s x %1 cores (%2 B)").arg(cores).arg(msg.size()),
             0.70}};
}

}  // namespace pp::bench
