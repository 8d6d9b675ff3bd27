#include "merkle_inclusion_command.h"

#include "arguments.h"
#include "merkle/proof.h"

namespace pp::cli {

QString MerkleInclusionCommand::summary() const
{
    return tr("Check that a leaf is in a Merkle tree of a given root (RFC 9162).");
}

void MerkleInclusionCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("hash"), tr("Tree hash: sha-256 or sm3."),
                      QStringLiteral("ALG"), QStringLiteral("sha-256")});
    parser.addOption(
        {QStringLiteral("leaf"), tr("The leaf's bytes, in hex."), QStringLiteral("HEX")});
    parser.addOption({QStringLiteral("leaf-hash"), tr("The leaf's hash H(0x00 || leaf), in hex."),
                      QStringLiteral("HEX")});
    parser.addOption(
        {QStringLiteral("index"), tr("The leaf's index, from 0."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("size"), tr("The tree's size in leaves."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("root"), tr("The tree's root hash, in hex."), QStringLiteral("HEX")});
    parser.addOption({QStringLiteral("proof"),
                      tr("The proof's hashes in hex, comma-separated, bottom-up."),
                      QStringLiteral("HEX,HEX,...")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
}

int MerkleInclusionCommand::execute(const QCommandLineParser& parser)
{
    const auto value = [&](const char* name) { return parser.value(QString::fromLatin1(name)); };
    if (const QString missing = missingOption(parser, {"index", "size", "root"});
        !missing.isEmpty())
        return usageError(tr("--%1 is required").arg(missing));
    if (parser.isSet(QStringLiteral("leaf")) == parser.isSet(QStringLiteral("leaf-hash")))
        return usageError(tr("give exactly one of --leaf and --leaf-hash"));

    const auto alg = parseHashAlg(QStringLiteral("hash"), value("hash"));
    const auto index = parseUInt64Option(QStringLiteral("index"), value("index"));
    const auto size = parseUInt64Option(QStringLiteral("size"), value("size"));
    const auto root = parseDigestOption(QStringLiteral("root"), value("root"));
    const auto proof = parseProofOption(QStringLiteral("proof"), value("proof"));
    if (const Error* e = firstError(alg, index, size, root, proof))
        return usageError(e->localizedMessage());
    const merkle::TreeHasher hasher(*alg);
    Digest leafHash{};
    if (parser.isSet(QStringLiteral("leaf"))) {
        const auto leaf = parseHexOption(QStringLiteral("leaf"), value("leaf"));
        if (!leaf)
            return usageError(leaf.error().localizedMessage());
        leafHash = hasher.leafHash(*leaf);
    } else {
        const auto given = parseDigestOption(QStringLiteral("leaf-hash"), value("leaf-hash"));
        if (!given)
            return usageError(given.error().localizedMessage());
        leafHash = *given;
    }
    const Status verdict = merkle::verifyInclusion(hasher, *index, *size, leafHash, *proof, *root);
    return reportVerdict(verdict, parser.isSet(QStringLiteral("json")),
                         tr("VALID: leaf %1 is in the tree of size %2 with root %3")
                             .arg(*index)
                             .arg(*size)
                             .arg(toHex(*root)));
}

}  // namespace pp::cli
