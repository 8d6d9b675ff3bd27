#include "merkle/proof_codec.h"

#include <QCoreApplication>

namespace pp::merkle {

QByteArray encodeProof(const Proof& proof)
{
    cbor::Writer w;
    // An array head and a byte string head each take at most two bytes here.
    w.reserve(2 + static_cast<qsizetype>(proof.size()) *
                      static_cast<qsizetype>(2 + std::tuple_size_v<Digest>));
    w.beginArray(proof.size());
    for (const Digest& d : proof)
        w.bytes(view(d));
    return std::move(w).data();
}

Result<Proof> readProof(cbor::Reader& reader)
{
    cbor::Head head{};
    if (auto st = reader.readHead(head); !st)
        return std::move(st).error();
    if (head.major != cbor::Major::Array) {
        return Error(ErrorKind::Malformed, "merkle.proof-form",
                     QT_TRANSLATE_NOOP("Error", "a proof must be a CBOR array of hashes"));
    }
    if (head.argument > kMaxProofLength) {
        return Error(
            ErrorKind::Malformed, "merkle.proof-length",
            QT_TRANSLATE_NOOP("Error", "a proof of %1 hashes is longer than any tree needs"),
            {QString::number(head.argument)});
    }
    Proof proof;
    proof.reserve(head.argument);
    for (std::uint64_t i = 0; i < head.argument; ++i) {
        const qsizetype at = reader.position();
        cbor::Head item{};
        if (auto st = reader.readHead(item); !st)
            return std::move(st).error();
        QByteArrayView bytes;
        if (item.major == cbor::Major::Bytes) {
            if (auto st = reader.readString(item, at, bytes); !st)
                return std::move(st).error();
        }
        const auto d = item.major == cbor::Major::Bytes ? digestFromBytes(bytes) : std::nullopt;
        if (!d) {
            return Error(ErrorKind::Malformed, "merkle.proof-form",
                         QT_TRANSLATE_NOOP("Error", "proof element %1 is not a 32-byte hash"),
                         {QString::number(i)});
        }
        proof.push_back(*d);
    }
    return proof;
}

Result<Proof> decodeProof(QByteArrayView bytes)
{
    cbor::Reader reader(bytes);
    auto proof = readProof(reader);
    if (!proof)
        return proof;
    if (auto st = reader.expectEnd(); !st)
        return std::move(st).error();
    return proof;
}

}  // namespace pp::merkle
