#include "merkle_consistency_command.h"

#include "arguments.h"
#include "merkle/proof.h"

namespace pp::cli {

QString MerkleConsistencyCommand::summary() const
{
    return tr("Check that a Merkle tree only grew by appending (RFC 9162).");
}

void MerkleConsistencyCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("hash"), tr("Tree hash: sha-256 or sm3."),
                      QStringLiteral("ALG"), QStringLiteral("sha-256")});
    parser.addOption({QStringLiteral("size1"), tr("The old tree's size."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("size2"), tr("The new tree's size."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("root1"), tr("The old tree's root, in hex."), QStringLiteral("HEX")});
    parser.addOption(
        {QStringLiteral("root2"), tr("The new tree's root, in hex."), QStringLiteral("HEX")});
    parser.addOption({QStringLiteral("proof"), tr("The proof's hashes in hex, comma-separated."),
                      QStringLiteral("HEX,HEX,...")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
}

int MerkleConsistencyCommand::execute(const QCommandLineParser& parser)
{
    const auto value = [&](const char* name) { return parser.value(QString::fromLatin1(name)); };
    if (const QString missing = missingOption(parser, {"size1", "size2", "root1", "root2"});
        !missing.isEmpty())
        return usageError(tr("--%1 is required").arg(missing));
    const auto alg = parseHashAlg(QStringLiteral("hash"), value("hash"));
    const auto size1 = parseUInt64Option(QStringLiteral("size1"), value("size1"));
    const auto size2 = parseUInt64Option(QStringLiteral("size2"), value("size2"));
    const auto root1 = parseDigestOption(QStringLiteral("root1"), value("root1"));
    const auto root2 = parseDigestOption(QStringLiteral("root2"), value("root2"));
    const auto proof = parseProofOption(QStringLiteral("proof"), value("proof"));
    if (const Error* e = firstError(alg, size1, size2, root1, root2, proof))
        return usageError(e->localizedMessage());
    const merkle::TreeHasher hasher(*alg);
    const Status verdict =
        merkle::verifyConsistency(hasher, *size1, *size2, *root1, *root2, *proof);
    return reportVerdict(verdict, parser.isSet(QStringLiteral("json")),
                         tr("VALID: the tree of size %1 is a prefix of the tree of size %2")
                             .arg(*size1)
                             .arg(*size2));
}

}  // namespace pp::cli
