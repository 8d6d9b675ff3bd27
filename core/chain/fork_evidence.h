#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace pp::chain {

// Two blocks at one height, each signed by enough validators: the primary's and a
// witness's. Both headers and both commits are kept whole, so anyone can check the evidence
// again without the network; the validators who signed both are named.
struct ForkEvidence
{
    std::uint64_t height = 0;
    QString witness;
    QByteArray hashA, headerA, commitA;  // the primary's
    QByteArray hashB, headerB, commitB;  // the witness's
    QString doubleSigners;               // names, comma-separated
};

}  // namespace pp::chain
