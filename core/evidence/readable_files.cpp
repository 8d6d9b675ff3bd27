#include "evidence/readable_files.h"

#include "common/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cmath>
#include <cstdio>

namespace pp::evidence {

namespace {

// "2025-03-01T08:00:00.000Z". Formatted by hand: a device-year has some 100,000 samples,
// and QDateTime's formatting would be a third of the export.
QByteArray isoTime(std::uint64_t ms)
{
    using namespace std::chrono;
    const sys_time<milliseconds> t{milliseconds(ms)};
    const auto day = floor<days>(t);
    const year_month_day date{day};
    const hh_mm_ss clock{t - day};
    char text[32];
    const int n = std::snprintf(
        text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<int>(date.year()),
        static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
        static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
        static_cast<int>(clock.seconds().count()), static_cast<int>(clock.subseconds().count()));
    return QByteArray(text, n);
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

const char* className(records::AssetClass c)
{
    switch (c) {
        case records::AssetClass::Battery:
            return "battery";
        case records::AssetClass::Vehicle:
            return "vehicle";
        case records::AssetClass::Pv:
            break;
    }
    return "pv";
}

QByteArray jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// A device's CSV and its object in records.json, in one pass that formats each value once:
// written by hand rather than through QJsonDocument, because a device-year is some
// 200,000 samples and building them as QJsonValues would cost more than the rest of an
// export. Values have 12 significant digits; a missing value (or one not finite, which
// neither format carries) is empty in the CSV and null in the JSON.
void appendDevice(const DeviceContents& d, QByteArray& csv, QByteArray& json)
{
    csv += "height,index,seq,sample_time_utc";
    for (const auto& [name, unit] : d.columns)
        csv += ',' +
               csvField(unit.isEmpty() ? name : QStringLiteral("%1 [%2]").arg(name, unit)).toUtf8();
    csv += "\r\n";
    json += "{\"device\":" + jsonString(hex(d.asset.deviceId)) +
            ",\"name\":" + jsonString(d.asset.name) + ",\"class\":\"" +
            className(d.asset.assetClass) +
            "\",\"records\":" + QByteArray::number(static_cast<qulonglong>(d.records.size())) +
            ",\"row_fields\":[\"height\",\"index\",\"seq\",\"sample_time_utc\",\"values\"],"
            "\"columns\":[";
    for (std::size_t c = 0; c < d.columns.size(); ++c)
        json += (c == 0 ? "" : ",") + QByteArray("{\"name\":") + jsonString(d.columns[c].first) +
                ",\"unit\":" + jsonString(d.columns[c].second) + '}';
    json += "],\"rows\":[";
    bool first = true;
    QByteArray value;
    for (const DeviceContents::Record& r : d.records) {
        const QByteArray where = QByteArray::number(r.height) + ',' + QByteArray::number(r.index) +
                                 ',' + QByteArray::number(r.seq) + ',';
        for (const DeviceContents::Sample& s : r.samples) {
            const QByteArray time = isoTime(s.timeMs);
            csv += where + time;
            json += (first ? "[" : ",\n[") + where + '"' + time + "\",[";
            first = false;
            for (std::size_t c = 0; c < d.columns.size(); ++c) {
                const auto v = c < s.values.size() ? s.values[c] : std::nullopt;
                value = v && std::isfinite(*v) ? QByteArray::number(*v, 'g', 12) : QByteArray();
                csv += ',' + value;
                json += (c == 0 ? "" : ",") + (value.isEmpty() ? QByteArray("null") : value);
            }
            csv += "\r\n";
            json += "]]";
        }
    }
    json += "]}";
}

QString optionalNumber(const std::optional<std::uint64_t>& v)
{
    return v ? QString::number(*v) : QString();
}

}  // namespace

QString recordsCsvName(const QByteArray& deviceId)
{
    return QStringLiteral("records/%1.csv").arg(hex(deviceId));
}

FileTree readableFiles(const std::vector<DeviceContents>& devices,
                       const std::vector<findings::Finding>& findings)
{
    FileTree out;
    QByteArray json = "[";
    for (std::size_t i = 0; i < devices.size(); ++i) {
        QByteArray csv;
        if (i > 0)
            json += ",\n";
        appendDevice(devices[i], csv, json);
        out.emplace(recordsCsvName(devices[i].asset.deviceId), std::move(csv));
    }
    out.emplace(QStringLiteral("records.json"), json + "]\n");

    QString text = QStringLiteral("device,code,height,index,seq,record_time_utc,message\r\n");
    QJsonArray list;
    for (const findings::Finding& f : findings) {
        const QString time = f.timeMs ? QString::fromLatin1(isoTime(*f.timeMs)) : QString();
        text += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\r\n")
                    .arg(hex(f.deviceId), f.code, optionalNumber(f.height), optionalNumber(f.index),
                         optionalNumber(f.seq), time, csvField(f.message.english()));
        list.append(QJsonObject{
            {QStringLiteral("device"), hex(f.deviceId)},
            {QStringLiteral("code"), f.code},
            {QStringLiteral("height"),
             f.height ? QJsonValue(static_cast<double>(*f.height)) : QJsonValue()},
            {QStringLiteral("index"),
             f.index ? QJsonValue(static_cast<double>(*f.index)) : QJsonValue()},
            {QStringLiteral("seq"), f.seq ? QJsonValue(static_cast<double>(*f.seq)) : QJsonValue()},
            {QStringLiteral("record_time_utc"), time},
            {QStringLiteral("message"), f.message.english()}});
    }
    out.emplace(QStringLiteral("findings.csv"), text.toUtf8());
    out.emplace(QStringLiteral("findings.json"),
                QJsonDocument(list).toJson(QJsonDocument::Indented));
    return out;
}

}  // namespace pp::evidence
