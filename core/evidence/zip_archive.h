#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <map>

namespace pp::evidence {

// Files by their path under one folder, in path order.
using FileTree = std::map<QString, QByteArray>;

// A ZIP (libarchive) holding exactly one top-level folder, `root`, with `files` under it
// (evidence.md §1). Written to a temporary file beside `path` and renamed into place, so a
// failed or cancelled export leaves no half package.
Status writeZip(const QString& path, const QString& root, const FileTree& files);

// The files under the one top-level folder of a ZIP, and that folder's name. Refuses, by
// entry name, anything evidence.md §1 forbids: absolute or drive paths, "..", backslashes,
// links and other special entries, a second top-level folder, files outside the folder,
// the same path twice; an entry that declares more than `maxBytes`, more than `maxBytes`
// unpacked in all, or more than kMaxExpansion times the file's size once past
// kExpansionFloor (a ZIP bomb): each before it is inflated further.
struct ZipContents
{
    QString root;
    FileTree files;
};
inline constexpr qint64 kMaxExpansion = 200;  // our packages deflate 3–7 times
inline constexpr qint64 kExpansionFloor = qint64{64} << 20;
// Called with each file as soon as it is read whole, before the next is inflated (and
// before the archive as a whole has passed): work on one file can start while the rest
// inflate. Its path is as in `files`.
using FileRead = std::function<void(const QString& path, const QByteArray& bytes)>;
inline constexpr qint64 kMaxPackageBytes = qint64{4} << 30;
Result<ZipContents> readZip(const QString& path, qint64 maxBytes = kMaxPackageBytes,
                            const FileRead& fileRead = {});

}  // namespace pp::evidence
