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

struct Finding;

// What a MALFORMED finding on one sample says (spec §9.5): "sample 3 of 48: <why>". Its
// record was verified and stored; only that sample is left out.
extern const char* const kSampleFault;

// Whether the finding's entry was refused (never stored): its code's rule, except that a
// MALFORMED finding on one sample leaves its record standing.
bool refusesEntry(const Finding& finding);

}  // namespace pp::findings
