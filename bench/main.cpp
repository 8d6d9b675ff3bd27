// powerproof-bench: speed of our primitives as ratios against raw OpenSSL in the same run.

#include "primitives_bench.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "PowerProof primitives, single thread (ratio = ours / baseline)\n";
    pp::bench::printTable(pp::bench::benchPrimitives());
    return 0;
}
