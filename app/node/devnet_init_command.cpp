#include "devnet_init_command.h"
#include "command_line.h"

#include "node/devnet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace pp::nodeapp {

int devnetInit(const QStringList& args)
{
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "node", "Create a local devnet: genesis, validator and registrar keys."));
    parser.addOptions({
        {QStringLiteral("validators"),
         QCoreApplication::translate("node", "Number of validators (default 4)."),
         QStringLiteral("N"), QStringLiteral("4")},
        {QStringLiteral("profile"),
         QCoreApplication::translate("node", "intl (SHA-256) or gm (SM3)."),
         QStringLiteral("PROFILE"), QStringLiteral("intl")},
        {QStringLiteral("seed"),
         QCoreApplication::translate("node", "Seed: the same seed gives the same chain."),
         QStringLiteral("S"), QStringLiteral("powerproof")},
        {QStringLiteral("name"), QCoreApplication::translate("node", "The chain's name."),
         QStringLiteral("NAME"), QStringLiteral("PowerProof devnet")},
        {QStringLiteral("registrars"),
         QCoreApplication::translate("node", "Number of registrars in the genesis (default 1)."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("listen"),
         QCoreApplication::translate("node", "Where `run` listens, written to devnet.json."),
         QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8641")},
    });
    if (auto stop = parseCommandLine(parser, QStringLiteral("devnet init"), args))
        return *stop;
    bool ok = false, registrarsOk = false;
    const int validators = parser.value(QStringLiteral("validators")).toInt(&ok);
    const int registrars = parser.value(QStringLiteral("registrars")).toInt(&registrarsOk);
    const QString profile = parser.value(QStringLiteral("profile"));
    if (!ok || !registrarsOk || registrars < 1 || registrars > 16 ||
        (profile != u"intl" && profile != u"gm")) {
        err << QCoreApplication::translate("node",
                                           "error: --validators takes a number, --registrars "
                                           "1 to 16, --profile intl or gm")
            << '\n';
        return 1;
    }
    const QString dir = parser.positionalArguments().first();
    if (QDir(dir).exists(QStringLiteral("genesis.cbor"))) {
        err << QCoreApplication::translate("node", "error: %1 already holds a devnet").arg(dir)
            << '\n';
        return 1;
    }
    node::DevnetOptions options;
    options.validators = validators;
    options.registrars = registrars;
    options.hash = profile == u"gm" ? crypto::HashAlg::Sm3 : crypto::HashAlg::Sha256;
    options.seed = parser.value(QStringLiteral("seed")).toUtf8();
    options.name = parser.value(QStringLiteral("name"));
    auto devnet = node::createDevnet(options);
    Status saved = devnet ? node::saveDevnet(*devnet, dir, parser.value(QStringLiteral("listen")))
                          : Status(devnet.error());
    if (!saved) {
        err << QCoreApplication::translate("node", "error: %1")
                   .arg(saved.error().localizedMessage())
            << '\n';
        return 1;
    }
    out << toHex(devnet->genesis.chainId()) << '\n';
    return 0;
}

}  // namespace pp::nodeapp
