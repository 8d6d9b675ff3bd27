#include "chain/genesis.h"

#include "cbor/decoder.h"
#include "cbor/map_reader.h"
#include "cbor/writer.h"
#include "chain/profile.h"

#include <QCoreApplication>

namespace pp::chain {

namespace {

enum Key : std::int64_t {
    kProtocolKey = 1,
    kNameKey = 2,
    kHashKey = 3,
    kTimeKey = 4,
    kValidatorsKey = 5,
    kRegistrarsKey = 6,
    kIntervalKey = 7,
};

const char* const kWhat = QT_TRANSLATE_NOOP("Error", "genesis");

Result<std::vector<Registrar>> registrarsFromCbor(const cbor::MapReader& reader,
                                                  const cbor::Value& value)
{
    std::vector<Registrar> out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const cbor::Value& entry = value.at(i);
        if (!entry.isArray() || entry.size() != 2 || !entry.at(0).isText()) {
            return reader.invalid(kRegistrarsKey,
                                  QT_TRANSLATE_NOOP("Error", "registrar %1 must be [name, key]"),
                                  {QString::number(i)});
        }
        auto key = crypto::PublicKey::fromCbor(entry.at(1));
        if (!key) {
            return std::move(key).error().within(QT_TRANSLATE_NOOP("Error", "genesis registrar %1"),
                                                 {QString::number(i)});
        }
        out.push_back({entry.at(0).toText(), std::move(*key)});
    }
    return out;
}

}  // namespace

Result<Genesis> Genesis::create(Fields fields)
{
    for (std::size_t i = 0; i < fields.registrars.size(); ++i) {
        const crypto::SigAlg alg = fields.registrars[i].key.alg();
        if (!profileAllows(fields.hash, alg)) {
            return Error(
                ErrorKind::Malformed, "chain.genesis",
                QT_TRANSLATE_NOOP(
                    "Error", "genesis registrar %1 uses %2, which the %3 profile does not allow"),
                {QString::number(i), crypto::sigAlgName(alg),
                 QString::fromLatin1(profileName(fields.hash))});
        }
    }
    Genesis g(std::move(fields));
    std::vector<cbor::Value> registrars;
    for (const Registrar& r : g.fields_.registrars)
        registrars.push_back(cbor::Value::array({cbor::Value::text(r.name), r.key.toCbor()}));
    const auto key = [](Key k) { return cbor::Value::unsignedInt(static_cast<std::uint64_t>(k)); };
    g.encoded_ = cbor::encode(cbor::Value::map({
        {key(kProtocolKey), cbor::Value::text(QString::fromLatin1(kProtocol))},
        {key(kNameKey), cbor::Value::text(g.fields_.name)},
        {key(kHashKey), cbor::Value::text(crypto::hashAlgName(g.fields_.hash))},
        {key(kTimeKey), cbor::Value::unsignedInt(g.fields_.timeMs)},
        {key(kValidatorsKey), g.fields_.validators.toCbor()},
        {key(kRegistrarsKey), cbor::Value::array(std::move(registrars))},
        {key(kIntervalKey), cbor::Value::unsignedInt(g.fields_.blockIntervalMs)},
    }));
    g.chainId_ = crypto::hash(g.fields_.hash, g.encoded_);
    return g;
}

Result<Genesis> Genesis::decode(QByteArrayView bytes)
{
    auto value = cbor::decode(bytes);
    if (!value)
        return std::move(value).error().within(kWhat);
    const cbor::MapReader reader(*value, kWhat);
    if (auto st = reader.checkKeys({kProtocolKey, kNameKey, kHashKey, kTimeKey, kValidatorsKey,
                                    kRegistrarsKey, kIntervalKey});
        !st) {
        return std::move(st).error();
    }
    auto protocol = reader.text(kProtocolKey);
    if (!protocol)
        return std::move(protocol).error();
    if (*protocol != QLatin1String(kProtocol)) {
        return reader.invalid(kProtocolKey,
                              QT_TRANSLATE_NOOP("Error", "protocol %1 is not powerproof/1"),
                              {*protocol});
    }
    auto name = reader.text(kNameKey);
    auto hashName = reader.text(kHashKey);
    auto time = reader.unsignedInt(kTimeKey);
    auto validators = reader.array(kValidatorsKey);
    auto registrars = reader.array(kRegistrarsKey);
    auto interval = reader.unsignedInt(kIntervalKey);
    if (const Error* e = firstError(name, hashName, time, validators, registrars, interval))
        return *e;
    const auto hash = crypto::hashAlgFromName(*hashName);
    if (!hash) {
        return reader.invalid(kHashKey, QT_TRANSLATE_NOOP("Error", "hash %1 is not sha-256 or sm3"),
                              {*hashName});
    }
    auto set = ValidatorSet::fromCbor(**validators, *hash);
    if (!set)
        return std::move(set).error().within(kWhat);
    auto regs = registrarsFromCbor(reader, **registrars);
    if (!regs)
        return std::move(regs).error();
    auto genesis = create({*name, *hash, *time, std::move(*set), std::move(*regs), *interval});
    // Deterministic decoding means re-encoding gives the same bytes, so chain_id is the
    // hash of exactly what was received.
    Q_ASSERT(!genesis || genesis->encoded_ == bytes);
    return genesis;
}

Header Genesis::blockZero() const
{
    Header h;
    h.chainId = chainId_;
    h.height = 0;
    h.timeMs = fields_.timeMs;
    h.historyRoot = crypto::hash(fields_.hash, {});  // the empty history tree
    h.recordsRoot = h.historyRoot;                   // no records: MTH({}) = H("")
    h.recordCount = 0;
    h.validatorsHash = fields_.validators.hash();
    h.nextValidatorsHash = h.validatorsHash;
    return h;
}

}  // namespace pp::chain
