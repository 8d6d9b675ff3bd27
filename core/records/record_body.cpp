#include "records/record_body.h"

#include "cbor/decoder.h"
#include "cbor/map_reader.h"
#include "cbor/reader.h"
#include "cbor/writer.h"
#include "chain/profile.h"

#include <QCoreApplication>

#include <algorithm>

namespace pp::records {

namespace {

enum Key : std::int64_t {
    kType = 1,
    kDeviceId = 2,
    kSeq = 3,
    kTime = 4,
    kInterval = 5,
    kSamples = 6,
    kAssetClass = 7,
    kDeviceKey = 8,
    kMeta = 9,
    kReason = 10,
};

const char* const kWhat = QT_TRANSLATE_NOOP("Error", "record body");

cbor::Value uintValue(std::uint64_t v)
{
    return cbor::Value::unsignedInt(v);
}

// The keys each type has besides 1-4 (all of them required).
std::vector<std::int64_t> typeKeys(RecordType t)
{
    switch (t) {
        case RecordType::Registration:
            return {kAssetClass, kDeviceKey, kMeta};
        case RecordType::Revocation:
            return {kReason};
        case RecordType::PvBatch:
        case RecordType::BatteryBatch:
            return {kInterval, kSamples};
        case RecordType::VehicleBatch:
            return {kSamples};
    }
    return {};
}

// Reads sample `i` from `r` into `body` by its type, or says why it is not one.
Status readSample(cbor::Reader& r, RecordBody& body, std::size_t i)
{
    const auto invalid = [&](const char* text) {
        return cbor::MapReader::fieldError(kWhat, kSamples, text, {QString::number(i)});
    };
    cbor::Head head{};
    const qsizetype start = r.position();
    if (auto st = r.readHead(head); !st)
        return st;
    if (body.type == RecordType::BatteryBatch) {
        const char* const text =
            QT_TRANSLATE_NOOP("Error", "sample %1 must be an array of 10 integers");
        if (head.major != cbor::Major::Array || head.argument != kBatterySampleFields)
            return invalid(text);
        BatterySample& sample = body.batterySamples.emplace_back();
        for (std::int64_t& field : sample) {
            cbor::Head f{};
            if (auto st = r.readHead(f); !st)
                return st;
            const auto v = cbor::toInt64(f);
            if (!v)
                return invalid(text);
            field = *v;
        }
        return okStatus();
    }
    // A SunSpec block or a GB/T 32960 packet, as the device read or sent it. What its
    // bytes say is the payload's to decode (records/payload.h): a sample that does not
    // decode is a finding on that sample, never a reason to refuse the record (spec §8).
    if (head.major != cbor::Major::Bytes)
        return invalid(QT_TRANSLATE_NOOP("Error", "sample %1 must be a byte string"));
    QByteArrayView contents;
    if (auto st = r.readString(head, start, contents); !st)
        return st;
    body.binarySamples.push_back(contents.toByteArray());
    return okStatus();
}

// The `count` samples that follow the samples array's head in `r`. The caller has bounded
// `count` by the bytes left (each sample takes one at least) before it is reserved for.
Status readSamples(cbor::Reader& r, std::uint64_t count, RecordBody& body)
{
    if (body.type == RecordType::BatteryBatch)
        body.batterySamples.reserve(count);
    else
        body.binarySamples.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        if (auto st = readSample(r, body, i); !st)
            return st;
    }
    return okStatus();
}

// A batch body (types 10-12) read in one pass, samples straight into typed values. Batches
// are nearly every record of a chain, and a valid one has a single encoding: a map of keys
// 1-6 in order (no 5 for vehicles), each value of its type. Anything else gives nothing,
// including a batch that breaks any rule: RecordBody::decode then takes its general path,
// which accepts what this accepts and says what is wrong with the rest.
std::optional<RecordBody> readBatch(QByteArrayView payload)
{
    // Each CBOR item takes a byte at least: a shorter payload is within the decoder's
    // item limit, the one limit that a map, arrays of arrays and integers could reach.
    if (payload.size() >= static_cast<qsizetype>(cbor::DecodeLimits{}.maxItems))
        return std::nullopt;
    cbor::Reader r(payload);
    cbor::Head head{};
    const auto next = [&](cbor::Major major) -> std::optional<std::uint64_t> {
        if (!r.readHead(head) || head.major != major)
            return std::nullopt;
        return head.argument;
    };
    const auto key = [&](std::int64_t k) {
        const auto read = next(cbor::Major::Unsigned);
        return read && *read == static_cast<std::uint64_t>(k);
    };
    const auto entries = next(cbor::Major::Map);
    if (!entries || !key(kType))
        return std::nullopt;
    const auto type = next(cbor::Major::Unsigned);
    if (type != 10u && type != 11u && type != 12u)
        return std::nullopt;
    RecordBody body;
    body.type = static_cast<RecordType>(*type);
    const bool hasInterval = body.type != RecordType::VehicleBatch;
    if (*entries != (hasInterval ? 6u : 5u) || !key(kDeviceId))
        return std::nullopt;
    const qsizetype idStart = r.position();
    QByteArrayView id;
    if (next(cbor::Major::Bytes) != static_cast<std::uint64_t>(kDeviceIdSize) ||
        !r.readString(head, idStart, id))
        return std::nullopt;
    body.deviceId = id.toByteArray();
    const auto seq = key(kSeq) ? next(cbor::Major::Unsigned) : std::nullopt;
    const auto time = seq && key(kTime) ? next(cbor::Major::Unsigned) : std::nullopt;
    if (!time)
        return std::nullopt;
    body.seq = *seq;
    body.timeMs = *time;
    if (hasInterval) {
        const auto interval = key(kInterval) ? next(cbor::Major::Unsigned) : std::nullopt;
        if (!interval || *interval == 0)
            return std::nullopt;
        body.intervalS = *interval;
    }
    const auto count = key(kSamples) ? next(cbor::Major::Array) : std::nullopt;
    if (!count || *count > static_cast<std::uint64_t>(r.remaining()) ||
        !readSamples(r, *count, body) || !r.expectEnd())
        return std::nullopt;
    return body;
}

Status checkMeta(const cbor::MapReader& reader, const cbor::Value& meta)
{
    for (std::size_t i = 0; i < meta.size(); ++i) {
        if (!meta.keyAt(i).isText()) {
            return reader.invalid(kMeta, QT_TRANSLATE_NOOP("Error", "meta keys must be text"));
        }
        const QString key = meta.keyAt(i).toText();
        const cbor::Value& v = meta.valueAt(i);
        const auto type = knownMetaType(key);
        const bool ok = !type || (*type == MetaType::Text && v.isText()) ||
                        (*type == MetaType::Unsigned && v.isUnsigned()) ||
                        (*type == MetaType::Integer && v.toInt64().has_value());
        if (!ok) {
            return reader.invalid(kMeta, QT_TRANSLATE_NOOP("Error", "meta %1 has the wrong type"),
                                  {key});
        }
    }
    return okStatus();
}

}  // namespace

