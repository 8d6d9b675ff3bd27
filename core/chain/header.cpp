#include "chain/header.h"

#include <QCoreApplication>

#include <cstring>

namespace pp::chain {

namespace {

void putBigEndian(char* out, std::uint64_t v, int n)
{
    for (int i = n - 1; i >= 0; --i) {
        out[i] = static_cast<char>(v & 0xff);
        v >>= 8;
    }
}

void putDigest(char* out, const Digest& d)
{
    std::memcpy(out, d.data(), d.size());
}

Digest getDigest(const std::uint8_t* p)
{
    Digest d{};
    std::memcpy(d.data(), p, d.size());
    return d;
}

// Field offsets of spec §6.
enum Offset : int {
    kVersionAt = 0,
    kChainIdAt = 2,
    kHeightAt = 34,
    kTimeAt = 42,
    kPrevHashAt = 50,
    kHistoryRootAt = 82,
    kRecordsRootAt = 114,
    kRecordCountAt = 146,
    kValidatorsHashAt = 150,
    kNextValidatorsHashAt = 182,
};

Error linkError(const char* code, const char* text, std::uint64_t height, QStringList extra = {})
{
    extra.prepend(QString::number(height));
    return Error(ErrorKind::Invalid, code, text, std::move(extra));
}

}  // namespace

QByteArray Header::encode() const
{
    QByteArray out(kSize, Qt::Uninitialized);
    char* p = out.data();
    putBigEndian(p + kVersionAt, version, 2);
    putDigest(p + kChainIdAt, chainId);
    putBigEndian(p + kHeightAt, height, 8);
    putBigEndian(p + kTimeAt, timeMs, 8);
    putDigest(p + kPrevHashAt, prevHash);
    putDigest(p + kHistoryRootAt, historyRoot);
    putDigest(p + kRecordsRootAt, recordsRoot);
    putBigEndian(p + kRecordCountAt, recordCount, 4);
    putDigest(p + kValidatorsHashAt, validatorsHash);
    putDigest(p + kNextValidatorsHashAt, nextValidatorsHash);
    return out;
}

Result<Header> Header::decode(QByteArrayView bytes)
{
    if (bytes.size() != kSize) {
        return Error(ErrorKind::Malformed, "header.size",
                     QT_TRANSLATE_NOOP("Error", "a header is 214 bytes, not %1"),
                     {QString::number(bytes.size())});
    }
    const auto* p = reinterpret_cast<const std::uint8_t*>(bytes.data());
    Header h;
    h.version = static_cast<std::uint16_t>(readBigEndian(p + kVersionAt, 2));
    if (h.version != kVersion) {
        return Error(ErrorKind::Malformed, "header.version",
                     QT_TRANSLATE_NOOP("Error", "header version %1 is not 1"),
                     {QString::number(h.version)});
    }
    h.chainId = getDigest(p + kChainIdAt);
    h.height = readBigEndian(p + kHeightAt, 8);
    h.timeMs = readBigEndian(p + kTimeAt, 8);
    h.prevHash = getDigest(p + kPrevHashAt);
    h.historyRoot = getDigest(p + kHistoryRootAt);
    h.recordsRoot = getDigest(p + kRecordsRootAt);
    h.recordCount = static_cast<std::uint32_t>(readBigEndian(p + kRecordCountAt, 4));
    h.validatorsHash = getDigest(p + kValidatorsHashAt);
    h.nextValidatorsHash = getDigest(p + kNextValidatorsHashAt);
    return h;
}

Status checkLink(const Header& prev, const Digest& prevHash, const Header& next)
{
    if (prev.height == UINT64_MAX || next.height != prev.height + 1) {
        return linkError("header.height",
                         QT_TRANSLATE_NOOP("Error", "header at height %1 follows height %2"),
                         next.height, {QString::number(prev.height)});
    }
    if (next.chainId != prev.chainId) {
        return linkError("header.chain-id",
                         QT_TRANSLATE_NOOP("Error", "header at height %1 belongs to another chain"),
                         next.height);
    }
    if (next.prevHash != prevHash) {
        return linkError(
            "header.prev-hash",
            QT_TRANSLATE_NOOP("Error",
                              "header at height %1 does not link to the previous header's hash"),
            next.height);
    }
    if (next.timeMs <= prev.timeMs) {
        return linkError(
            "header.time",
            QT_TRANSLATE_NOOP("Error", "header at height %1 has time %2, not after %3"),
            next.height, {QString::number(next.timeMs), QString::number(prev.timeMs)});
    }
    if (next.validatorsHash != prev.nextValidatorsHash) {
        return linkError(
            "header.validators",
            QT_TRANSLATE_NOOP(
                "Error",
                "header at height %1 names a validator set its predecessor did not announce"),
            next.height);
    }
    return okStatus();
}

}  // namespace pp::chain
