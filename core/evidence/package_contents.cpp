#include "evidence/package_contents.h"

#include "chain/genesis.h"
#include "evidence/evidence_document.h"
#include "records/record.h"
#include "records/sample_quantities.h"

#include <algorithm>
#include <cmath>

namespace pp::evidence {

int DeviceContents::column(QStringView name) const
{
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].first == name)
            return static_cast<int>(c);
    return -1;
}

int DeviceContents::mainColumn() const
{
    const int wanted = column(asset.assetClass == records::AssetClass::Pv        ? u"W"
                              : asset.assetClass == records::AssetClass::Battery ? u"battery.soc"
                                                                                 : u"vehicle.soc");
    return wanted >= 0 || columns.empty() ? wanted : 0;
}

std::pair<std::vector<double>, std::vector<double>> DeviceContents::series(std::size_t column) const
{
    std::vector<double> t, v;
    for (const Record& r : records) {
        for (const Sample& s : r.samples) {
            const auto value = column < s.values.size() ? s.values[column] : std::nullopt;
            if (value && std::isfinite(*value) &&
                (t.empty() || static_cast<double>(s.timeMs) >= t.back())) {
                t.push_back(static_cast<double>(s.timeMs));
                v.push_back(*value);
            }
        }
    }
    return {std::move(t), std::move(v)};
}

std::size_t DeviceContents::sampleCount() const
{
    std::size_t n = 0;
    for (const Record& r : records)
        n += r.samples.size();
    return n;
}

Result<std::vector<DeviceContents>> readContents(const Document& document)
{
    auto genesis = chain::Genesis::decode(document.genesis);
    if (!genesis)
        return std::move(genesis).error().within(QT_TRANSLATE_NOOP("Error", "genesis (key 2)"));
    const crypto::HashAlg alg = genesis->hashAlg();
    std::vector<DeviceContents> out(document.statement.devices.size());
    auto slot = [&](const QByteArray& device) -> DeviceContents* {
        const auto& ids = document.statement.devices;
        const auto it = std::find(ids.begin(), ids.end(), device);
        return it == ids.end() ? nullptr : &out[static_cast<std::size_t>(it - ids.begin())];
    };
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i].asset.deviceId = document.statement.devices[i];

    for (std::size_t i = 0; i < document.registrations.size(); ++i) {
        auto parsed = records::Record::parse(document.registrations[i].record, alg);
        if (!parsed)
            return std::move(parsed).error().within(
                QT_TRANSLATE_NOOP("Error", "registrations (key 7): entry %1"),
                {QString::number(i)});
        const records::RecordBody& body = parsed->body;
        DeviceContents* d = slot(body.deviceId);
        if (d == nullptr)
            continue;
        if (body.type == records::RecordType::Registration && body.assetClass) {
            // Entries are in ledger order: the last registration is the one in force.
            d->asset =
                analytics::AssetInfo::fromRegistration(body.deviceId, *body.assetClass, body.meta);
        } else if (body.type == records::RecordType::Revocation) {
            d->asset.revoked = true;
        }
    }
    for (std::size_t i = 0; i < document.records.size(); ++i) {
        const Entry& e = document.records[i];
        auto parsed = records::Record::parse(e.record, alg);
        if (!parsed)
            return std::move(parsed).error().within(
                QT_TRANSLATE_NOOP("Error", "records (key 6): entry %1"), {QString::number(i)});
        DeviceContents* d = slot(parsed->body.deviceId);
        if (d == nullptr)
            continue;
        DeviceContents::Record r{e.height, e.index, parsed->body.seq, parsed->body.timeMs, {}};
        for (records::DecodedSample& s : records::decodeSamples(parsed->body)) {
            DeviceContents::Sample sample{s.timeMs, {}};
            sample.values.resize(d->columns.size());
            // A device's samples name their quantities in the same order nearly always:
            // try the position first, then search.
            for (std::size_t q = 0; q < s.quantities.size(); ++q) {
                records::NamedQuantity& named = s.quantities[q];
                int c = q < d->columns.size() && d->columns[q].first == named.name
                            ? static_cast<int>(q)
                            : d->column(named.name);
                if (c < 0) {
                    c = static_cast<int>(d->columns.size());
                    d->columns.emplace_back(std::move(named.name), std::move(named.unit));
                    sample.values.resize(d->columns.size());
                }
                sample.values[static_cast<std::size_t>(c)] = named.value;
            }
            r.samples.push_back(std::move(sample));
        }
        d->asset.records += 1;
        d->records.push_back(std::move(r));
    }
    return out;
}

}  // namespace pp::evidence
