// powerproof-node: the reference full node and local devnet (spec §4-8).

#include "devnet_init_command.h"
#include "run_command.h"
#include "simulate_command.h"
#include "validators_rotate_command.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("powerproof-node"));
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.mid(0, 2) == QStringList{QStringLiteral("devnet"), QStringLiteral("init")})
        return pp::nodeapp::devnetInit(args.mid(2));
    if (args.mid(0, 2) == QStringList{QStringLiteral("validators"), QStringLiteral("rotate")})
        return pp::nodeapp::validatorsRotate(args.mid(2));
    if (args.value(0) == u"run")
        return pp::nodeapp::run(args.mid(1));
    if (args.value(0) == u"simulate")
        return pp::nodeapp::simulate(args.mid(1));
    QTextStream(args.isEmpty() || args.value(0) == u"--help" ? stdout : stderr)
        << QCoreApplication::translate(
               "node",
               "Usage: powerproof-node COMMAND\n\n"
               "  devnet init DIR   create a local devnet (genesis and keys)\n"
               "  run DIR           serve it over HTTP and produce blocks\n"
               "  simulate DIR      write simulated PV, battery and vehicle data into it\n"
               "  validators rotate DIR  schedule a validator-set change\n\n"
               "Run a command with --help for its options.\n");
    return args.value(0) == u"--help" ? 0 : 1;
}
