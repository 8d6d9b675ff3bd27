#include "crypto/hash.h"

#include <QtGlobal>

#include "crypto/openssl_handles.h"

namespace pp::crypto {

namespace {

// Explicitly fetched digests: an implicit fetch on every EVP_DigestInit is the dominant cost
// of hashing short inputs under OpenSSL 3.
const EVP_MD* fetchedMd(HashAlg alg)
{
    const EVP_MD* md = alg == HashAlg::Sha256 ? detail::sha256Md() : detail::sm3Md();
    if (md == nullptr)  // an OpenSSL built without the algorithm: nothing can be verified
        qFatal("OpenSSL does not provide %s", qPrintable(hashAlgName(alg)));
    return md;
}

}  // namespace

QString hashAlgName(HashAlg alg)
{
    return alg == HashAlg::Sha256 ? QStringLiteral("sha-256") : QStringLiteral("sm3");
}

std::optional<HashAlg> hashAlgFromName(QStringView name)
{
    if (name == u"sha-256")
        return HashAlg::Sha256;
    if (name == u"sm3")
        return HashAlg::Sm3;
    return std::nullopt;
}

Hasher::Hasher(HashAlg alg) : alg_(alg), md_(fetchedMd(alg)), ctx_(EVP_MD_CTX_new())
{
    if (ctx_ == nullptr)
        qFatal("out of memory allocating a digest context");
    start();
}

Hasher::~Hasher()
{
    EVP_MD_CTX_free(ctx_);
}

Hasher::Hasher(Hasher&& other) noexcept : alg_(other.alg_), md_(other.md_), ctx_(other.ctx_)
{
    other.ctx_ = nullptr;
}

Hasher& Hasher::operator=(Hasher&& other) noexcept
{
    std::swap(alg_, other.alg_);
    std::swap(md_, other.md_);
    std::swap(ctx_, other.ctx_);
    return *this;
}

void Hasher::start()
{
    if (EVP_DigestInit_ex2(ctx_, md_, nullptr) != 1)
        qFatal("EVP_DigestInit_ex2 failed for %s", qPrintable(hashAlgName(alg_)));
}

Hasher& Hasher::update(QByteArrayView data)
{
    if (EVP_DigestUpdate(ctx_, data.data(), static_cast<size_t>(data.size())) != 1)
        qFatal("EVP_DigestUpdate failed");
    return *this;
}

Digest Hasher::finish()
{
    Digest out{};
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(ctx_, out.data(), &len) != 1 || len != out.size())
        qFatal("EVP_DigestFinal_ex failed");
    start();
    return out;
}

Digest hash(HashAlg alg, QByteArrayView data)
{
    thread_local Hasher hashers[] = {Hasher(HashAlg::Sha256), Hasher(HashAlg::Sm3)};
    return hashers[alg == HashAlg::Sha256 ? 0 : 1].update(data).finish();
}

QString fileChecksum(const char* digestName, QByteArrayView data)
{
    return FileChecksum(digestName).update(data).finishHex();
}

FileChecksum::FileChecksum(const char* digestName)
    : name_(digestName), md_(EVP_get_digestbyname(digestName)), ctx_(EVP_MD_CTX_new())
{
    if (md_ == nullptr || ctx_ == nullptr)
        qFatal("OpenSSL does not provide the %s digest", digestName);
    start();
}

FileChecksum::~FileChecksum()
{
    EVP_MD_CTX_free(ctx_);
}

void FileChecksum::start()
{
    if (EVP_DigestInit_ex2(ctx_, md_, nullptr) != 1)
        qFatal("EVP_DigestInit_ex2 failed for %s", name_);
}

FileChecksum& FileChecksum::update(QByteArrayView data)
{
    if (EVP_DigestUpdate(ctx_, data.data(), static_cast<size_t>(data.size())) != 1)
        qFatal("EVP_DigestUpdate failed for %s", name_);
    return *this;
}

QString FileChecksum::finishHex()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx_, out, &length) != 1)
        qFatal("EVP_DigestFinal_ex failed for %s", name_);
    start();
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(length)).toHex());
}

}  // namespace pp::crypto
