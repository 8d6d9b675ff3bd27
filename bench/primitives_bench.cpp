#include "primitives_bench.h"

#include "raw_openssl.h"

#include "crypto/hash.h"
#include "crypto/private_key.h"
#include "merkle/memory_tree.h"
#include "merkle/proof.h"

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cstring>
#include <memory>

namespace pp::bench {

namespace {

using crypto::HashAlg;
using crypto::SigAlg;

constexpr int kProofDepth = 20;

// The raw reference for hashing: a reused context and a digest fetched once, as the best
// hand-written EVP code would do it.
class RawHasher
{
public:
    explicit RawHasher(const char* name)
        : md_(EVP_MD_fetch(nullptr, name, nullptr)), ctx_(EVP_MD_CTX_new())
    {
    }
    ~RawHasher()
    {
        EVP_MD_CTX_free(ctx_);
        EVP_MD_free(md_);
    }
    RawHasher(const RawHasher&) = delete;
    RawHasher& operator=(const RawHasher&) = delete;
    void run(const unsigned char* data, size_t len, unsigned char* out)
    {
        unsigned int n = 0;
        EVP_DigestInit_ex2(ctx_, md_, nullptr);
        EVP_DigestUpdate(ctx_, data, len);
        EVP_DigestFinal_ex(ctx_, out, &n);
    }

private:
    EVP_MD* md_;
    EVP_MD_CTX* ctx_;
};

const char* evpName(HashAlg alg)
{
    return alg == HashAlg::Sha256 ? "SHA2-256" : "SM3";
}

volatile unsigned char g_sink;  // keeps results observable so nothing is optimised away

void hashRows(HashAlg alg, std::vector<Row>& rows, double& rawNodeRate)
{
    unsigned char input[65];
    std::memset(input, 0x5a, sizeof input);
    RawHasher raw(evpName(alg));
    unsigned char out[32];
    const Pair p = measurePair(
        [&] { g_sink = crypto::hash(alg, QByteArrayView(reinterpret_cast<char*>(input), 65))[0]; },
        [&] {
            raw.run(input, 65, out);
            g_sink = out[0];
        });
    rawNodeRate = p.raw;
    rows.push_back({QStringLiteral("%1 hash of 65 bytes").arg(crypto::hashAlgName(alg)), p.ours,
                    p.raw, QStringLiteral("raw EVP digest"), 0.95});
}

void proofRow(HashAlg alg, double rawNodeRate, std::vector<Row>& rows)
{
    // A tree of 2^20 leaves is 2M hashes to build; a proof at depth 20 only needs the
    // path, so build one from arbitrary siblings and the root it implies.
    const merkle::TreeHasher hasher(alg);
    const std::uint64_t size = std::uint64_t{1} << kProofDepth;
    const std::uint64_t index = 0x5a5a5 % size;
    const Digest leaf = hasher.leafHash("leaf");
    merkle::Proof proof;
    for (int i = 0; i < kProofDepth; ++i) {
        Digest d{};
        d.fill(static_cast<std::uint8_t>(i));
        proof.push_back(d);
    }
    const Digest root = *merkle::rootFromInclusionProof(hasher, index, size, leaf, proof);
    const double ours = opsPerSecond(
        [&] { g_sink = merkle::verifyInclusion(hasher, index, size, leaf, proof, root).ok(); },
        1.5);
    rows.push_back({QStringLiteral("%1 inclusion proof verify, depth %2")
                        .arg(crypto::hashAlgName(alg))
                        .arg(kProofDepth),
                    ours, rawNodeRate / kProofDepth,
                    QStringLiteral("raw node-hash rate / %1").arg(kProofDepth), 0.90});
}

void signatureRow(SigAlg alg, std::vector<Row>& rows)
{
    const auto key = crypto::PrivateKey::generate(alg);
    // A vote message: "powerproof/vote/1" || 0x00 || chain_id || height || header_hash.
    const QByteArray msg = QByteArray("powerproof/vote/1") + QByteArray(1, '\0') +
                           QByteArray(32, '\x11') + QByteArray(8, '\x00') + QByteArray(32, '\x22');
    const QByteArray sig = *key->sign(msg);
    const auto pub = crypto::PublicKey::fromRaw(alg, key->publicKey().raw());
    RawVerifier raw(alg, *key->toPem());
    const QByteArray rawSig = RawVerifier::nativeSignature(alg, sig);
    raw.requireValid(msg, rawSig);
    const Pair p = measurePair([&] { g_sink = pub->verify(msg, sig).ok(); },
                               [&] { g_sink = raw.verify(msg, rawSig); }, 5, 0.5);
    rows.push_back(
        {QStringLiteral("%1 signature verify (90-byte vote)").arg(crypto::sigAlgName(alg)), p.ours,
         p.raw, QStringLiteral("raw EVP_DigestVerify, DER ready"), 0.95});
}

}  // namespace

std::vector<Row> benchPrimitives()
{
    std::vector<Row> rows;
    for (HashAlg alg : {HashAlg::Sha256, HashAlg::Sm3}) {
        double rawNodeRate = 0;
        hashRows(alg, rows, rawNodeRate);
        proofRow(alg, rawNodeRate, rows);
    }
    for (SigAlg alg : {SigAlg::Ed25519, SigAlg::Es256, SigAlg::Sm2})
        signatureRow(alg, rows);
    return rows;
}

}  // namespace pp::bench
