#include "evidence/evidence_verifier.h"

#include "chain/commit.h"
#include "chain/genesis.h"
#include "chain/header.h"
#include "chain/validator_set.h"
#include "common/parallel.h"
#include "lightnode/device_keys.h"
#include "lightnode/entry_check.h"
#include "store/row_types.h"

#include <QHash>

#include <map>

namespace pp::evidence {

namespace {

// An error about entry `i` under key `key`.
Error itemError(Error e, std::int64_t key, std::size_t i)
{
    return std::move(e)
        .within(QT_TRANSLATE_NOOP("Error", "entry %1"), {QString::number(i)})
        .within(QT_TRANSLATE_NOOP("Error", "key %1"), {QString::number(key)})
        .within(QT_TRANSLATE_NOOP("Error", "evidence"));
}

Error invalid(const char* code, const char* text, QStringList args = {})
{
    return Error(ErrorKind::Invalid, code, text, std::move(args));
}

class Checker
{
public:
    explicit Checker(const Document& d) : d_(d) {}

    Result<Verdict> run(const std::optional<Digest>& trustedChainId, const StepDone& done);

private:
    Status anchorAndGenesis(const std::optional<Digest>& trustedChainId);
    Status transitions();
    Status blocks();
    Status registrations();
    Status records();
    Status inHistory(const chain::Header& header, const Digest& hash,
                     const merkle::Proof& proof) const;

