#include "chain/validator_set.h"

#include "cbor/decoder.h"
#include "cbor/writer.h"
#include "chain/profile.h"

#include <QCoreApplication>

namespace pp::chain {

namespace {

Error invalidSet(const char* text, QStringList args = {})
{
    return Error(ErrorKind::Malformed, "chain.validator-set", text, std::move(args))
        .within(QT_TRANSLATE_NOOP("Error", "validator set"));
}

}  // namespace

Result<ValidatorSet> ValidatorSet::create(std::vector<Validator> validators,
                                          crypto::HashAlg chainHash)
{
    if (validators.empty())
        return invalidSet(QT_TRANSLATE_NOOP("Error", "has no validators"));
    ValidatorSet set;
    for (std::size_t i = 0; i < validators.size(); ++i) {
        const Validator& v = validators[i];
        const QString index = QString::number(i);
        if (v.power == 0)
            return invalidSet(QT_TRANSLATE_NOOP("Error", "validator %1 has power 0"), {index});
        if (v.power >= kMaxTotalPower - set.total_)
            return invalidSet(
                QT_TRANSLATE_NOOP("Error", "total power reaches 2^62 at validator %1"), {index});
        if (!profileAllows(chainHash, v.key.alg())) {
            return invalidSet(
                QT_TRANSLATE_NOOP("Error",
                                  "validator %1 uses %2, which the %3 profile does not allow"),
                {index, crypto::sigAlgName(v.key.alg()),
                 QString::fromLatin1(profileName(chainHash))});
        }
        set.total_ += v.power;
    }
    set.validators_ = std::move(validators);
    set.encoded_ = cbor::encode(set.toCbor());
    set.hash_ = crypto::hash(chainHash, set.encoded_);
    return set;
}

Result<ValidatorSet> ValidatorSet::fromCbor(const cbor::Value& value, crypto::HashAlg chainHash)
{
    if (!value.isArray())
        return invalidSet(QT_TRANSLATE_NOOP("Error", "must be an array of [name, key, power]"));
    std::vector<Validator> validators;
    validators.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        const cbor::Value& entry = value.at(i);
        if (!entry.isArray() || entry.size() != 3 || !entry.at(0).isText() ||
            !entry.at(2).isUnsigned()) {
            return invalidSet(QT_TRANSLATE_NOOP("Error", "entry %1 must be [name, key, power]"),
                              {QString::number(i)});
        }
        auto key = crypto::PublicKey::fromCbor(entry.at(1));
        if (!key) {
            return std::move(key).error().within(
                QT_TRANSLATE_NOOP("Error", "validator set entry %1"), {QString::number(i)});
        }
        validators.push_back({entry.at(0).toText(), std::move(*key), entry.at(2).argument()});
    }
    return create(std::move(validators), chainHash);
}

Result<ValidatorSet> ValidatorSet::decode(QByteArrayView bytes, crypto::HashAlg chainHash)
{
    auto value = cbor::decode(bytes);
    if (!value)
        return std::move(value).error().within(QT_TRANSLATE_NOOP("Error", "validator set"));
    return fromCbor(*value, chainHash);
}

cbor::Value ValidatorSet::toCbor() const
{
    std::vector<cbor::Value> entries;
    entries.reserve(validators_.size());
    for (const Validator& v : validators_) {
        entries.push_back(cbor::Value::array(
            {cbor::Value::text(v.name), v.key.toCbor(), cbor::Value::unsignedInt(v.power)}));
    }
    return cbor::Value::array(std::move(entries));
}

}  // namespace pp::chain
