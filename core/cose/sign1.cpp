#include "cose/sign1.h"

#include "cbor/decoder.h"
#include "cbor/writer.h"

#include <QCoreApplication>

namespace pp::cose {

namespace {

constexpr std::int64_t kHeaderAlg = 1;
constexpr std::int64_t kHeaderKid = 4;

QByteArray protectedHeader(crypto::SigAlg alg)
{
    cbor::Writer w;
    w.beginMap(1);
    w.integer(kHeaderAlg);
    w.integer(crypto::coseId(alg));
    return std::move(w).data();
}

Error malformed(const char* code, const char* text, QStringList args = {})
{
    return Error(ErrorKind::Malformed, code, text, std::move(args));
}

// A map with exactly one entry whose key is the integer `key`.
const cbor::Value* soleEntry(const cbor::Value& map, std::int64_t key)
{
    if (!map.isMap() || map.size() != 1 || map.keyAt(0).toInt64() != key)
        return nullptr;
    return &map.valueAt(0);
}

}  // namespace

QByteArray sigStructure(QByteArrayView protectedBytes, QByteArrayView payload)
{
    cbor::Writer w;
    w.beginArray(4);
    w.text("Signature1");
    w.bytes(protectedBytes);
    w.bytes(QByteArrayView());  // external_aad: none
    w.bytes(payload);
    return std::move(w).data();
}

Result<QByteArray> sign1(QByteArrayView payload, const crypto::PrivateKey& key, QByteArrayView kid)
{
    const QByteArray prot = protectedHeader(key.alg());
    auto signature = key.sign(sigStructure(prot, payload));
    if (!signature)
        return std::move(signature).error();
    cbor::Writer w;
    w.tag(kSign1Tag);
    w.beginArray(4);
    w.bytes(prot);
    w.beginMap(1);
    w.integer(kHeaderKid);
    w.bytes(kid);
    w.bytes(payload);
    w.bytes(*signature);
    return std::move(w).data();
}

Result<Sign1> parseSign1(QByteArrayView message)
{
    auto decoded = cbor::decode(message);
    if (!decoded)
        return std::move(decoded).error().within(QT_TRANSLATE_NOOP("Error", "COSE_Sign1"));
    const cbor::Value& top = *decoded;
    if (!top.isTag() || top.argument() != kSign1Tag) {
        return malformed("cose.not-sign1",
                         QT_TRANSLATE_NOOP("Error", "COSE_Sign1: not a CBOR tag 18 message"));
    }
    const cbor::Value& parts = top.tagContent();
    if (!parts.isArray() || parts.size() != 4) {
        return malformed("cose.structure",
                         QT_TRANSLATE_NOOP("Error", "COSE_Sign1: must be an array of 4 elements"));
    }
    if (!parts.at(0).isBytes()) {
        return malformed(
            "cose.protected",
            QT_TRANSLATE_NOOP("Error", "COSE_Sign1: the protected header must be a byte string"));
    }
    cbor::DecodeLimits headerLimits;
    headerLimits.allowedTags = {};
    auto prot = cbor::decode(parts.at(0).byteString(), headerLimits);
    if (!prot) {
        return std::move(prot).error().within(
            QT_TRANSLATE_NOOP("Error", "COSE_Sign1: protected header"));
    }
    const cbor::Value* algValue = soleEntry(*prot, kHeaderAlg);
    if (algValue == nullptr) {
        return malformed("cose.protected",
                         QT_TRANSLATE_NOOP(
                             "Error", "COSE_Sign1: the protected header must be exactly {1: alg}"));
    }
    const auto algId = algValue->toInt64();
    const auto alg = algId ? crypto::sigAlgFromCoseId(*algId) : std::nullopt;
    if (!alg) {
        return Error(ErrorKind::Unsupported, "cose.unsupported-alg",
                     QT_TRANSLATE_NOOP("Error", "COSE_Sign1: unsupported algorithm %1"),
                     {algId ? QString::number(*algId) : QStringLiteral("?")});
    }
    const cbor::Value* kid = soleEntry(parts.at(1), kHeaderKid);
    if (kid == nullptr || !kid->isBytes() || kid->byteString().size() != kKidSize) {
        return malformed(
            "cose.unprotected",
            QT_TRANSLATE_NOOP(
                "Error",
                "COSE_Sign1: the unprotected header must be exactly {4: kid} with a 16-byte kid"));
    }
    if (!parts.at(2).isBytes()) {
        return malformed(
            "cose.payload",
            QT_TRANSLATE_NOOP("Error", "COSE_Sign1: the payload must be an embedded byte string"));
    }
    if (!parts.at(3).isBytes() || parts.at(3).byteString().size() != crypto::kSignatureSize) {
        return malformed(
            "cose.signature",
            QT_TRANSLATE_NOOP("Error", "COSE_Sign1: the signature must be a 64-byte byte string"));
    }
    return Sign1{*alg, parts.at(0).byteString(), kid->byteString(), parts.at(2).byteString(),
                 parts.at(3).byteString()};
}

Status verifySign1(const Sign1& msg, const crypto::PublicKey& key, QByteArrayView expectedKid)
{
    if (msg.kid != expectedKid) {
        return Error(ErrorKind::Invalid, "cose.wrong-kid",
                     QT_TRANSLATE_NOOP("Error", "COSE_Sign1: kid %1 is not the expected %2"),
                     {toHex(msg.kid), toHex(expectedKid)});
    }
    if (msg.alg != key.alg()) {
        return Error(
            ErrorKind::Invalid, "cose.wrong-alg",
            QT_TRANSLATE_NOOP("Error", "COSE_Sign1: algorithm %1 does not match the %2 key"),
            {crypto::sigAlgName(msg.alg), crypto::sigAlgName(key.alg())});
    }
    if (auto st = key.verify(sigStructure(msg.protectedBytes, msg.payload), msg.signature); !st)
        return std::move(st).error().within(QT_TRANSLATE_NOOP("Error", "COSE_Sign1"));
    return okStatus();
}

}  // namespace pp::cose