std::optional<MetaType> knownMetaType(QStringView key)
{
    static const struct
    {
        const char16_t* key;
        MetaType type;
    } kKnown[] = {
        {u"name", MetaType::Text},
        {u"owner", MetaType::Text},
        {u"manufacturer", MetaType::Text},
        {u"model", MetaType::Text},
        {u"commissioned", MetaType::Unsigned},
        {u"lat_e6", MetaType::Integer},
        {u"lon_e6", MetaType::Integer},
        {u"capacity_dc_w", MetaType::Unsigned},
        {u"capacity_ac_w", MetaType::Unsigned},
        {u"chemistry", MetaType::Text},
        {u"nominal_voltage_mv", MetaType::Unsigned},
        {u"nominal_capacity_mah", MetaType::Unsigned},
        {u"rated_cycles", MetaType::Unsigned},
        {u"vin", MetaType::Text},
        {u"battery_capacity_wh", MetaType::Unsigned},
    };
    for (const auto& k : kKnown) {
        if (key == QStringView(k.key))
            return k.type;
    }
    return std::nullopt;
}

QByteArray RecordBody::encode() const
{
    std::vector<std::pair<cbor::Value, cbor::Value>> entries = {
        {uintValue(kType), uintValue(static_cast<std::uint64_t>(type))},
        {uintValue(kDeviceId), cbor::Value::bytes(deviceId)},
        {uintValue(kSeq), uintValue(seq)},
        {uintValue(kTime), uintValue(timeMs)},
    };
    if (intervalS)
        entries.emplace_back(uintValue(kInterval), uintValue(*intervalS));
    if (type == RecordType::PvBatch || type == RecordType::VehicleBatch) {
        std::vector<cbor::Value> items;
        items.reserve(binarySamples.size());
        for (const QByteArray& s : binarySamples)
            items.push_back(cbor::Value::bytes(s));
        entries.emplace_back(uintValue(kSamples), cbor::Value::array(std::move(items)));
    }
    if (type == RecordType::BatteryBatch) {
        std::vector<cbor::Value> items;
        items.reserve(batterySamples.size());
        for (const BatterySample& s : batterySamples) {
            std::vector<cbor::Value> fields;
            for (std::int64_t f : s)
                fields.push_back(cbor::Value::integer(f));
            items.push_back(cbor::Value::array(std::move(fields)));
        }
        entries.emplace_back(uintValue(kSamples), cbor::Value::array(std::move(items)));
    }
    if (type == RecordType::Registration) {
        entries.emplace_back(
            uintValue(kAssetClass),
            uintValue(static_cast<std::uint64_t>(assetClass.value_or(AssetClass::Pv))));
        if (deviceKey)
            entries.emplace_back(uintValue(kDeviceKey), deviceKey->toCbor());
        entries.emplace_back(uintValue(kMeta), meta.isMap() ? meta : cbor::Value::map({}));
    }
    if (type == RecordType::Revocation)
        entries.emplace_back(uintValue(kReason), cbor::Value::text(reason));
    return cbor::encode(cbor::Value::map(std::move(entries)));
}

