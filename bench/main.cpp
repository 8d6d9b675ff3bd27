// powerproof-bench [primitives|decoders|node|http|lightnode]: speed as ratios against raw OpenSSL
// measured in the same run. With no argument, every section.

#include "decoder_bench.h"
#include "http_bench.h"
#include "lightnode_bench.h"
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
    if (only.isEmpty() || only == u"decoders") {
        out << "\nDevice decoders, single thread (ratio = ours / baseline)\n" << Qt::flush;
        pp::bench::printTable(pp::bench::benchDecoders());
    }
    if (only.isEmpty() || only == u"node") {
        out << "\nReference node (SQLite in a temporary folder)\n" << Qt::flush;
        pp::bench::printTable(pp::bench::benchNode());
    }
    if (only.isEmpty() || only == u"http") {
        out << "\nReference node over loopback HTTP (20,000 blocks; a device with 10,000 records)\n"
            << Qt::flush;
        pp::bench::printTable(pp::bench::benchHttp());
    }
    if (only.isEmpty() || only == u"lightnode") {
        out << "\nLight node against a real node over loopback\n" << Qt::flush;
        pp::bench::printTable(pp::bench::benchLightNode());
    }
    return 0;
}
