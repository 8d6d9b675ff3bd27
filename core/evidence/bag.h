#pragma once

#include "common/result.h"
#include "evidence/zip_archive.h"

#include <QString>

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

// Checks a bag as a verifier must: bagit.txt, both payload manifests listing exactly the
// payload files with their checksums, the tag manifest, and Payload-Oxum. Returns its
// bag-info lines. Errors name the file and the line.
Result<Info> check(const FileTree& files);

// The value of `label` in `info`, or an empty string.
QString value(const Info& info, QStringView label);

}  // namespace bag

}  // namespace pp::evidence
