#include "report/bilingual_html.h"

#include <QDateTime>
#include <QImage>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

namespace pp::report {

QString both(const char* english, const char* chinese)
{
    return QStringLiteral("%1 · %2").arg(QString::fromUtf8(english), QString::fromUtf8(chinese));
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td class='k'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString utcMinute(std::uint64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString styleSheet()
{
    return QStringLiteral(
        "body { font-family: 'Noto Sans CJK SC', 'Noto Sans', sans-serif; font-size: 9pt; }"
        "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; }"
        "h3 { font-size: 10pt; margin-top: 10px; } td.k { color: #555555; padding-right: 8px; }"
        "table.grid td, table.grid th { border: 1px solid #bbbbbb; padding: 2px; }"
        "code, pre { font-family: 'Noto Sans Mono', monospace; font-size: 8pt; }"
        // A command with a 64-digit chain id is wider than an A4 page: wrap at its spaces
        // rather than lose its end past the margin.
        "pre { white-space: pre-wrap; }"
        ".cap { color: #555555; }");
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString orNone(const std::optional<double>& v, int decimals, const QString& unit)
{
    return v ? fixed(*v, decimals) + unit : both("none", "无");
}

QString embedImage(QTextDocument& doc, const QImage& image, const QString& name)
{
    if (image.isNull())
        return {};
    doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
    return QStringLiteral("<p><img src='%1' width='640'></p>").arg(name);
}

}  // namespace pp::report
