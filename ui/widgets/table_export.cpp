#include "table_export.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QTextStream>

namespace pp::ui {

QString csvField(QString text)
{
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

bool exportModelCsv(const QAbstractItemModel& model, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream out(&file);
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << csvField(model.headerData(c, Qt::Horizontal).toString());
    out << cells.join(QLatin1Char(',')) << '\n';
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            cells << csvField(model.index(r, c).data().toString());
        out << cells.join(QLatin1Char(',')) << '\n';
    }
    out.flush();
    return file.error() == QFile::NoError;
}

}  // namespace pp::ui
