#include "evidence/fork_proof.h"

#include "chain/commit.h"
#include "chain/genesis.h"
#include "chain/header.h"
#include "chain/validator_set.h"
#include "common/bytes.h"
#include "evidence/evidence_document.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

namespace pp::evidence {

namespace {

const QString kHeaderA = QStringLiteral("fork/header-a.bin");
const QString kCommitA = QStringLiteral("fork/commit-a.cbor");
const QString kHeaderB = QStringLiteral("fork/header-b.bin");
const QString kCommitB = QStringLiteral("fork/commit-b.cbor");
const QString kAbout = QStringLiteral("fork/fork.json");

Error forkError(const char* text, QStringList args = {})
{
    return Error(ErrorKind::Invalid, "evidence.fork", text, std::move(args));
}

Result<QByteArray> file(const FileTree& payload, const QString& name)
{
    const auto it = payload.find(name);
    if (it == payload.end())
        return forkError(QT_TRANSLATE_NOOP("Error", "the fork lacks data/%1"), {name});
    return it->second;
}

// The validator set in force at `height`: genesis's, or that of the latest transition at or
// below it (a transition's set signs from its change height c on).
Result<chain::ValidatorSet> setAt(const Document& d, const chain::Genesis& genesis,
                                  std::uint64_t height)
{
    chain::ValidatorSet set = genesis.validators();
    for (const Transition& t : d.transitions) {
        auto before = chain::Header::decode(t.headerBefore);
        if (!before)
            return std::move(before).error();
        if (before->height + 1 > height)
            break;
        auto next = chain::ValidatorSet::decode(t.set, genesis.hashAlg());
        if (!next)
            return std::move(next).error();
        set = std::move(*next);
    }
    return set;
}

}  // namespace

FileTree forkFiles(const chain::ForkEvidence& fork)
{
    QStringList names;
    for (const QString& n : fork.doubleSigners.split(u',', Qt::SkipEmptyParts))
        names << n.trimmed();
    FileTree out;
    out.emplace(kHeaderA, fork.headerA);
    out.emplace(kCommitA, fork.commitA);
    out.emplace(kHeaderB, fork.headerB);
    out.emplace(kCommitB, fork.commitB);
    const QJsonObject about{
        {QStringLiteral("height"), static_cast<double>(fork.height)},
        {QStringLiteral("hash_a"), QString::fromLatin1(fork.hashA.toHex())},
        {QStringLiteral("hash_b"), QString::fromLatin1(fork.hashB.toHex())},
        {QStringLiteral("a"), QStringLiteral("the primary node's block")},
        {QStringLiteral("b"), QStringLiteral("the block witness %1 served").arg(fork.witness)},
        {QStringLiteral("double_signers"), QJsonArray::fromStringList(names)}};
    out.emplace(kAbout, QJsonDocument(about).toJson(QJsonDocument::Indented));
    return out;
}

Result<ForkProof> checkFork(const FileTree& payload, const Document& document)
{
    auto genesis = chain::Genesis::decode(document.genesis);
    auto anchor = chain::Header::decode(document.anchorHeader);
    if (const Error* e = firstError(genesis, anchor))
        return *e;
    const crypto::HashAlg alg = genesis->hashAlg();
    ForkProof out;
    std::vector<std::uint64_t> signers[2];
    std::vector<std::pair<chain::Header, Digest>> sides;
    const std::pair<const QString*, const QString*> files[2] = {{&kHeaderA, &kCommitA},
                                                                {&kHeaderB, &kCommitB}};
    for (int side = 0; side < 2; ++side) {
        const QString& headerName = *files[side].first;
        const QString& commitName = *files[side].second;
        auto headerBytes = file(payload, headerName);
        auto commitBytes = file(payload, commitName);
        if (const Error* e = firstError(headerBytes, commitBytes))
            return *e;
        auto header = chain::Header::decode(*headerBytes);
        if (!header)
            return std::move(header).error().within(QT_TRANSLATE_NOOP("Error", "data/%1"),
                                                    {headerName});
        if (header->chainId != genesis->chainId())
            return forkError(QT_TRANSLATE_NOOP("Error", "data/%1 belongs to another chain"),
                             {headerName});
        if (header->height > anchor->height)
            return forkError(
                QT_TRANSLATE_NOOP("Error",
                                  "data/%1 is at height %2, above the anchor %3: "
                                  "the package cannot say who was in force there"),
                {headerName, QString::number(header->height), QString::number(anchor->height)});
        auto commit = chain::Commit::decode(*commitBytes);
        if (!commit)
            return std::move(commit).error().within(QT_TRANSLATE_NOOP("Error", "data/%1"),
                                                    {commitName});
        auto set = setAt(document, *genesis, header->height);
        if (!set)
            return std::move(set).error();
        const Digest hash = header->hash(alg);
        auto check = chain::verifyCommit(*commit, *header, hash, *set);
        if (!check)
            return std::move(check).error().within(QT_TRANSLATE_NOOP("Error", "data/%1"),
                                                   {commitName});
        signers[side] = check->signers;
        if (side == 1) {
            const std::set<std::uint64_t> first(signers[0].begin(), signers[0].end());
            for (std::uint64_t i : signers[1])
                if (first.count(i) != 0 && i < set->size())
                    out.doubleSigners << set->at(i).name;
        }
        sides.emplace_back(*header, hash);
    }
    if (sides[0].first.height != sides[1].first.height)
        return forkError(
            QT_TRANSLATE_NOOP("Error", "the two headers are at heights %1 and %2, not one"),
            {QString::number(sides[0].first.height), QString::number(sides[1].first.height)});
    if (sides[0].second == sides[1].second)
        return forkError(QT_TRANSLATE_NOOP("Error", "the two headers are the same block"));
    out.height = sides[0].first.height;
    out.hashA = toHex(sides[0].second);
    out.hashB = toHex(sides[1].second);
    return out;
}

}  // namespace pp::evidence
