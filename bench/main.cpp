// powerproof-bench [primitives|node]: speed as ratios against raw OpenSSL measured in the
// same run. With no argument, every section.

#include "node_bench.h"
#include "primitives_bench.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString only = QCoreApplication::arguments().value(1);
    QTextStream out(stdout);
    if (only.isEmpty() || only == u"primitives") {
        out << "PowerProof primitives, single thread (ratio = ours / baseline)\n" << Qt::flush;
        pp::bench::printTable(pp::bench::benchPrimitives());
    }
    if (only.isEmpty() || only == u"node") {
        out << "\nReference node (SQLite in a temporary folder)\n" << Qt::flush;
        pp::bench::printTable(pp::bench::benchNode());
    }
    return 0;
}
