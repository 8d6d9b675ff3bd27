#include "command.h"

#include "commands/audit_command.h"
#include "commands/battery_command.h"
#include "commands/battery_fleet_command.h"
#include "commands/devices_command.h"
#include "commands/evidence_export_command.h"
#include "commands/evidence_verify_command.h"
#include "commands/findings_command.h"
#include "commands/hash_command.h"
#include "commands/incidents_command.h"
#include "commands/keygen_command.h"
#include "commands/merkle_consistency_command.h"
#include "commands/merkle_inclusion_command.h"
#include "commands/records_command.h"
#include "commands/status_command.h"
#include "commands/sync_command.h"
#include "commands/valuate_command.h"
#include "commands/version_command.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pp::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int Command::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    addOptions(parser);
    // QCommandLineParser expects the program name first; our command name stands in.
    const qsizetype nameWords = name().count(u' ') + 1;
    QStringList forParser = args.mid(nameWords);
    forParser.prepend(QStringLiteral("powerproof-cli"));
    // The parser names the program as it was invoked; show the command instead.
    QString helpText = parser.helpText();
    helpText.replace(QCoreApplication::arguments().constFirst(),
                     QStringLiteral("powerproof-cli ") + name());
    if (!parser.parse(forParser))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out() << helpText << '\n' << Qt::flush;
        return kExitOk;
    }
    return execute(parser);
}

QString Command::missingOption(const QCommandLineParser& parser,
                               std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        if (!parser.isSet(QString::fromLatin1(name)))
            return QString::fromLatin1(name);
    }
    return {};
}

int Command::usageError(const QString& message) const
{
    err() << tr("error: %1").arg(message) << '\n'
          << tr("Run 'powerproof-cli %1 --help' for usage.").arg(name()) << '\n'
          << Qt::flush;
    return kExitFailure;
}

int Command::reportVerdict(const Status& status, bool json, const QString& validText) const
{
    // Input that parses but does not verify is INVALID; input that does not parse, or
    // cannot be read, is a failure, as `powerproof-cli --help` documents.
    const ErrorKind kind = status.ok() ? ErrorKind::Invalid : status.error().kind();
    const int code = status.ok()                                             ? kExitOk
                     : kind == ErrorKind::Malformed || kind == ErrorKind::Io ? kExitFailure
                                                                             : kExitInvalid;
    if (json) {
        QJsonObject o{{QStringLiteral("valid"), status.ok()}};
        if (!status.ok()) {
            o.insert(QStringLiteral("code"), QString::fromLatin1(status.error().code()));
            o.insert(QStringLiteral("error"), status.error().message());
        }
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else if (status.ok()) {
        out() << validText << '\n';
    } else {
        (code == kExitInvalid ? out() : err())
            << (code == kExitInvalid ? tr("INVALID: %1") : tr("error: %1"))
                   .arg(status.error().localizedMessage())
            << '\n';
    }
    return code;
}

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<VersionCommand>());
    commands.push_back(std::make_unique<HashCommand>());
    commands.push_back(std::make_unique<KeygenCommand>());
    commands.push_back(std::make_unique<MerkleInclusionCommand>());
    commands.push_back(std::make_unique<MerkleConsistencyCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<DevicesCommand>());
    commands.push_back(std::make_unique<RecordsCommand>());
    commands.push_back(std::make_unique<FindingsCommand>());
    commands.push_back(std::make_unique<IncidentsCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    // Before "battery": the first command whose words start the line runs.
    commands.push_back(std::make_unique<BatteryFleetCommand>());
    commands.push_back(std::make_unique<BatteryCommand>());
    commands.push_back(std::make_unique<ValuateCommand>());
    commands.push_back(std::make_unique<EvidenceExportCommand>());
    commands.push_back(std::make_unique<EvidenceVerifyCommand>());
    return commands;
}

}  // namespace pp::cli
