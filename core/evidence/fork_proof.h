#pragma once

#include "chain/fork_evidence.h"
#include "common/result.h"
#include "evidence/zip_archive.h"

#include <QStringList>

namespace pp::evidence {

struct Document;

// A fork in an evidence package (a FORK incident's): the two conflicting headers at one
// height with their commits, as the light node kept them, under data/fork/ (evidence.md
// leaves room for it; docs/evidence.md fixes the files). evidence.cbor carries what a
// verifier needs to know which validators were in force there.
inline constexpr const char* kForkFolder = "fork/";

// The payload files of a fork, paths under data/.
FileTree forkFiles(const chain::ForkEvidence& fork);

// What a fork in a package proves: two different headers of the chain at `height`, each
// signed by more than two thirds of the validators in force there; `doubleSigners` signed
// both.
struct ForkProof
{
    std::uint64_t height = 0;
    QString hashA, hashB;
    QStringList doubleSigners;
};

// Checks the fork in `payload` (paths under data/) against the verified `document`: both
// headers decode, name the chain and one height at or below the anchor, differ, and each
// commit is valid for its header by the validator set in force at that height (genesis's,
// or the latest transition's at or below it). Errors name the file and the check.
Result<ForkProof> checkFork(const FileTree& payload, const Document& document);

}  // namespace pp::evidence
