// fuzz-seeds URL OUTDIR [PACKAGE.zip]: writes the seed corpus of each fuzz target
// (fuzz_targets.h) from a running devnet node: its answers, headers, commits, validator
// set and genesis, the records and proofs in the answers, the SunSpec blocks and GB/T
// packets in the records, and a vehicle batch with one bad check byte; with a package,
// that package and its document too. scripts/fuzz-seeds starts the devnet; the files it writes are
// kept in tests/fuzz/corpus/NAME, named by their SHA-1 as libFuzzer names its own.

#include "evidence/zip_archive.h"
#include "merkle/proof_codec.h"
#include "net/http_client.h"
#include "net/node_client.h"
#include "records/record.h"
#include "support/record_factory.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <map>

using namespace pp;

namespace {

QString out;

void seed(const char* target, const QByteArray& bytes)
{
    const QDir dir(QDir(out).filePath(QString::fromLatin1(target)));
    QDir().mkpath(dir.path());
    QFile f(dir.filePath(
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex())));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
}

template <typename T>
T need(Result<T> r, const char* what)
{
    if (!r)
        qFatal("%s: %s", what, qPrintable(r.error().message()));
    return std::move(*r);
}

// A record, its proof and its samples, a few of each kind (packets: of each edition).
void seedEntry(const net::Entry& e, int& blocks, std::map<char, int>& packets)
{
    seed("record", e.record);
    seed("cose", e.record);
    seed("proof", merkle::encodeProof(e.proof));
    auto r = records::Record::parse(e.record, crypto::HashAlg::Sha256);
    if (!r)
        return;
    for (const QByteArray& s : r->body.binarySamples) {
        if (r->body.type == records::RecordType::PvBatch && blocks++ < 6)
            seed("sunspec", s);
        if (r->body.type == records::RecordType::VehicleBatch && !s.isEmpty() &&
            packets[s.front()]++ < 6)
            seed("gbt32960", s);
    }
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: fuzz-seeds URL OUTDIR [PACKAGE.zip]\n");
        return 1;
    }
    out = args[2];
    auto node = need(net::NodeClient::connect(args[1], {}), "connect");

    const QByteArray genesis = need(node->genesis(), "genesis");
    seed("chain_documents", genesis);
    seed("cbor", genesis);
    for (std::uint64_t h = 1; h <= 3; ++h) {
        seed("header", need(node->header(h), "header").encode());
        const QByteArray commit = need(node->commit(h), "commit").encode();
        seed("chain_documents", commit);
        seed("cbor", commit);
    }
    const QByteArray validators = need(node->validators(1), "validators");
    seed("chain_documents", validators);
    seed("cbor", validators);
    const std::uint64_t tip = need(node->status(), "status").tipHeight;
    seed("proof", merkle::encodeProof(need(node->historyInclusion(1, tip), "history proof")));

    int blocks = 0;
    std::map<char, int> packets;
    const QByteArray registrations = need(
        node->http().get({QStringLiteral("/v1/registrations?after=0"), 1 << 24}), "registrations");
    seed("node_answer", registrations);
    for (const net::Entry& e : need(net::decodeEntries(registrations, {}), "registrations")) {
        auto r = records::Record::parse(e.record, crypto::HashAlg::Sha256);
        if (!r || !r->body.assetClass)
            continue;
        if (const cbor::Value* key = r->body.meta.find(u"frame_key"); key && key->isBytes())
            seed("frame_key", key->byteString());
        // Three records of the device, as one answer and one by one.
        const QByteArray answer =
            need(node->http().get({QStringLiteral("/v1/records?device=%1&from=0&to=%2&limit=3")
                                       .arg(toHex(r->body.deviceId))
                                       .arg(INT64_MAX),
                                   1 << 24}),
                 "records");
        seed("node_answer", answer);
        for (const net::Entry& entry : need(net::decodeEntries(answer, {}), "records"))
            seedEntry(entry, blocks, packets);
    }
    // A terminal's batch with one packet whose check byte is wrong (spec §8: kept).
    const auto key = need(crypto::PrivateKey::generate(crypto::SigAlg::Ed25519), "key");
    const QByteArray vin("LPPDEMO0000000001");
    auto batch = records::Record::parse(
        test::vehicleBatch(QByteArray(16, '\x01'), key, 1, vin, 3, 1), crypto::HashAlg::Sha256);
    for (const QByteArray& packet : need(std::move(batch), "vehicle batch").body.binarySamples)
        seed("gbt32960", packet);

    if (args.size() > 3) {
        QFile package(args[3]);
        if (!package.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(args[3]));
        seed("evidence_package", package.readAll());
        auto zip = need(evidence::readZip(args[3]), "package");
        seed("evidence_document", zip.files.at(QStringLiteral("data/evidence.cbor")));
    }
    return 0;
}
