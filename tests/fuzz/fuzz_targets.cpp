#include "fuzz_targets.h"

#include "cbor/decoder.h"
#include "cbor/writer.h"
#include "chain/commit.h"
#include "chain/genesis.h"
#include "chain/header.h"
#include "chain/validator_set.h"
#include "cose/sign1.h"
#include "crypto/frame_signature.h"
#include "evidence/evidence_document.h"
#include "evidence/evidence_package.h"
#include "merkle/proof_codec.h"
#include "net/node_client.h"
#include "records/gbt32960.h"
#include "records/payload.h"
#include "records/record.h"
#include "records/sunspec.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace pp::fuzz {

namespace {

QByteArrayView view(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)};
}

// A round trip that changes what was accepted is a decoder bug as surely as a crash.
void require(bool holds, const char* what)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz: %s\n", what);
        std::abort();
    }
}

void cborValue(const std::uint8_t* data, std::size_t size)
{
    auto v = cbor::decode(view(data, size));
    if (!v)
        return;
    // The decoder accepts deterministic encodings only (spec §2), so what it accepted is
    // what encoding its value gives.
    require(cbor::encode(*v) == view(data, size), "cbor: a decoded value encodes differently");
}

void coseSign1(const std::uint8_t* data, std::size_t size)
{
    (void)cose::parseSign1(view(data, size));
}

void chainHeader(const std::uint8_t* data, std::size_t size)
{
    auto h = chain::Header::decode(view(data, size));
    if (h)
        require(h->encode() == view(data, size), "header: a decoded header encodes differently");
}

// Commits, validator sets and genesis documents: what the chain's history is judged by.
void chainDocuments(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes = view(data, size);
    if (auto c = chain::Commit::decode(bytes))
        require(chain::Commit::decode(c->encode()).ok(), "commit: its encoding does not decode");
    (void)chain::ValidatorSet::decode(bytes, crypto::HashAlg::Sha256);
    (void)chain::ValidatorSet::decode(bytes, crypto::HashAlg::Sm3);
    (void)chain::Genesis::decode(bytes);
}

void merkleProof(const std::uint8_t* data, std::size_t size)
{
    auto p = merkle::decodeProof(view(data, size));
    if (!p)
        return;
    require(merkle::encodeProof(*p) == view(data, size),
            "proof: a decoded proof encodes differently");
}

// A whole record: COSE, its body, and every sample its type carries.
void record(const std::uint8_t* data, std::size_t size)
{
    for (crypto::HashAlg alg : {crypto::HashAlg::Sha256, crypto::HashAlg::Sm3}) {
        auto r = records::Record::parse(view(data, size), alg);
        if (!r)
            continue;
        const records::Payload p = records::Payload::decode(r->body);
        for (std::size_t i = 0; i < r->body.binarySamples.size(); ++i)
            (void)p.decoded(i);
    }
}

void sunspecBlock(const std::uint8_t* data, std::size_t size)
{
    auto b = records::sunspec::InverterBlock::decode(view(data, size));
    if (!b)
        return;
    for (const char* point : {"W", "WH", "A", "PhVphA", "Hz", "TmpCab", "St", "Evt1"})
        (void)b->value(QString::fromLatin1(point));
}

void gbt32960Packet(const std::uint8_t* data, std::size_t size)
{
    auto p = records::gbt32960::decode(view(data, size));
    if (!p)
        return;
    (void)records::gbt32960::quantities(*p);
    (void)records::gbt32960::fields(*p);
    (void)records::gbt32960::signedBytes(view(data, size), *p);
    auto again = records::gbt32960::decode(records::gbt32960::encode(*p));
    require(again && *again == *p, "gbt32960: a decoded packet encodes differently");
}

// A vehicle registration's frame key (meta "frame_key", SubjectPublicKeyInfo DER), and a
// terminal signature of each algorithm checked with it.
void frameKey(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes = view(data, size);
    auto key = crypto::FrameKey::fromDer(bytes);
    if (!key)
        return;
    const QByteArray tail = bytes.last(std::min<qsizetype>(64, bytes.size())).toByteArray();
    for (std::uint8_t algorithm : {1, 2, 3})
        (void)key->verify(algorithm, tail.left(32), tail.mid(32), bytes);
}

// The body of a node's /v1/records or /v1/registrations answer.
void nodeAnswer(const std::uint8_t* data, std::size_t size)
{
    (void)net::decodeEntries(view(data, size), QStringLiteral("fuzz"));
}

// An evidence package as a regulator receives it: the ZIP, the bag, the document.
void evidencePackage(const std::uint8_t* data, std::size_t size)
{
    // The reader takes a file (libarchive reads it in place). It is removed after each run:
    // a fuzzing session ends by exiting, which would leave a file behind in /tmp.
    static const QString path = QDir::temp().filePath(
        QStringLiteral("pp-fuzz-%1.zip").arg(QCoreApplication::applicationPid()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    file.write(view(data, size).toByteArray());
    file.close();
    (void)evidence::verifyPackage(path, std::nullopt, {}, evidence::Contents::Decode);
    file.remove();
}

// An evidence package's data/evidence.cbor, past the ZIP and the bag whose checksums keep
// a mutated package from reaching it.
void evidenceDocument(const std::uint8_t* data, std::size_t size)
{
    auto document = evidence::Document::decode(view(data, size).toByteArray());
    if (!document)
        return;
    // Unknown statement keys are dropped (docs/evidence.md), so the input itself may not
    // come back; what the decoder made of it must.
    const QByteArray encoded = document->encode();
    auto again = evidence::Document::decode(encoded);
    require(again && again->encode() == encoded,
            "evidence_document: a decoded document does not decode to itself");
}

constexpr Target kTargets[] = {
    {"cbor", cborValue},         {"cose", coseSign1},
    {"header", chainHeader},     {"chain_documents", chainDocuments},
    {"proof", merkleProof},      {"record", record},
    {"sunspec", sunspecBlock},   {"gbt32960", gbt32960Packet},
    {"node_answer", nodeAnswer}, {"evidence_package", evidencePackage},
    {"frame_key", frameKey},     {"evidence_document", evidenceDocument},
};

}  // namespace

std::span<const Target> targets()
{
    return kTargets;
}

}  // namespace pp::fuzz
