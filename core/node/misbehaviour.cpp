#include "node/misbehaviour.h"

#include "chain/commit.h"

#include <QStringList>

namespace pp::node {

bool Misbehaviour::any() const
{
    return corruptHeaders || corruptCommits || corruptRecords || corruptProofs || misorderRecords ||
           omitValidatorChanges || delayMs > 0;
}

QString Misbehaviour::describe() const
{
    QStringList lies;
    if (corruptHeaders)
        lies << QStringLiteral("corrupt headers");
    if (corruptCommits)
        lies << QStringLiteral("corrupt commits");
    if (corruptRecords)
        lies << QStringLiteral("corrupt records");
    if (corruptProofs)
        lies << QStringLiteral("corrupt proofs");
    if (misorderRecords)
        lies << QStringLiteral("misorder records");
    if (omitValidatorChanges)
        lies << QStringLiteral("omit validator changes");
    if (delayMs > 0)
        lies << QStringLiteral("delay %1 ms").arg(delayMs);
    if (equivocateFrom)
        lies << QStringLiteral("equivocate from height %1").arg(*equivocateFrom);
    return lies.join(QStringLiteral(", "));
}

QByteArray corruptHeader(QByteArray header)
{
    header[114] = static_cast<char>(header[114] ^ 0x01);  // records_root's first byte
    return header;
}

QByteArray corruptCommit(const QByteArray& commit)
{
    auto c = chain::Commit::decode(commit);
    if (!c || c->votes.empty())
        return commit;
    QByteArray& sig = c->votes.front().signature;
    sig[10] = static_cast<char>(sig[10] ^ 0x01);
    return c->encode();
}

QByteArray corruptRecord(QByteArray record)
{
    // The last byte is the signature's: the record still parses, but neither its
    // signature nor its Merkle leaf is what was signed and included.
    record[record.size() - 1] = static_cast<char>(record[record.size() - 1] ^ 0x01);
    return record;
}

merkle::Proof corruptProof(merkle::Proof proof)
{
    if (proof.empty())
        proof.push_back(Digest{});
    else
        proof.front()[0] ^= 0x01;
    return proof;
}

}  // namespace pp::node
