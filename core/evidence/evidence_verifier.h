#pragma once

#include "evidence/evidence_document.h"
#include "evidence/verdict.h"

#include <optional>

namespace pp::evidence {

// Checks the document with nothing but itself, against `trustedChainId` when the user gave
// one. The first failure is the error, naming the key, the entry and the check.
Result<Verdict> verifyEvidence(const Document& document,
                               const std::optional<Digest>& trustedChainId,
                               const StepDone& done = {});

}  // namespace pp::evidence
