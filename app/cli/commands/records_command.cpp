#include "records_command.h"

#include "arguments.h"
#include "chain/genesis.h"
#include "records/record.h"
#include "records/sample_quantities.h"
#include "workspace_access.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pp::cli {

QString RecordsCommand::summary() const
{
    return tr("Show a device's verified records with decoded quantities.");
}

void RecordsCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOptions({
        {QStringLiteral("device"), tr("The device (32 hex digits)."), QStringLiteral("HEX")},
        {QStringLiteral("from"), tr("From this time (ISO 8601)."), QStringLiteral("ISO")},
        {QStringLiteral("to"), tr("Before this time (ISO 8601)."), QStringLiteral("ISO")},
        {QStringLiteral("limit"), tr("At most this many records."), QStringLiteral("N"),
         QStringLiteral("100")},
        {QStringLiteral("json"), tr("Print one JSON array.")},
    });
}

int RecordsCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("device")))
        return usageError(tr("--device is required"));
    auto device =
        parseDeviceOption(QStringLiteral("device"), parser.value(QStringLiteral("device")));
    auto window = parseWindowOptions(parser);
    auto limit = parseUInt64Option(QStringLiteral("limit"), parser.value(QStringLiteral("limit")));
    if (const Error* e = firstError(device, window, limit))
        return usageError(e->localizedMessage());
    auto ws = openExistingWorkspace(parser);
    if (!ws)
        return usageError(ws.error().localizedMessage());
    auto chain = ws->chain().trustedGenesis();
    auto rows = ws->records().ofDevice(*device, window->first, window->second, *limit);
    if (const Error* e = firstError(chain, rows)) {
        err() << tr("error: %1").arg(e->localizedMessage()) << '\n';
        return kExitFailure;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray all;
    for (const store::RecordRow& r : *rows) {
        // Stored records were verified; parsing them again only recovers the samples.
        auto record = records::Record::parse(r.record, chain->hashAlg());
        if (!record)
            continue;
        const auto samples = records::decodeSamples(record->body, records::Detail::Full);
        const QString basis = r.basis == store::RecordRow::Basis::HashLinks
                                  ? QStringLiteral("hash-links")
                                  : QStringLiteral("history-proof");
        if (!json) {
            out() << tr("seq %1  %2  height %3 index %4  type %5  %6 samples  verified (%7)")
                         .arg(r.seq)
                         .arg(isoTime(r.timeMs))
                         .arg(r.height)
                         .arg(r.index)
                         .arg(r.type)
                         .arg(samples.size())
                         .arg(basis)
                  << '\n';
        }
        QJsonArray sampleArray;
        for (const records::DecodedSample& s : samples) {
            QJsonObject q;
            QStringList line;
            for (const records::NamedQuantity& n : s.quantities) {
                // A marker ("abnormal", "invalid") or codes stand as text, never as a number.
                if (!n.text.isEmpty()) {
                    q.insert(n.name, n.text);
                    line << QStringLiteral("%1=%2").arg(n.name, n.text);
                }
                if (!n.value)
                    continue;
                q.insert(n.name, *n.value);
                // Twelve significant digits: every register value whole (a lifetime energy
                // register runs to tens of millions of Wh), without float noise.
                line << QStringLiteral("%1=%2%3").arg(n.name, QString::number(*n.value, 'g', 12),
                                                      n.unit);
            }
            if (json)
                sampleArray.append(QJsonObject{{QStringLiteral("time"), isoTime(s.timeMs)},
                                               {QStringLiteral("quantities"), q}});
            else
                out() << "  " << isoTime(s.timeMs) << "  " << line.join(u' ') << '\n';
        }
        if (json)
            all.append(QJsonObject{{QStringLiteral("seq"), static_cast<double>(r.seq)},
                                   {QStringLiteral("time"), isoTime(r.timeMs)},
                                   {QStringLiteral("height"), static_cast<double>(r.height)},
                                   {QStringLiteral("index"), static_cast<double>(r.index)},
                                   {QStringLiteral("type"), r.type},
                                   {QStringLiteral("status"), QStringLiteral("verified")},
                                   {QStringLiteral("header_basis"), basis},
                                   {QStringLiteral("samples"), sampleArray}});
    }
    if (json)
        out() << QJsonDocument(all).toJson(QJsonDocument::Compact) << '\n';
    return kExitOk;
}

}  // namespace pp::cli
