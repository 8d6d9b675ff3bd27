#pragma once

#include <QStringView>

namespace pp::findings {

// The finding codes of spec §9, what each means for a reader, and whether the entry it
// names was refused (never stored) or is stored data that cannot be true.
struct FindingCode
{
    const char* code;
    const char* explanation;  // QT_TRANSLATE_NOOP("Finding", ...)
    bool rejectsEntry;
};

// Known codes, or null.
const FindingCode* findingCode(QStringView code);

}  // namespace pp::findings
