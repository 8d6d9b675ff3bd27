#pragma once

#include "common/bytes.h"
#include "common/text.h"
#include "evidence/evidence_document.h"

#include <optional>
#include <vector>

namespace pp::evidence {

// What an offline check of data/evidence.cbor established (evidence.md §3, steps 1–6),
// and what it reports without failing (step 7).
struct Verdict
{
    Digest chainId{};
    QString chainName;
    std::uint64_t anchorHeight = 0;
    Digest anchorHash{};
    std::uint64_t anchorTimeMs = 0;
    std::size_t transitions = 0;
    std::size_t records = 0;        // every one signed by its device's key in force
    std::size_t registrations = 0;  // every one signed by a genesis registrar
    Statement statement;
    std::vector<Text> notices;  // sequence gaps, records outside the window, limits
};

// Checks the document with nothing but itself, against `trustedChainId` when the user gave
// one. The first failure is the error, naming the key, the entry and the check.
Result<Verdict> verifyEvidence(const Document& document,
                               const std::optional<Digest>& trustedChainId);

}  // namespace pp::evidence
