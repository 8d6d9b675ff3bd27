#pragma once

#include "common/result.h"
#include "lightnode/sync_report.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace pp::cli {

// What the workspace commands (sync, status, devices, records, findings) share.

// --db FILE, declared the same way by each.
void addDatabaseOption(QCommandLineParser& parser);
// The workspace named by --db, which must exist already (only sync creates one), opened
// for reading only: a read command never changes the file, and works on a read-only one.
Result<store::Workspace> openExistingWorkspace(const QCommandLineParser& parser);

// --from/--to: ISO 8601 dates or times ("2025-03-01", "2025-03-01T08:00:00+08:00"); without
// an offset, UTC. Absent: `fallback`.
Result<std::uint64_t> parseTimeOption(const QCommandLineParser& parser, const QString& option,
                                      std::uint64_t fallback);

// --from and --to together: a window that ends after it starts.
Result<std::pair<std::uint64_t, std::uint64_t>> parseWindowOptions(
    const QCommandLineParser& parser);

QString isoTime(std::uint64_t ms);  // "2025-03-01T08:00:00Z"
QJsonObject findingJson(const store::FindingRow& f);
QString findingLine(const store::FindingRow& f);
// Time of devices no sync took (lightnode::uncoveredTime), for sync and status: as JSON,
// and as lines that end with what to do about it (none when nothing is missing).
QJsonArray notSyncedJson(const std::vector<lightnode::DeviceHoles>& devices);
QStringList notSyncedLines(const std::vector<lightnode::DeviceHoles>& devices);

}  // namespace pp::cli
