#pragma once

#include "chain/verified_header.h"
#include "common/result.h"
#include "merkle/proof.h"
#include "records/record.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pp::store {
class Workspace;
}

namespace pp::lightnode {

// One check the record inspector re-runs, and what it found.
struct InspectionCheck
{
    enum class Outcome { Passed, Failed, NotRun };
    explicit InspectionCheck(const char* name) : what(name) {}
    const char* what;  // QT_TRANSLATE_NOOP("Check", ...)
    Outcome outcome = Outcome::NotRun;
    std::optional<Error> error;  // why it failed
    // What passing established, in "Check" context, so the console shows it in the user's
    // language.
    Text detail;
};

// Everything the workspace holds about one stored record, and the spec §9 checks run on it
// again from the stored bytes alone: the block header's hash links up to a commit the
// workspace holds, that commit's signatures against the validator set, the Merkle proof
// against the header's records root, the device's signature with the key its verified
// registration binds, and the payload. A record whose bytes were altered after it was
// stored fails here.
struct RecordInspection
{
    QByteArray deviceId;
    std::uint64_t height = 0, index = 0;    // where the record sits: block and leaf
    QByteArray bytes;                       // its COSE_Sign1, as stored
    std::optional<records::Record> record;  // when the bytes still parse
    std::optional<chain::VerifiedHeader> header;
    merkle::Proof proof;
    std::optional<std::uint64_t> commitHeight;
    QStringList commitSigners;  // names, of the commit at commitHeight
    std::vector<InspectionCheck> checks;

    bool verified() const;
};

Result<RecordInspection> inspectRecord(store::Workspace& workspace, std::uint64_t height,
                                       std::uint64_t index);

}  // namespace pp::lightnode
