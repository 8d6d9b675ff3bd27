#pragma once

#include <QString>

#include <optional>

#include <cstdint>

class QImage;
class QTextDocument;

namespace pp::report {

// The pieces PowerProof's PDF reports are written in: each is read on both sides of a
// border, so a label carries its English and its Chinese.

// "English · 中文".
QString both(const char* english, const char* chinese);
// A row of a two-column table: its label greyed, `valueHtml` as given.
QString row(const QString& label, const QString& valueHtml);
// A UTC time to the minute: "2025-03-01 08:00".
QString utcMinute(std::uint64_t ms);
// The style sheet every report shares: CJK-capable fonts, headings, tables, captions.
QString styleSheet();
// Text from data (names, messages) made safe inside the reports' HTML.
QString escaped(const QString& text);
// A number with a fixed count of decimals, as reports print them (no locale grouping).
QString fixed(double v, int decimals);
// The figure with its unit, or "none · 无".
QString orNone(const std::optional<double>& v, int decimals, const QString& unit = {});
// `image` added to `doc` under `name` and shown a page wide; nothing for a null image.
QString embedImage(QTextDocument& doc, const QImage& image, const QString& name);

}  // namespace pp::report
