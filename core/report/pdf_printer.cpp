#include "report/pdf_printer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <cmath>

namespace pp::report {

namespace {

constexpr double kFooterMm = 8;  // below the text, inside the bottom margin

}  // namespace

QByteArray printPdf(QTextDocument& doc, const PdfMeta& meta)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(meta.title);
        pdf.setCreator(meta.creator);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15 + kFooterMm), QPageLayout::Millimeter);
        // The document is laid out in the writer's own units, one page the printable area.
        const QRectF page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        doc.documentLayout()->setPaintDevice(&pdf);
        doc.setPageSize(page.size());
        const int pages = std::max(1, doc.pageCount());
        const double footerHeight = kFooterMm / 25.4 * pdf.resolution();
        QPainter painter(&pdf);
        QFont small = doc.defaultFont();
        small.setPointSizeF(7);
        for (int n = 0; n < pages; ++n) {
            if (n > 0)
                pdf.newPage();
            painter.save();
            painter.translate(0, -page.height() * n);
            doc.drawContents(&painter, QRectF(0, page.height() * n, page.width(), page.height()));
            painter.restore();
            painter.setFont(small);
            painter.setPen(Qt::darkGray);
            const QRectF foot(0, page.height() + footerHeight * 0.25, page.width(),
                              footerHeight * 0.75);
            painter.drawLine(foot.topLeft(), foot.topRight());
            painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, meta.footer);
            painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                             QStringLiteral("%1 / %2").arg(n + 1).arg(pages));
        }
    }  // the writer finishes the file when it goes
    return buffer.data();
}

}  // namespace pp::report
