#pragma once

#include <QByteArray>
#include <QString>

class QTextDocument;

namespace pp::report {

struct PdfMeta
{
    QString title, creator;
    // Printed at the foot of every page, beside "n / N": what the report rests on (the
    // chain id and the anchor), so that a page torn out still says it.
    QString footer;
};

// `doc` on A4 pages with 15 mm margins, each page footed. Needs a QGuiApplication (the
// CLI makes an offscreen one); may run on any thread.
QByteArray printPdf(QTextDocument& doc, const PdfMeta& meta);

}  // namespace pp::report
