#include "devices_command.h"

#include "cbor/decoder.h"
#include "workspace_access.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pp::cli {

namespace {

QString className(int assetClass)
{
    switch (assetClass) {
        case 1:
            return QStringLiteral("pv");
        case 2:
            return QStringLiteral("battery");
        case 3:
            return QStringLiteral("vehicle");
        default:
            return QStringLiteral("unknown");
    }
}

// Registration meta as JSON: text and integers as they are.
QJsonObject metaJson(const QByteArray& cbor)
{
    QJsonObject o;
    auto meta = cbor::decode(cbor);
    if (!meta || !meta->isMap())
        return o;
    for (std::size_t i = 0; i < meta->size(); ++i) {
        const cbor::Value& v = meta->valueAt(i);
        const QString key = meta->keyAt(i).toText();
        if (v.isText())
            o.insert(key, v.toText());
        else if (auto n = v.toInt64())
            o.insert(key, static_cast<double>(*n));
    }
    return o;
}

}  // namespace

QString DevicesCommand::summary() const
{
    return tr("List the registered devices and what the workspace holds of them.");
}

void DevicesCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print one JSON array.")});
}

int DevicesCommand::execute(const QCommandLineParser& parser)
{
    auto ws = openExistingWorkspace(parser);
    if (!ws)
        return usageError(ws.error().localizedMessage());
    auto devices = ws->registrations().devices();
    if (!devices) {
        err() << tr("error: %1").arg(devices.error().localizedMessage()) << '\n';
        return kExitFailure;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray all;
    for (const store::DeviceRow& d : *devices) {
        const QJsonObject meta = metaJson(d.metaCbor);
        const QString standing =
            d.revokedHeight ? QStringLiteral("revoked") : QStringLiteral("registered");
        if (json) {
            QJsonObject o{
                {QStringLiteral("device"), toHex(d.deviceId)},
                {QStringLiteral("class"), className(d.assetClass)},
                {QStringLiteral("status"), standing},
                {QStringLiteral("registered_height"), static_cast<double>(d.registeredHeight)},
                {QStringLiteral("records"), static_cast<double>(d.records)},
                {QStringLiteral("findings"), static_cast<double>(d.findings)},
                {QStringLiteral("meta"), meta}};
            if (d.revokedHeight)
                o.insert(QStringLiteral("revoked_height"), static_cast<double>(*d.revokedHeight));
            all.append(o);
        } else {
            out() << tr("%1  %2  %3  %4 records  %5 findings  %6")
                         .arg(toHex(d.deviceId), className(d.assetClass).leftJustified(8),
                              standing.leftJustified(10))
                         .arg(d.records)
                         .arg(d.findings)
                         .arg(meta.value(QStringLiteral("name")).toString())
                  << '\n';
        }
    }
    if (json)
        out() << QJsonDocument(all).toJson(QJsonDocument::Compact) << '\n';
    return kExitOk;
}

}  // namespace pp::cli
