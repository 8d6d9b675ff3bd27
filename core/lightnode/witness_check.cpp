#include "lightnode/witness_check.h"

#include "chain/commit.h"

#include <QStringList>

namespace pp::lightnode {

namespace {

// The validators whose signatures are in both commits.
QString doubleSigners(const chain::Commit& a, const chain::Commit& b,
                      const chain::ValidatorSet& set)
{
    QStringList names;
    for (const chain::Vote& va : a.votes) {
        for (const chain::Vote& vb : b.votes) {
            if (va.index == vb.index && va.index < set.size())
                names << set.at(va.index).name;
        }
    }
    return names.join(QStringLiteral(", "));
}

struct Probe
{
    net::NodeClient& witness;
    ChainVerifier& chain;
    net::NodeClient& primary;
    store::Workspace& workspace;
    const chain::Genesis& genesis;
    WitnessVerdict& out;

    void report(const char* status, const Text& detail)
    {
        out.witnesses.push_back({witness.url(), QString::fromLatin1(status), detail});
    }

    // A chain-level finding names the witness first.
    void chainFinding(const char* code, std::uint64_t height, const Text& detail)
    {
        out.findings.push_back({{},
                                QString::fromLatin1(code),
                                height,
                                std::nullopt,
                                std::nullopt,
                                std::nullopt,
                                Text::verbatim(witness.url()).append(detail)});
    }

    void faulty(std::uint64_t height, const Text& why)
    {
        Text detail("Witness",
                    QT_TRANSLATE_NOOP("Witness",
                                      "serves a header at height %1 that differs from "
                                      "the verified one without a valid commit"),
                    {QString::number(height)});
        detail.append(why);
        report("faulty", detail);
        chainFinding("WITNESS_FAULTY", height, detail);
    }

    // The witness's header at `height` differs from ours (`ours`, with `ourCommit`).
    void conflict(const chain::Header& theirs, const store::StoredHeader& ours,
                  const QByteArray& ourCommit)
    {
        const std::uint64_t height = theirs.height;
        auto setBytes = workspace.chain().validatorSetAt(height);
        auto set = setBytes ? chain::ValidatorSet::decode(*setBytes, genesis.hashAlg())
                            : Result<chain::ValidatorSet>(setBytes.error());
        auto commit = witness.commit(height);
        if (!set || !commit)
            return faulty(height, (!set ? set.error() : commit.error()).text());
        auto valid = chain::verifyCommit(*commit, theirs, theirs.hash(genesis.hashAlg()), *set);
        if (!valid)
            return faulty(height, valid.error().text());
        auto mine = chain::Commit::decode(ourCommit);
        const QString signers = mine ? doubleSigners(*mine, *commit, *set) : QString();
        out.fork = store::ForkRow{height,
                                  witness.url(),
                                  toByteArray(ours.hash),
                                  ours.header.encode(),
                                  ourCommit,
                                  toByteArray(theirs.hash(genesis.hashAlg())),
                                  theirs.encode(),
                                  commit->encode(),
                                  signers};
        const Text detail =
            signers.isEmpty()
                ? Text("Witness",
                       QT_TRANSLATE_NOOP("Witness",
                                         "conflicting header at height %1 signed by a "
                                         "quorum; no validator is named as signing both"),
                       {QString::number(height)})
                : Text("Witness",
                       QT_TRANSLATE_NOOP("Witness",
                                         "conflicting header at height %1 signed by a "
                                         "quorum; validators who signed both: %2"),
                       {QString::number(height), signers});
        report("fork", detail);
        chainFinding("FORK", height, detail);
    }

    // A witness that cannot be reached is unreachable; one that answers with what does not
    // decode (or is too large) is faulty: the first calls for patience, the second for
    // telling its operator.
    void failed(const Error& e, std::uint64_t height)
    {
        if (e.kind() == ErrorKind::Io)
            return report("unreachable", e.text());
        Text detail("Witness",
                    QT_TRANSLATE_NOOP("Witness", "answers with what does not verify or decode"));
        detail.append(e.text());
        report("faulty", detail);
        chainFinding("WITNESS_FAULTY", height, detail);
    }

    void run()
    {
        const store::StoredHeader& tip = *chain.tip();
        auto status = witness.status();
        if (!status)
            return failed(status.error(), tip.header.height);
        if (status->chainId != genesis.chainId())
            return faulty(tip.header.height,
                          Text("Witness", QT_TRANSLATE_NOOP("Witness", "it serves chain %1"),
                               {toHex(status->chainId)}));
        const std::uint64_t height = std::min(status->tipHeight, tip.header.height);
        auto theirs = witness.header(height);
        if (!theirs)
            return failed(theirs.error(), height);
        const store::StoredHeader candidate{*theirs, theirs->hash(genesis.hashAlg())};
        if (height == tip.header.height) {
            if (candidate.hash == tip.hash)
                return report("ok",
                              Text("Witness", QT_TRANSLATE_NOOP("Witness", "agrees at height %1"),
                                   {QString::number(height)}));
            return conflict(*theirs, tip, chain.tipCommit());
        }
        // Behind: its tip must be in our tip's history.
        if (chain.tiedToTip(candidate))
            return report("behind", Text("Witness",
                                         QT_TRANSLATE_NOOP("Witness",
                                                           "at height %1, in the verified history"),
                                         {QString::number(height)}));
        auto ours = chain.provenHeader(height);
        auto ourCommit = primary.commit(height);
        if (!ours || !ourCommit)
            return report("unreachable", (!ours ? ours.error() : ourCommit.error()).text());
        conflict(*theirs, {*ours, ours->hash(genesis.hashAlg())}, ourCommit->encode());
    }
};

}  // namespace

WitnessVerdict checkWitnesses(const std::vector<net::NodeClient*>& witnesses, ChainVerifier& chain,
                              net::NodeClient& primary, store::Workspace& workspace,
                              const chain::Genesis& genesis)
{
    WitnessVerdict verdict;
    for (net::NodeClient* w : witnesses) {
        Probe{*w, chain, primary, workspace, genesis, verdict}.run();
        if (verdict.fork)
            break;  // sync halts at the first fork
    }
    return verdict;
}

}  // namespace pp::lightnode