    const Document& d_;
    Verdict out_;
    std::optional<chain::Genesis> genesis_;
    std::optional<merkle::TreeHasher> hasher_;
    chain::Header anchor_;
    std::map<std::uint64_t, chain::Header> blocks_;
    std::vector<store::RegistrationRow> registered_;
};

Status Checker::anchorAndGenesis(const std::optional<Digest>& trustedChainId)
{
    auto genesis = chain::Genesis::decode(d_.genesis);
    if (!genesis)
        return std::move(genesis).error().within(QT_TRANSLATE_NOOP("Error", "genesis (key 2)"));
    if (trustedChainId && genesis->chainId() != *trustedChainId)
        return invalid("evidence.chain-id",
                       QT_TRANSLATE_NOOP("Error",
                                         "the package is of chain %1, not of the "
                                         "chain %2 you trust"),
                       {toHex(genesis->chainId()), toHex(*trustedChainId)});
    genesis_ = std::move(*genesis);
    hasher_.emplace(genesis_->hashAlg());
    out_.chainId = genesis_->chainId();
    out_.chainName = genesis_->fields().name;
    auto anchor = chain::Header::decode(d_.anchorHeader);
    if (!anchor)
        return std::move(anchor).error().within(QT_TRANSLATE_NOOP("Error", "anchor (key 4)"));
    if (anchor->chainId != out_.chainId)
        return invalid("evidence.anchor-chain",
                       QT_TRANSLATE_NOOP("Error", "the anchor header belongs to chain %1"),
                       {toHex(anchor->chainId)});
    anchor_ = *anchor;
    out_.anchorHeight = anchor_.height;
    out_.anchorHash = anchor_.hash(genesis_->hashAlg());
    out_.anchorTimeMs = anchor_.timeMs;
    return okStatus();
}

Status Checker::inHistory(const chain::Header& header, const Digest& hash,
                          const merkle::Proof& proof) const
{
    if (header.height == anchor_.height) {
        if (!proof.empty() || hash != out_.anchorHash)
            return invalid("evidence.not-anchor",
                           QT_TRANSLATE_NOOP("Error",
                                             "a header at the anchor's height must be "
                                             "the anchor, with an empty proof"));
        return okStatus();
    }
    if (header.height > anchor_.height)
        return invalid("evidence.above-anchor",
                       QT_TRANSLATE_NOOP("Error", "header %1 is above the anchor (%2)"),
                       {QString::number(header.height), QString::number(anchor_.height)});
    return merkle::verifyInclusion(*hasher_, header.height, anchor_.height,
                                   hasher_->leafHash(view(hash)), proof, anchor_.historyRoot);
}

// Steps 2 and 3: each transition's header in the anchor's history and signed by the set
// then in force, which hands over to the next; the anchor signed by the last.
Status Checker::transitions()
{
    const crypto::HashAlg alg = genesis_->hashAlg();
    chain::ValidatorSet set = genesis_->validators();
    std::uint64_t lastChange = 0;
    for (std::size_t i = 0; i < d_.transitions.size(); ++i) {
        const Transition& t = d_.transitions[i];
        auto check = [&]() -> Status {
            auto before = chain::Header::decode(t.headerBefore);
            if (!before)
                return std::move(before).error();
            if (before->height + 1 <= lastChange)
                return invalid("evidence.order",
                               QT_TRANSLATE_NOOP("Error",
                                                 "transitions must be in increasing "
                                                 "height, each once"));
            lastChange = before->height + 1;
            const Digest hash = before->hash(alg);
            if (auto st = inHistory(*before, hash, t.historyProof); !st)
                return st;
            auto commit = chain::Commit::decode(t.commit);
            if (!commit)
                return std::move(commit).error();
            if (auto ok = chain::verifyCommit(*commit, *before, hash, set); !ok)
                return std::move(ok).error();
            auto next = chain::ValidatorSet::decode(t.set, alg);
            if (!next)
                return std::move(next).error();
            if (next->hash() != before->nextValidatorsHash)
                return invalid("evidence.next-set",
                               QT_TRANSLATE_NOOP("Error",
                                                 "the new set is not the one header "
                                                 "%1 announces"),
                               {QString::number(before->height)});
            set = std::move(*next);
            return okStatus();
        };
        if (auto st = check(); !st)
            return itemError(std::move(st).error(), 3, i);
    }
    out_.transitions = d_.transitions.size();
    auto commit = chain::Commit::decode(d_.anchorCommit);
    if (!commit)
        return std::move(commit).error().within(QT_TRANSLATE_NOOP("Error", "anchor (key 4)"));
    if (auto ok = chain::verifyCommit(*commit, anchor_, out_.anchorHash, set); !ok)
        return std::move(ok).error().within(QT_TRANSLATE_NOOP("Error", "anchor (key 4)"));
    return okStatus();
}

// Step 4.
Status Checker::blocks()
{
    for (std::size_t i = 0; i < d_.blocks.size(); ++i) {
        const Block& b = d_.blocks[i];
        auto check = [&]() -> Status {
            auto header = chain::Header::decode(b.header);
            if (!header)
                return std::move(header).error();
            if (header->chainId != out_.chainId)
                return invalid("evidence.block-chain",
                               QT_TRANSLATE_NOOP("Error", "block %1 belongs to chain %2"),
                               {QString::number(header->height), toHex(header->chainId)});
            if (!blocks_.empty() && header->height <= blocks_.rbegin()->first)
                return invalid("evidence.order",
                               QT_TRANSLATE_NOOP("Error",
                                                 "blocks must be in increasing height, "
                                                 "each once"));
            if (auto st = inHistory(*header, header->hash(genesis_->hashAlg()), b.historyProof);
                !st)
                return st;
            blocks_.emplace(header->height, *header);
            return okStatus();
        };
        if (auto st = check(); !st)
            return itemError(std::move(st).error(), 5, i);
    }
    return okStatus();
}

// Step 5 for registrations and revocations: in a block of key 5, signed by a registrar.
Status Checker::registrations()
{
    for (std::size_t i = 0; i < d_.registrations.size(); ++i) {
        const Entry& e = d_.registrations[i];
        const auto block = blocks_.find(e.height);
        if (block == blocks_.end())
            return itemError(
                invalid("evidence.no-block", QT_TRANSLATE_NOOP("Error", "block %1 is not in key 5"),
                        {QString::number(e.height)}),
                7, i);
        const net::Entry entry{e.height, e.index, e.record, e.proof};
        lightnode::EntryVerdict v =
            lightnode::checkRegistrarEntry(entry, block->second, *genesis_, *hasher_);
        if (!v.record)
            return itemError(*v.error, 7, i);
        const records::RecordBody& body = v.record->body;
        registered_.push_back(lightnode::registrationRow(entry, body));
    }
    out_.registrations = d_.registrations.size();
    return okStatus();
}

// Steps 5 and 6 for device records, and step 7's notices.
Status Checker::records()
{
    auto keys = lightnode::DeviceKeys::fromRegistrations(registered_);
    if (!keys)
        return std::move(keys).error().within(QT_TRANSLATE_NOOP("Error", "evidence"));
    const std::size_t n = d_.records.size();
    // Order and blocks first, in one pass; then each record's signature and proof on every
    // core, as a sync checks a page; the first failure by position is the one reported.
    std::vector<const chain::Header*> headers(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Entry& e = d_.records[i];
        if (i > 0 && std::pair(e.height, e.index) <=
                         std::pair(d_.records[i - 1].height, d_.records[i - 1].index))
            return itemError(
                invalid("evidence.order", QT_TRANSLATE_NOOP("Error",
                                                            "records must be in ledger "
                                                            "order, each once")),
                6, i);
        const auto block = blocks_.find(e.height);
        if (block == blocks_.end())
            return itemError(
                invalid("evidence.no-block", QT_TRANSLATE_NOOP("Error", "block %1 is not in key 5"),
                        {QString::number(e.height)}),
                6, i);
        headers[i] = &block->second;
    }
    struct Checked
    {
        std::optional<Error> error;
        QByteArray device;
        std::uint64_t seq = 0, timeMs = 0;
    };
    std::vector<Checked> checked(n);
    parallelFor(n, [&](std::size_t i) {
        const Entry& e = d_.records[i];
        // The device it claims, from the record itself; its signature decides.
        const net::Entry entry{e.height, e.index, e.record, e.proof};
        lightnode::EntryVerdict v =
            lightnode::checkAnyDeviceEntry(entry, *headers[i], *hasher_, *keys);
        if (!v.record) {
            checked[i].error = std::move(v.error);
            return;
        }
        const records::RecordBody& body = v.record->body;
        checked[i] = {std::nullopt, body.deviceId, body.seq, body.timeMs};
    });
    std::map<QByteArray, std::vector<std::uint64_t>> seqs;
    std::size_t outside = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (checked[i].error)
            return itemError(*checked[i].error, 6, i);
        seqs[checked[i].device].push_back(checked[i].seq);
        if (checked[i].timeMs < d_.statement.fromMs || checked[i].timeMs >= d_.statement.toMs)
            ++outside;
    }
    out_.records = d_.records.size();
    for (auto& [device, list] : seqs) {
        std::sort(list.begin(), list.end());
        for (std::size_t i = 1; i < list.size(); ++i) {
            if (list[i] > list[i - 1] + 1)
                out_.notices.push_back(Text("Error",
                                            QT_TRANSLATE_NOOP("Error",
                                                              "device %1: records %2 to %3 of its "
                                                              "sequence are not in the package"),
                                            {toHex(device), QString::number(list[i - 1] + 1),
                                             QString::number(list[i] - 1)}));
        }
    }
    if (outside > 0)
        out_.notices.push_back(Text("Error",
                                    QT_TRANSLATE_NOOP("Error",
                                                      "%1 records lie outside the "
                                                      "window the exporter states"),
                                    {QString::number(outside)}));
    out_.notices.emplace_back("Error",
                              QT_TRANSLATE_NOOP("Error",
                                                "an offline package cannot show that no later "
                                                "revocation, and no other record of the window, "
                                                "exists outside it"));
    return okStatus();
}

Result<Verdict> Checker::run(const std::optional<Digest>& trustedChainId, const StepDone& done)
{
    if (auto st = anchorAndGenesis(trustedChainId); !st)
        return st.error();
    if (done)
        done(Step::GenesisAndAnchor);
    for (const auto& [check, step] : {std::pair{&Checker::transitions, Step::Transitions},
                                      std::pair{&Checker::blocks, Step::Blocks},
                                      std::pair{&Checker::registrations, Step::Registrations},
                                      std::pair{&Checker::records, Step::Records}}) {
        if (auto st = (this->*check)(); !st)
            return st.error();
        if (done)
            done(step);
    }
    out_.statement = d_.statement;
    return out_;
}

}  // namespace

Result<Verdict> verifyEvidence(const Document& document,
                               const std::optional<Digest>& trustedChainId, const StepDone& done)
{
    return Checker(document).run(trustedChainId, done);
}

}  // namespace pp::evidence
