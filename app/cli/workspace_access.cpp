#include "workspace_access.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace pp::cli {

void addDatabaseOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("Command", "The workspace database file."),
                      QStringLiteral("FILE")});
}

Result<store::Workspace> openExistingWorkspace(const QCommandLineParser& parser)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return Error(ErrorKind::Malformed, "cli.argument",
                     QT_TRANSLATE_NOOP("Error", "--db FILE is required"));
    if (!QFileInfo::exists(path))
        return Error(ErrorKind::Io, "cli.no-workspace",
                     QT_TRANSLATE_NOOP("Error",
                                       "no workspace at %1: create it with "
                                       "'powerproof-cli sync --db %1 --node URL "
                                       "--chain-id HEX'"),
                     {path});
    return store::Workspace::openForReading(path);
}

Result<std::uint64_t> parseTimeOption(const QCommandLineParser& parser, const QString& option,
                                      std::uint64_t fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QString value = parser.value(option);
    QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime(QDate::fromString(value, Qt::ISODate), QTime(0, 0), Qt::UTC);
    if (!t.isValid() || t.toMSecsSinceEpoch() < 0)
        return Error(ErrorKind::Malformed, "cli.argument",
                     QT_TRANSLATE_NOOP("Error",
                                       "--%1: '%2' is not an ISO 8601 date or time "
                                       "(2025-03-01 or 2025-03-01T08:00:00+08:00)"),
                     {option, value});
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return static_cast<std::uint64_t>(t.toMSecsSinceEpoch());
}

Result<std::pair<std::uint64_t, std::uint64_t>> parseWindowOptions(const QCommandLineParser& parser)
{
    auto from = parseTimeOption(parser, QStringLiteral("from"), 0);
    auto to = parseTimeOption(parser, QStringLiteral("to"), UINT64_MAX);
    if (const Error* e = firstError(from, to))
        return *e;
    if (*from >= *to)
        return Error(ErrorKind::Malformed, "cli.argument",
                     QT_TRANSLATE_NOOP("Error", "--from must be before --to"));
    return std::pair(*from, *to);
}

QString isoTime(std::uint64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC).toString(Qt::ISODate);
}

QJsonObject findingJson(const store::FindingRow& f)
{
    QJsonObject o{{QStringLiteral("code"), f.code},
                  {QStringLiteral("message"), f.message.english()}};
    if (!f.deviceId.isEmpty())
        o.insert(QStringLiteral("device"), toHex(f.deviceId));
    auto put = [&](const char* key, const std::optional<std::uint64_t>& v) {
        if (v)
            o.insert(QLatin1String(key), static_cast<double>(*v));
    };
    put("height", f.height);
    put("index", f.index);
    put("seq", f.seq);
    if (f.timeMs)
        o.insert(QStringLiteral("time"), isoTime(*f.timeMs));
    return o;
}

QString findingLine(const store::FindingRow& f)
{
    QString where;
    if (f.height)
        where += QStringLiteral(" height %1").arg(*f.height);
    if (f.index)
        where += QStringLiteral(" index %1").arg(*f.index);
    if (f.seq)
        where += QStringLiteral(" seq %1").arg(*f.seq);
    return QStringLiteral("%1 %2%3: %4")
        .arg(f.code, f.deviceId.isEmpty() ? QStringLiteral("chain") : toHex(f.deviceId), where,
             f.message.localized());
}

namespace {

QString endOf(std::uint64_t ms)
{
    return ms == UINT64_MAX ? QString() : isoTime(ms);
}

QString holeText(const lightnode::CoverageHole& h)
{
    const QString span =
        h.fromMs == 0 && h.toMs == UINT64_MAX ? QCoreApplication::translate("Command", "all time")
        : h.fromMs == 0 ? QCoreApplication::translate("Command", "before %1").arg(isoTime(h.toMs))
        : h.toMs == UINT64_MAX
            ? QCoreApplication::translate("Command", "from %1 on").arg(isoTime(h.fromMs))
            : QCoreApplication::translate("Command", "%1 to %2")
                  .arg(isoTime(h.fromMs), isoTime(h.toMs));
    return h.after ? QCoreApplication::translate("Command", "%1 (records after seq %2)")
                         .arg(span)
                         .arg(*h.after)
                   : span;
}

}  // namespace

QJsonArray notSyncedJson(const std::vector<lightnode::DeviceHoles>& devices)
{
    QJsonArray out;
    for (const lightnode::DeviceHoles& d : devices) {
        for (const lightnode::CoverageHole& h : d.holes) {
            QJsonObject o{{QStringLiteral("device"), toHex(d.deviceId)},
                          {QStringLiteral("from"), h.fromMs == 0 ? QString() : isoTime(h.fromMs)},
                          {QStringLiteral("to"), endOf(h.toMs)}};
            o.insert(QStringLiteral("after_seq"),
                     h.after ? QJsonValue(static_cast<double>(*h.after)) : QJsonValue());
            out.append(o);
        }
    }
    return out;
}

QStringList notSyncedLines(const std::vector<lightnode::DeviceHoles>& devices)
{
    // A window synced over a whole fleet leaves the same holes in every device: a few
    // lines say what is missing, and the count says how wide.
    constexpr std::size_t kShown = 5;
    QStringList lines;
    for (std::size_t i = 0; i < devices.size() && i < kShown; ++i) {
        QStringList holes;
        for (const lightnode::CoverageHole& h : devices[i].holes)
            holes << holeText(h);
        lines << QCoreApplication::translate("Command", "not synced  %1: %2")
                     .arg(toHex(devices[i].deviceId), holes.join(QStringLiteral("; ")));
    }
    if (devices.size() > kShown)
        lines << QCoreApplication::translate("Command", "not synced  and %n more device(s)",
                                             nullptr, static_cast<int>(devices.size() - kShown));
    if (!devices.empty())
        lines << QCoreApplication::translate("Command",
                                             "            a sync without --from and --to "
                                             "fetches what is not synced");
    return lines;
}

}  // namespace pp::cli
