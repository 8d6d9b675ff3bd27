#pragma once

#include "evidence/package_contents.h"
#include "evidence/zip_archive.h"
#include "findings/finding.h"

namespace pp::evidence {

// The payload files for people and their spreadsheets (evidence.md §1, "anything else"):
// records/<device>.csv, one row per sample with a column per quantity; records.json, the
// same for every device; findings.csv and findings.json, what the console found about the
// devices in the window. Paths are relative to data/. None of it is evidence: the notes say
// that evidence.cbor is what proves, and these are its readable copy.
FileTree readableFiles(const std::vector<DeviceContents>& devices,
                       const std::vector<findings::Finding>& findings);

// The file name a device's CSV goes under: its id in hex, so that names from a
// registration's meta never become paths.
QString recordsCsvName(const QByteArray& deviceId);

}  // namespace pp::evidence
