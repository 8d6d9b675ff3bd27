#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <map>

namespace pp::evidence {

// Files by their path under one folder, in path order.
using FileTree = std::map<QString, QByteArray>;

// A ZIP (libarchive) holding exactly one top-level folder, `root`, with `files` under it
// (evidence.md §1). Written to a temporary file beside `path` and renamed into place, so a
// failed or cancelled export leaves no half package.
Status writeZip(const QString& path, const QString& root, const FileTree& files);

// Receives the files of a ZIP as they inflate: begin() for each, its bytes in pieces,
// then end(). `path` is under the top-level folder. `sizeHint` is what the entry declares,
// bounded by what the package may still unpack to (0 when it declares nothing): room to
// reserve, never a promise. A file begin() declines is passed over, not inflated, and
// gets neither bytes nor end().
class FileSink
{
public:
    virtual ~FileSink() = default;
    virtual bool begin(const QString& path, qint64 sizeHint) = 0;
    virtual void append(QByteArrayView bytes) = 0;
    virtual void end() = 0;
};

inline constexpr qint64 kMaxExpansion = 200;  // our packages deflate 3–7 times
inline constexpr qint64 kExpansionFloor = qint64{64} << 20;
inline constexpr qint64 kMaxPackageBytes = qint64{4} << 30;

// Streams the files under the one top-level folder of a ZIP into `sink`, and returns that
// folder's name. Refuses, by entry name, anything evidence.md §1 forbids: absolute or
// drive paths, "..", backslashes, links and other special entries, a second top-level
// folder, files outside the folder, the same path twice; an entry that declares more than
// `maxBytes`, more than `maxBytes` unpacked in all, or more than kMaxExpansion times the
// file's size once past kExpansionFloor (a ZIP bomb): each before it is inflated further.
// On an error the sink may have had part of a file. Readers that share one package between
// them, each inflating its own files, share `unpacked`: the limits then hold for what they
// inflate together.
Result<QString> readZip(const QString& path, FileSink& sink, qint64 maxBytes = kMaxPackageBytes,
                        std::atomic<qint64>* unpacked = nullptr);

// readZip() into memory, every file whole: for packages known to be small.
struct ZipContents
{
    QString root;
    FileTree files;
};
Result<ZipContents> readZip(const QString& path, qint64 maxBytes = kMaxPackageBytes);

}  // namespace pp::evidence
