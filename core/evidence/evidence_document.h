#pragma once

#include "common/result.h"
#include "evidence/statement.h"
#include "merkle/proof.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace pp::evidence {

// data/evidence.cbor of an evidence package (evidence.md §3): what an offline verifier
// checks. Headers, records and genesis are carried as the bytes the chain holds; commits
// and validator sets as their CBOR encodings, embedded as CBOR items.
inline constexpr const char* kFormat = "powerproof-evidence/1";

// A record as the chain holds it: block, leaf, bytes, inclusion proof in the block's
// records tree.
struct Entry
{
    std::uint64_t height = 0;
    std::uint64_t index = 0;
    QByteArray record;
    merkle::Proof proof;
};

// A validator change at height c: header c-1 with its commit (signed by the old set), the
// new set, and header c-1's proof in the anchor's history tree.
struct Transition
{
    QByteArray headerBefore;
    QByteArray commit;
    QByteArray set;
    merkle::Proof historyProof;
};

struct Block
{
    QByteArray header;
    merkle::Proof historyProof;  // empty for the anchor's own height
};

struct Document
{
    QByteArray genesis;
    std::vector<Transition> transitions;
    QByteArray anchorHeader, anchorCommit;
    std::vector<Block> blocks;
    std::vector<Entry> records;
    std::vector<Entry> registrations;
    Statement statement;
    // The bytes decode() read. The records' and block headers' bytes above are not copied
    // out of them (a year of records is megabytes in tens of thousands of pieces) but
    // point into them: they stay valid while this document, or a copy of it, lives.
    QByteArray source;

    // Deterministic CBOR (protocol §2).
    QByteArray encode() const;
    // Strict: deterministic form, the keys of §3 and no other, each field its type. Errors
    // name the key and the entry ("evidence: key 6: entry 12: ...").
    static Result<Document> decode(const QByteArray& bytes);
};

}  // namespace pp::evidence
