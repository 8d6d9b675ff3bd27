#pragma once

#include "cbor/value.h"
#include "chain/header.h"
#include "chain/validator_set.h"
#include "common/result.h"

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace pp::chain {

// A validator's signature in a commit.
struct Vote
{
    std::uint64_t index;  // position in the validator set
    QByteArray signature;
};

// A commit (spec §5): {1: height, 2: header_hash, 3: [[index, signature], ...]} with
// indices strictly increasing.
struct Commit
{
    std::uint64_t height = 0;
    Digest headerHash{};
    std::vector<Vote> votes;

    QByteArray encode() const;
    static Result<Commit> decode(QByteArrayView bytes);
};

// "powerproof/vote/1" || 0x00 || chain_id || height (8 bytes) || header_hash.
QByteArray voteMessage(const Digest& chainId, std::uint64_t height, const Digest& headerHash);

// What a valid commit proved.
struct CommitCheck
{
    std::vector<std::uint64_t> signers;  // validator indices, increasing
    std::uint64_t signedPower = 0;
    std::uint64_t totalPower = 0;
};

// A commit is valid for `header` (whose hash the caller computed once) when its height and
// header_hash match, `set` is the one header.validatorsHash names, every signature
// verifies (one bad signature invalidates the commit), and 3 × signed power > 2 × total.
// Errors (ErrorKind::Invalid, codes "commit.*") name the height and the validator at fault.
Result<CommitCheck> verifyCommit(const Commit& commit, const Header& header,
                                 const Digest& headerHash, const ValidatorSet& set);

}  // namespace pp::chain
