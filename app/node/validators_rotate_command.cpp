#include "validators_rotate_command.h"
#include "command_line.h"

#include "node/devnet.h"
#include "node/node_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <set>

namespace pp::nodeapp {

namespace {

// The set that signs the devnet's next block: the one its tip announced, or genesis'.
Result<chain::ValidatorSet> currentSet(const QString& dir, const chain::Genesis& genesis)
{
    const QString dbPath = QDir(dir).filePath(QStringLiteral("node.db"));
    if (!QFile::exists(dbPath))
        return genesis.validators();
    auto store = node::NodeStore::open(dbPath);
    if (!store)
        return std::move(store).error();
    auto tip = store->tipHeight();
    if (!tip)
        return std::move(tip).error();
    if (!*tip)
        return genesis.validators();
    return store->announcedValidatorSet(genesis.hashAlg());
}

}  // namespace

int validatorsRotate(const QStringList& args)
{
    QTextStream out(stdout), err(stderr);
    const auto tr = [](const char* s) { return QCoreApplication::translate("node", s); };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Schedule a validator-set change for a devnet: the running node "
           "announces it in its next block, and the set signs from the "
           "block after."));
    parser.addOptions({
        {QStringLiteral("add"), tr("Add N validators with new keys (power 10)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("alg"), tr("Algorithm of added validators: ed25519, p256 or sm2."),
         QStringLiteral("ALG")},
        {QStringLiteral("remove"), tr("Remove the validator at INDEX (repeatable)."),
         QStringLiteral("INDEX")},
        {QStringLiteral("power"), tr("Set the power of the validator at INDEX (repeatable)."),
         QStringLiteral("INDEX=POWER")},
    });
    if (auto stop = parseCommandLine(parser, QStringLiteral("validators rotate"), args))
        return *stop;
    const QString dir = parser.positionalArguments().first();
    const auto fail = [&](const QString& message) {
        err << tr("error: %1").arg(message) << '\n';
        return 1;
    };
    if (QFile::exists(node::scheduledSetPath(dir)))
        return fail(tr("a change is already waiting in %1").arg(node::scheduledSetPath(dir)));
    auto devnet = node::loadDevnet(dir);
    if (!devnet)
        return fail(devnet.error().localizedMessage());
    auto current = currentSet(dir, devnet->genesis);
    if (!current)
        return fail(current.error().localizedMessage());

    std::vector<chain::Validator> validators = current->validators();
    for (const QString& spec : parser.values(QStringLiteral("power"))) {
        const auto index = parseUInt64(spec.section(u'=', 0, 0));
        const auto power = parseUInt64(spec.section(u'=', 1));
        if (!index || !power || *index >= validators.size())
            return fail(tr("--power %1: need INDEX=POWER with INDEX below %2")
                            .arg(spec)
                            .arg(validators.size()));
        validators[*index].power = *power;
    }
    std::set<std::uint64_t, std::greater<>> removals;  // highest first, so indices hold
    for (const QString& spec : parser.values(QStringLiteral("remove"))) {
        const auto index = parseUInt64(spec);
        if (!index || *index >= validators.size())
            return fail(tr("--remove %1: no such validator").arg(spec));
        removals.insert(*index);
    }
    for (std::uint64_t index : removals)
        validators.erase(validators.begin() + static_cast<std::ptrdiff_t>(index));

    bool ok = false;
    const int add = parser.value(QStringLiteral("add")).toInt(&ok);
    const QString algName =
        parser.isSet(QStringLiteral("alg"))
            ? parser.value(QStringLiteral("alg"))
            : (devnet->genesis.hashAlg() == crypto::HashAlg::Sm3 ? QStringLiteral("sm2")
                                                                 : QStringLiteral("ed25519"));
    const auto alg = crypto::sigAlgFromName(algName);
    if (!ok || add < 0 || !alg)
        return fail(tr("--add takes a count and --alg ed25519, p256 or sm2"));
    std::vector<crypto::PrivateKey> newKeys;
    for (int i = 0; i < add; ++i) {
        auto key = crypto::PrivateKey::generate(*alg);
        if (!key)
            return fail(key.error().localizedMessage());
        newKeys.push_back(*key);
        validators.push_back({QString(), key->publicKey(), 10});
    }
    auto next = chain::ValidatorSet::create(validators, devnet->genesis.hashAlg());
    if (!next)
        return fail(next.error().localizedMessage());
    // Keys first: the node reads the set as soon as the file appears.
    std::size_t named = validators.size() - newKeys.size();
    for (const crypto::PrivateKey& key : newKeys) {
        auto n = node::addValidatorKey(dir, key);
        if (!n)
            return fail(n.error().localizedMessage());
        validators[named++].name = QStringLiteral("validator-%1").arg(*n);
    }
    next = chain::ValidatorSet::create(validators, devnet->genesis.hashAlg());
    QSaveFile file(node::scheduledSetPath(dir));
    if (!file.open(QIODevice::WriteOnly) || file.write(next->encoded()) != next->encoded().size() ||
        !file.commit()) {
        return fail(file.errorString());
    }
    out << toHex(next->hash()) << '\n';
    for (const chain::Validator& v : next->validators())
        out << "  " << v.name << ' ' << crypto::sigAlgName(v.key.alg()) << " power " << v.power
            << '\n';
    return 0;
}

}  // namespace pp::nodeapp
