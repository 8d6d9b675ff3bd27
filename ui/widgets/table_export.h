#pragma once

#include <QString>

class QAbstractItemModel;

namespace pp::ui {

// A CSV field: quoted, with inner quotes doubled (RFC 4180).
QString csvField(QString text);

// Writes a model's rows as they are shown (filtered and sorted) to a CSV file, with the
// header row: what every table of the console exports.
bool exportModelCsv(const QAbstractItemModel& model, const QString& path);

}  // namespace pp::ui
