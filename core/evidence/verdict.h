#pragma once

#include "common/bytes.h"
#include "common/text.h"
#include "evidence/statement.h"

#include <functional>
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

// The checks of a package, in the order they are made: the ZIP's paths, the bag's files,
// then the document's (evidence.md §3: genesis and anchor, transitions, blocks,
// registrations, records with their devices' signatures), bag-info against what the
// document proves, then the time-stamp and the exporter's signature (its certificate checked
// at the time-stamp's time).
// The console shows them as a checklist.
enum class Step {
    Zip,
    Bag,
    GenesisAndAnchor,
    Transitions,
    Blocks,
    Registrations,
    Records,
    BagInfo,
    TimeStamp,
    Signature,
};
inline constexpr int kStepCount = 10;
using StepDone = std::function<void(Step)>;

}  // namespace pp::evidence
