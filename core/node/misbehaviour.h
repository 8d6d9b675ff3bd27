#pragma once

#include "merkle/proof.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace pp::node {

// How a devnet node lies on purpose, so that a light node can be tested against a real
// server that serves bad data (powerproof-node run --corrupt-* / --omit-* / --delay-ms).
// Each lie is small and targeted: one flipped bit where it matters, so that a verifier
// that checks everything catches it and one that skips a check does not.
struct Misbehaviour
{
    bool corruptHeaders = false;        // every header from height 1: records_root altered
    bool corruptCommits = false;        // every commit: the first signature altered
    bool corruptRecords = false;        // every served record: its signature altered
    bool corruptProofs = false;         // every proof (history and records): first hash altered
    bool misorderRecords = false;       // every device page: its first two entries swapped
    bool omitValidatorChanges = false;  // /v1/validator-changes answers []
    int delayMs = 0;                    // every answer this much later
    // Serve a conflicting branch from this height, signed by the validators (Equivocation).
    std::optional<std::uint64_t> equivocateFrom;

    bool any() const;
    QString describe() const;  // for the node's startup line
};

QByteArray corruptHeader(QByteArray header);
QByteArray corruptCommit(const QByteArray& commit);
QByteArray corruptRecord(QByteArray record);
merkle::Proof corruptProof(merkle::Proof proof);

}  // namespace pp::node
