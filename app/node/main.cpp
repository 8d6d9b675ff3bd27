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
    if (args.value(0) == u"--version") {
        QTextStream(stdout) << "powerproof-node " POWERPROOF_VERSION "\n";
        return 0;
    }
    // Laid out as powerproof-cli's usage is: the man page is built from this text.
    QTextStream(args.isEmpty() || args.value(0) == u"--help" ? stdout : stderr)
        << QCoreApplication::translate(
               "node",
               "Usage: powerproof-node COMMAND DIR [OPTIONS]\n\n"
               "Commands:\n"
               "  devnet init           create a local devnet in DIR (genesis and keys)\n"
               "  run                   serve DIR's chain over HTTP and produce blocks\n"
               "  simulate              write simulated PV, battery and vehicle data into DIR\n"
               "  validators rotate     schedule a validator-set change in DIR\n\n"
               "Run 'powerproof-node COMMAND --help' for a command's options.\n");
    return args.value(0) == u"--help" ? 0 : 1;
}