Result<RecordBody> RecordBody::decode(QByteArrayView payload, crypto::HashAlg chainHash)
{
    if (auto batch = readBatch(payload))
        return std::move(*batch);
    // The samples are read straight into typed values below, not built as a CBOR tree.
    cbor::RawArrays raw;
    auto value = cbor::decodeLeavingArrays(payload, {kSamples}, raw);
    if (!value)
        return std::move(value).error().within(kWhat);
    const cbor::MapReader reader(*value, kWhat);
    if (auto st = reader.checkKeys({kType, kDeviceId, kSeq, kTime, kInterval, kSamples, kAssetClass,
                                    kDeviceKey, kMeta, kReason});
        !st) {
        return std::move(st).error();
    }
    auto typeNumber = reader.unsignedInt(kType);
    if (!typeNumber)
        return std::move(typeNumber).error();
    RecordBody body;
    switch (*typeNumber) {
        case 1:
        case 2:
        case 10:
        case 11:
        case 12:
            body.type = static_cast<RecordType>(*typeNumber);
            break;
        default:
            return Error(ErrorKind::Malformed, "record.type",
                         QT_TRANSLATE_NOOP("Error", "unknown record type %1"),
                         {QString::number(*typeNumber)});
    }
    const std::vector<std::int64_t> extra = typeKeys(body.type);
    const auto allowed = [&](std::int64_t k) {
        return k <= kTime || std::find(extra.begin(), extra.end(), k) != extra.end();
    };
    for (std::size_t i = 0; i < value->size(); ++i) {
        const auto k = value->keyAt(i).toInt64();
        if (!k || !allowed(*k)) {
            return Error(ErrorKind::Malformed, "cbor.unknown-key",
                         QT_TRANSLATE_NOOP("Error", "a type %1 record body has no key %2"),
                         {QString::number(*typeNumber),
                          k ? QString::number(*k) : QStringLiteral("(not an integer)")});
        }
    }
    auto deviceId = reader.bytes(kDeviceId, kDeviceIdSize);
    auto seq = reader.unsignedInt(kSeq);
    auto time = reader.unsignedInt(kTime);
    if (const Error* e = firstError(deviceId, seq, time))
        return *e;
    body.deviceId = *deviceId;
    body.seq = *seq;
    body.timeMs = *time;

    if (body.type == RecordType::PvBatch || body.type == RecordType::BatteryBatch) {
        auto interval = reader.unsignedInt(kInterval);
        if (!interval)
            return std::move(interval).error();
        if (*interval == 0)
            return reader.invalid(
                kInterval, QT_TRANSLATE_NOOP("Error", "the sample interval must be at least 1 s"));
        body.intervalS = *interval;
    }
    if (std::find(extra.begin(), extra.end(), kSamples) != extra.end()) {
        if (auto samples = reader.array(kSamples); !samples)
            return std::move(samples).error();
        // The decoder has checked the array whole: its head counts items that are there.
        cbor::Reader r(raw.at(kSamples));
        cbor::Head head{};
        if (auto st = r.readHead(head); !st)
            return std::move(st).error();
        if (auto st = readSamples(r, head.argument, body); !st)
            return std::move(st).error();
    }
    if (body.type == RecordType::Registration) {
        auto assetClass = reader.unsignedInt(kAssetClass);
        auto key = reader.any(kDeviceKey);
        auto meta = reader.map(kMeta);
        if (const Error* e = firstError(assetClass, key, meta))
            return *e;
        if (*assetClass < 1 || *assetClass > 3)
            return reader.invalid(kAssetClass,
                                  QT_TRANSLATE_NOOP("Error", "asset class %1 is not 1, 2 or 3"),
                                  {QString::number(*assetClass)});
        body.assetClass = static_cast<AssetClass>(*assetClass);
        auto deviceKey = crypto::PublicKey::fromCbor(**key);
        if (!deviceKey)
            return std::move(deviceKey).error().within(QT_TRANSLATE_NOOP("Error", "device key"));
        if (!chain::profileAllows(chainHash, deviceKey->alg())) {
            return reader.invalid(
                kDeviceKey, QT_TRANSLATE_NOOP("Error", "%1 keys are not allowed by the %2 profile"),
                {crypto::sigAlgName(deviceKey->alg()),
                 QString::fromLatin1(chain::profileName(chainHash))});
        }
        body.deviceKey = std::move(*deviceKey);
        if (auto st = checkMeta(reader, **meta); !st)
            return std::move(st).error();
        body.meta = **meta;
    }
    if (body.type == RecordType::Revocation) {
        auto reason = reader.text(kReason);
        if (!reason)
            return std::move(reason).error();
        body.reason = *reason;
    }
    return body;
}

}  // namespace pp::records
