#pragma once

#include <QString>

#include <cstdint>

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

}  // namespace pp::report
