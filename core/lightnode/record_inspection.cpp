#include "lightnode/record_inspection.h"

#include "records/payload.h"

#include "analytics/asset_info.h"
#include "chain/commit.h"
#include "chain/validator_set.h"
#include "lightnode/device_keys.h"
#include "lightnode/entry_check.h"
#include "merkle/proof_codec.h"
#include "records/payload.h"
#include "store/workspace.h"

#include <algorithm>
#include <cstring>

namespace pp::lightnode {

namespace {

using Outcome = InspectionCheck::Outcome;

constexpr const char* kHeaderCheck =
    QT_TRANSLATE_NOOP("Check", "Block header belongs to the verified chain");

constexpr const char* kNoHeader =
    QT_TRANSLATE_NOOP("Error", "the workspace holds no header for block %1");
constexpr const char* kNoCommit =
    QT_TRANSLATE_NOOP("Error", "the workspace holds no commit for block %1");

// `text`: kNoHeader or kNoCommit.
Error notHeld(const char* text, std::uint64_t height)
{
    return Error(ErrorKind::Invalid, "inspect.missing", text, {QString::number(height)});
}

// The record's header: its hash recomputes, and (when it was synced by hash links) each
// header above it links to it up to the commit's height.
InspectionCheck checkHeader(store::Workspace& ws, const store::StoredHeader& h,
                            std::uint64_t commitHeight, crypto::HashAlg alg,
                            store::RecordRow::Basis basis)
{
    InspectionCheck c(kHeaderCheck);
    if (h.header.hash(alg) != h.hash) {
        c.outcome = Outcome::Failed;
        c.error = Error(ErrorKind::Invalid, "inspect.header-hash",
                        QT_TRANSLATE_NOOP("Error", "header %1 does not hash to its stored hash"),
                        {QString::number(h.header.height)});
        return c;
    }
    if (basis == store::RecordRow::Basis::HistoryProof) {
        c.outcome = Outcome::Passed;
        c.detail = Text(
            "Check", QT_TRANSLATE_NOOP("Check", "header %1 was tied to the tip by a history proof"),
            {QString::number(h.header.height)});
        return c;
    }
    Digest below = h.hash;
    for (std::uint64_t k = h.header.height + 1; k <= commitHeight; ++k) {
        auto next = ws.chain().header(k);
        if (!next || !*next) {
            c.outcome = Outcome::Failed;
            c.error = next ? notHeld(kNoHeader, k) : std::move(next).error();
            return c;
        }
        if ((*next)->header.prevHash != below || (*next)->header.hash(alg) != (*next)->hash) {
            c.outcome = Outcome::Failed;
            c.error = Error(ErrorKind::Invalid, "inspect.header-link",
                            QT_TRANSLATE_NOOP("Error", "header %1 does not link to header %2"),
                            {QString::number(k), QString::number(k - 1)});
            return c;
        }
        below = (*next)->hash;
    }
    c.outcome = Outcome::Passed;
    c.detail =
        Text("Check", QT_TRANSLATE_NOOP("Check", "linked by hashes from block %1 up to block %2"),
             {QString::number(h.header.height), QString::number(commitHeight)});
    return c;
}

InspectionCheck checkCommit(store::Workspace& ws, std::uint64_t height, const QByteArray& bytes,
                            crypto::HashAlg alg, QStringList& signers)
{
    InspectionCheck c(QT_TRANSLATE_NOOP("Check", "Commit signed by over two thirds of the power"));
    auto fail = [&](Error e) {
        c.outcome = Outcome::Failed;
        c.error = std::move(e);
        return c;
    };
    auto header = ws.chain().header(height);
    if (!header)
        return fail(std::move(header).error());
    if (!*header)
        return fail(notHeld(kNoHeader, height));
    auto commit = chain::Commit::decode(bytes);
    if (!commit)
        return fail(std::move(commit).error());
    auto setBytes = ws.chain().validatorSetAt(height);
    if (!setBytes)
        return fail(std::move(setBytes).error());
    auto set = chain::ValidatorSet::decode(*setBytes, alg);
    if (!set)
        return fail(std::move(set).error());
    auto checked = chain::verifyCommit(*commit, (*header)->header, (*header)->hash, *set);
    if (!checked)
        return fail(std::move(checked).error());
    for (std::uint64_t i : checked->signers)
        signers << set->at(i).name;
    c.outcome = Outcome::Passed;
    c.detail = Text("Check", QT_TRANSLATE_NOOP("Check", "block %1: %2 of %3 power, signed by %4"),
                    {QString::number(height), QString::number(checked->signedPower),
                     QString::number(checked->totalPower), signers.join(QStringLiteral(", "))});
    return c;
}

// Proof, signature and payload, by the same code the sync ran (entry_check.h).
void checkEntry(RecordInspection& out, const chain::Header& header, crypto::HashAlg alg,
                const DeviceKeys& keys, const records::Terminal& terminal)
{
    InspectionCheck proof(QT_TRANSLATE_NOOP("Check", "Merkle proof leads to the records root"));
    InspectionCheck signature(
        QT_TRANSLATE_NOOP("Check", "Signed with the device's registered key"));
    InspectionCheck payload(QT_TRANSLATE_NOOP("Check", "Record and payload decode"));
    const merkle::TreeHasher hasher(alg);
    const net::Entry entry{out.height, out.index, out.bytes, out.proof};
    EntryVerdict v = checkDeviceEntry(entry, header, hasher, out.deviceId, keys);
    const char* code = v.findingCode;
    if (code == nullptr) {
        proof.outcome = signature.outcome = payload.outcome = Outcome::Passed;
        proof.detail = Text("Check", QT_TRANSLATE_NOOP("Check", "leaf %1 of %2"),
                            {QString::number(out.index), QString::number(header.recordCount)});
        // The record stands; samples that do not decode are named (spec §9.5).
        const records::RecordBody& body = v.record->body;
        const records::Payload decoded = records::Payload::decode(body, &terminal);
        if (!decoded.faults.empty()) {
            QStringList faults;
            for (const records::SampleFault& f : decoded.faults)
                faults << QStringLiteral("%1: %2").arg(f.sample).arg(f.error.localizedMessage());
            payload.detail = Text(
                "Check",
                QT_TRANSLATE_NOOP("Check", "%1 of %2 samples do not decode (MALFORMED): %3"),
                {QString::number(decoded.faults.size()), QString::number(body.binarySamples.size()),
                 faults.join(QStringLiteral("; "))});
        }
    } else if (std::strcmp(code, "PROOF_INVALID") == 0) {
        proof.outcome = Outcome::Failed;
        proof.error = v.error;
    } else {
        proof.outcome = Outcome::Passed;
        if (std::strcmp(code, "MALFORMED") == 0) {
            // Before the signature when the envelope does not parse, after it otherwise.
            if (out.record)
                signature.outcome = Outcome::Passed;
            payload.outcome = Outcome::Failed;
            payload.error = v.error;
        } else {
            signature.outcome = Outcome::Failed;
            signature.error = v.error;
        }
    }
    out.checks.push_back(std::move(proof));
    out.checks.push_back(std::move(signature));
    out.checks.push_back(std::move(payload));
}

}  // namespace

bool RecordInspection::verified() const
{
    return !checks.empty() && std::all_of(checks.begin(), checks.end(), [](const auto& c) {
        return c.outcome == Outcome::Passed;
    });
}

Result<RecordInspection> inspectRecord(store::Workspace& ws, std::uint64_t height,
                                       std::uint64_t index)
{
    auto row = ws.records().at(height, index);
    if (!row)
        return std::move(row).error();
    if (!*row)
        return Error(
            ErrorKind::Invalid, "inspect.no-record",
            QT_TRANSLATE_NOOP("Error", "the workspace holds no record at block %1, index %2"),
            {QString::number(height), QString::number(index)});
    auto genesis = ws.chain().trustedGenesis();
    if (!genesis)
        return std::move(genesis).error();
    const crypto::HashAlg alg = genesis->hashAlg();

    RecordInspection out;
    store::RecordRow& stored = **row;
    out.deviceId = stored.deviceId;
    out.height = stored.height;
    out.index = stored.index;
    out.bytes = stored.record;
    if (auto r = records::Record::parse(out.bytes, alg))
        out.record = std::move(*r);
    if (auto p = merkle::decodeProof(stored.proof))
        out.proof = std::move(*p);
    auto header = ws.chain().header(height);
    if (!header)
        return std::move(header).error();
    out.header = *header;
    auto commit = ws.chain().commitAtOrAbove(height);
    if (!commit)
        return std::move(commit).error();

    if (!out.header || !*commit) {
        InspectionCheck c(kHeaderCheck);
        c.outcome = Outcome::Failed;
        c.error = notHeld(!out.header ? kNoHeader : kNoCommit, height);
        out.checks.push_back(std::move(c));
        return out;
    }
    out.commitHeight = (*commit)->first;
    out.checks.push_back(checkHeader(ws, *out.header, *out.commitHeight, alg, stored.basis));
    out.checks.push_back(
        checkCommit(ws, *out.commitHeight, (*commit)->second, alg, out.commitSigners));

    auto keys = DeviceKeys::load(ws);
    if (!keys)
        return std::move(keys).error();
    records::Terminal terminal;
    auto devices = ws.registrations().devices(out.deviceId);
    if (!devices)
        return std::move(devices).error();
    if (!devices->empty())
        terminal = analytics::AssetInfo::fromDevice(devices->front()).terminal;
    checkEntry(out, out.header->header, alg, *keys, terminal);
    return out;
}

}  // namespace pp::lightnode
