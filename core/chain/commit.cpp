#include "chain/commit.h"

#include "cbor/decoder.h"
#include "cbor/map_reader.h"
#include "cbor/writer.h"

#include <QCoreApplication>

namespace pp::chain {

namespace {

enum Key : std::int64_t { kHeightKey = 1, kHeaderHashKey = 2, kVotesKey = 3 };

const char* const kWhat = QT_TRANSLATE_NOOP("Error", "commit");

Error invalidCommit(const char* code, const char* text, std::uint64_t height,
                    QStringList extra = {})
{
    extra.prepend(QString::number(height));
    return Error(ErrorKind::Invalid, code, text, std::move(extra));
}

}  // namespace

QByteArray Commit::encode() const
{
    cbor::Writer w;
    w.beginMap(3);
    w.unsignedInt(kHeightKey);
    w.unsignedInt(height);
    w.unsignedInt(kHeaderHashKey);
    w.bytes(view(headerHash));
    w.unsignedInt(kVotesKey);
    w.beginArray(votes.size());
    for (const Vote& v : votes) {
        w.beginArray(2);
        w.unsignedInt(v.index);
        w.bytes(v.signature);
    }
    return std::move(w).data();
}

Result<Commit> Commit::decode(QByteArrayView bytes)
{
    auto value = cbor::decode(bytes);
    if (!value)
        return std::move(value).error().within(kWhat);
    const cbor::MapReader reader(*value, kWhat);
    if (auto st = reader.checkKeys({kHeightKey, kHeaderHashKey, kVotesKey}); !st)
        return std::move(st).error();
    auto height = reader.unsignedInt(kHeightKey);
    auto headerHash = reader.bytes(kHeaderHashKey, 32);
    auto votes = reader.array(kVotesKey);
    if (const Error* e = firstError(height, headerHash, votes))
        return *e;
    Commit c;
    c.height = *height;
    c.headerHash = *digestFromBytes(*headerHash);
    for (std::size_t i = 0; i < (*votes)->size(); ++i) {
        const cbor::Value& v = (*votes)->at(i);
        if (!v.isArray() || v.size() != 2 || !v.at(0).isUnsigned() || !v.at(1).isBytes() ||
            v.at(1).byteString().size() != crypto::kSignatureSize) {
            return reader.invalid(
                kVotesKey,
                QT_TRANSLATE_NOOP("Error", "entry %1 must be [index, 64-byte signature]"),
                {QString::number(i)});
        }
        if (!c.votes.empty() && v.at(0).argument() <= c.votes.back().index) {
            return reader.invalid(
                kVotesKey,
                QT_TRANSLATE_NOOP("Error", "validator indices must strictly increase (entry %1)"),
                {QString::number(i)});
        }
        c.votes.push_back({v.at(0).argument(), v.at(1).byteString()});
    }
    return c;
}

QByteArray voteMessage(const Digest& chainId, std::uint64_t height, const Digest& headerHash)
{
    static constexpr char kPrefix[] = "powerproof/vote/1";
    QByteArray m;
    m.reserve(static_cast<qsizetype>(sizeof kPrefix) + 32 + 8 + 32);
    m.append(kPrefix, sizeof kPrefix);  // the terminating NUL is the 0x00 separator
    m.append(view(chainId));
    for (int i = 7; i >= 0; --i)
        m.append(static_cast<char>((height >> (8 * i)) & 0xff));
    m.append(view(headerHash));
    return m;
}

Result<CommitCheck> verifyCommit(const Commit& commit, const Header& header,
                                 const Digest& headerHash, const ValidatorSet& set)
{
    if (commit.height != header.height || commit.headerHash != headerHash) {
        return invalidCommit(
            "commit.mismatch",
            QT_TRANSLATE_NOOP("Error", "the commit for height %1 is for another header"),
            header.height);
    }
    if (set.hash() != header.validatorsHash) {
        return invalidCommit(
            "commit.wrong-set",
            QT_TRANSLATE_NOOP(
                "Error", "the validator set given for height %1 is not the one its header names"),
            header.height);
    }
    const QByteArray message = voteMessage(header.chainId, header.height, headerHash);
    CommitCheck check;
    check.totalPower = set.totalPower();
    std::uint64_t previous = 0;
    for (std::size_t i = 0; i < commit.votes.size(); ++i) {
        const Vote& vote = commit.votes[i];
        if (vote.index >= set.size() || (i > 0 && vote.index <= previous)) {
            return invalidCommit(
                "commit.index",
                QT_TRANSLATE_NOOP(
                    "Error",
                    "the commit for height %1 has an out-of-order or unknown validator index %2"),
                header.height, {QString::number(vote.index)});
        }
        previous = vote.index;
        const Validator& validator = set.at(vote.index);
        if (auto st = validator.key.verify(message, vote.signature); !st) {
            return invalidCommit(
                "commit.bad-signature",
                QT_TRANSLATE_NOOP(
                    "Error", "the commit for height %1 has a bad signature by validator %2 (%3)"),
                header.height, {QString::number(vote.index), validator.name});
        }
        check.signers.push_back(vote.index);
        check.signedPower += validator.power;
    }
    // Total power < 2^62, so 3 × power fits in 64 bits.
    if (3 * check.signedPower <= 2 * check.totalPower) {
        return invalidCommit(
            "commit.quorum",
            QT_TRANSLATE_NOOP(
                "Error",
                "the commit for height %1 has %2 of %3 voting power, not more than two thirds"),
            header.height, {QString::number(check.signedPower), QString::number(check.totalPower)});
    }
    return check;
}

}  // namespace pp::chain
