#include "merkle/proof_codec.h"

#include "cbor/writer.h"

#include <QCoreApplication>

namespace pp::merkle {

QByteArray encodeProof(const Proof& proof)
{
    cbor::Writer w;
    // An array head and a byte string head each take at most two bytes here.
    w.reserve(static_cast<qsizetype>(2 + proof.size() * (2 + std::tuple_size_v<Digest>)));
    w.beginArray(proof.size());
    for (const Digest& d : proof)
        w.bytes(view(d));
    return std::move(w).data();
}

Result<Proof> proofFromCbor(const cbor::Value& value)
{
    if (!value.isArray()) {
        return Error(ErrorKind::Malformed, "merkle.proof-form",
                     QT_TRANSLATE_NOOP("Error", "a proof must be a CBOR array of hashes"));
    }
    if (value.size() > kMaxProofLength) {
        return Error(
            ErrorKind::Malformed, "merkle.proof-length",
            QT_TRANSLATE_NOOP("Error", "a proof of %1 hashes is longer than any tree needs"),
            {QString::number(value.size())});
    }
    Proof proof;
    proof.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto d =
            value.at(i).isBytes() ? digestFromBytes(value.at(i).byteString()) : std::nullopt;
        if (!d) {
            return Error(ErrorKind::Malformed, "merkle.proof-form",
                         QT_TRANSLATE_NOOP("Error", "proof element %1 is not a 32-byte hash"),
                         {QString::number(i)});
        }
        proof.push_back(*d);
    }
    return proof;
}

}  // namespace pp::merkle
