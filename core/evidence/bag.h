#pragma once

#include "common/result.h"
#include "crypto/hash.h"
#include "evidence/zip_archive.h"

#include <QString>

#include <functional>
#include <map>
#include <utility>
#include <vector>

namespace pp::evidence {

// A BagIt 1.0 bag (RFC 8493) as evidence.md §1–§2 shape it: payload files under data/,
// bag-info.txt, SHA-256 and SHA-512 payload manifests, and a SHA-256 tag manifest over
// bagit.txt, bag-info.txt and both manifests (what a signature and a time-stamp cover).
// Other tag files (signatures/, timestamps/) may sit beside them, outside the tag manifest.
namespace bag {

// bag-info.txt's lines, in order: label and value.
using Info = std::vector<std::pair<QString, QString>>;

// The whole bag: `payload` (paths under data/, without the "data/" prefix) with its
// manifests and tag files. Payload-Oxum is added to `info`.
FileTree make(const FileTree& payload, Info info);

// A file of a bag as it was read: its size and checksums.
struct Sums
{
    qint64 size = 0;
    QString sha256, sha512;  // lowercase hex
};

// A bag as a verifier reads it: every file's size and checksums, and the bytes of its tag
// files (those outside data/) and of the payload files the verifier asked for. The rest of
// the payload, most of a package, is checked without being held.
struct Listing
{
    std::map<QString, Sums> sums;
    FileTree kept;

    // Adds what another reader of the same bag read (its files are not this one's).
    void add(Listing other);
};

// Builds a Listing as a ZIP inflates (a readZip() sink), hashing each file on the way.
class Reader final : public FileSink
{
public:
    using Select = std::function<bool(const QString& path)>;
    using Whole = std::function<void(const QString& path, const QByteArray& bytes)>;
    // Reads the files `reads` accepts (every file when it is empty), so that readers on
    // several threads can share a bag, and keeps the payload files `keep` accepts. `whole`
    // is called with each kept file as soon as it is read, before the next inflates: work
    // on it can start while the rest do.
    explicit Reader(Select keep, Whole whole = {}, Select reads = {});

    bool begin(const QString& path, qint64 sizeHint) override;
    void append(QByteArrayView bytes) override;
    void end() override;

    Listing& listing() { return listing_; }

private:
    Select keep_;
    Whole whole_;
    Select reads_;
    Listing listing_;
    crypto::FileChecksum sha256_{"SHA256"}, sha512_{"SHA512"};
    std::map<QString, Sums>::iterator file_;  // the file being read: its path and sums
    QByteArray* bytes_ = nullptr;             // when the file is kept
};

// Checks a bag as a verifier must: bagit.txt, both payload manifests listing exactly the
// payload files with their checksums, the tag manifest, and Payload-Oxum. Returns its
// bag-info lines. Errors name the file and the line.
Result<Info> check(const Listing& bag);

// The value of `label` in `info`, or an empty string.
QString value(const Info& info, QStringView label);

// Whether `path` (under the bag's folder) is a tag file: one outside data/.
bool isTagFile(QStringView path);

}  // namespace bag

}  // namespace pp::evidence
