#include "findings/finding_codes.h"

#include "findings/finding.h"

#include <QCoreApplication>

namespace pp::findings {

namespace {

constexpr FindingCode kCodes[] = {
    {"PROOF_INVALID",
     QT_TRANSLATE_NOOP("Finding",
                       "The record's Merkle proof does not lead to its block's records root: "
                       "the node served a record that is not in the block. It was refused."),
     true},
    {"SIGNATURE_INVALID",
     QT_TRANSLATE_NOOP("Finding",
                       "The signature does not verify with the key registered for the device "
                       "at that point of the ledger. The record was refused."),
     true},
    {"HEADER_UNVERIFIED",
     QT_TRANSLATE_NOOP("Finding",
                       "The record's block header could not be tied to the verified chain. "
                       "The record was refused."),
     true},
    {"UNKNOWN_DEVICE",
     QT_TRANSLATE_NOOP("Finding",
                       "No verified registration speaks for this device at that point of the "
                       "ledger. The record was refused."),
     true},
    {"REVOKED_DEVICE",
     QT_TRANSLATE_NOOP("Finding",
                       "The device's registration had been revoked when this record was "
                       "written. The record was refused."),
     true},
    {"MALFORMED",
     QT_TRANSLATE_NOOP("Finding",
                       "The entry, or one sample of it, does not decode as the protocol "
                       "requires. An entry that does not decode was refused; a sample that "
                       "does not decode is left out, and the rest of its record stands."),
     true},
    {"SEQ_GAP",
     QT_TRANSLATE_NOOP("Finding",
                       "Records of the device are missing: its sequence numbers skip. The "
                       "device may have withheld data, or lost it."),
     false},
    {"SEQ_REPEAT",
     QT_TRANSLATE_NOOP("Finding",
                       "The device used a sequence number a second time: two records claim "
                       "the same place in its history."),
     false},
    {"TIME_REGRESSION",
     QT_TRANSLATE_NOOP("Finding",
                       "The record's time is earlier than the device's previous record: its "
                       "clock went backwards or the data was back-dated."),
     false},
    {"IMPLAUSIBLE",
     QT_TRANSLATE_NOOP("Finding",
                       "The device signed this data, but physics says it cannot have measured "
                       "it: energy above the rating, generation at night, a register that "
                       "runs backwards, a vehicle that jumps."),
     false},
    {"FORK",
     QT_TRANSLATE_NOOP("Finding",
                       "Two different blocks at one height, each signed by enough validators: "
                       "validators signed twice. Sync halted; the evidence is kept."),
     false},
    {"WITNESS_FAULTY",
     QT_TRANSLATE_NOOP("Finding",
                       "A witness served a header that differs from the verified chain "
                       "without a valid commit. The witness is not trusted."),
     false},
};

}  // namespace

const FindingCode* findingCode(QStringView code)
{
    for (const FindingCode& c : kCodes) {
        if (code == QLatin1String(c.code))
            return &c;
    }
    return nullptr;
}

const char* const kSampleFault = QT_TRANSLATE_NOOP("Finding", "sample %1 of %2: %3");

bool refusesEntry(const Finding& finding)
{
    const FindingCode* c = findingCode(finding.code);
    if (c == nullptr || !c->rejectsEntry)
        return false;
    return finding.message.innermostSource() != kSampleFault;
}

}  // namespace pp::findings
