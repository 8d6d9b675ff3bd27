#pragma once

#include "common/bytes.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

struct evp_md_ctx_st;
struct evp_md_st;

namespace pp::crypto {

// The chain's hash function H (spec §1): fixed by the genesis document, chosen at run time.
enum class HashAlg { Sha256, Sm3 };

QString hashAlgName(HashAlg alg);  // "sha-256" or "sm3", the genesis spelling
std::optional<HashAlg> hashAlgFromName(QStringView name);

// Incremental hashing through OpenSSL EVP. A Hasher is reusable: finish() resets it.
// Not thread-safe; use one per thread.
class Hasher
{
public:
    explicit Hasher(HashAlg alg);
    ~Hasher();
    Hasher(Hasher&& other) noexcept;
    Hasher& operator=(Hasher&& other) noexcept;
    Hasher(const Hasher&) = delete;
    Hasher& operator=(const Hasher&) = delete;

    HashAlg alg() const { return alg_; }
    Hasher& update(QByteArrayView data);
    Hasher& update(const Digest& d) { return update(view(d)); }
    Digest finish();

private:
    void start();

    HashAlg alg_;
    const evp_md_st* md_;  // looked up once: re-initialising is on every hash's path
    evp_md_ctx_st* ctx_;
};

// One-shot H(data) on a per-thread context (no allocation per call).
Digest hash(HashAlg alg, QByteArrayView data);

// A file checksum outside the chain's hash (a BagIt manifest's SHA-256 or SHA-512), by
// OpenSSL's digest name ("SHA256", "SHA512"), as lowercase hex.
QString fileChecksum(const char* digestName, QByteArrayView data);

// fileChecksum() of a file taken in pieces as it is read, so that a file need not be held
// whole to be checked. Reusable: finishHex() starts it again. One per thread.
class FileChecksum
{
public:
    explicit FileChecksum(const char* digestName);
    ~FileChecksum();
    FileChecksum(const FileChecksum&) = delete;
    FileChecksum& operator=(const FileChecksum&) = delete;

    FileChecksum& update(QByteArrayView data);
    QString finishHex();

private:
    void start();

    const char* name_;
    const evp_md_st* md_;
    evp_md_ctx_st* ctx_;
};

}  // namespace pp::crypto
