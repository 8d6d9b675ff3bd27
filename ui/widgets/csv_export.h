#pragma once

#include "common/csv.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QAbstractItemModel;
class QTextStream;
class QWidget;

namespace pp::ui {

class BackgroundJob;
class JobContext;

// Writes the body of a CSV file on a job's thread: reports progress through the job and
// returns false as soon as it is cancelled.
using CsvWriter = std::function<bool(QTextStream& out, JobContext& job)>;

// Every export of the console: `write` runs off the UI thread while a progress dialog
// shows, whose Cancel stops it. A cancelled or failed export leaves no partial file, and a
// failure is reported in the window. The job is a child of `parent`; its finished() says
// it is done.
BackgroundJob* exportCsv(QWidget* parent, const QString& path, CsvWriter write);

// A table as shown (filtered and sorted), header row first: read on the UI thread, where
// the model lives, then written by exportCsv.
std::vector<QStringList> modelRows(const QAbstractItemModel& model);
CsvWriter rowsWriter(std::vector<QStringList> rows);

}  // namespace pp::ui
