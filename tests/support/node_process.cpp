#include "support/node_process.h"

#include <QDeadlineTimer>
#include <QtGlobal>

namespace pp::test {

QString NodeProcess::initDevnet(const QString& dir, const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(POWERPROOF_NODE),
            QStringList{QStringLiteral("devnet"), QStringLiteral("init"), dir} + args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("devnet init failed: %s", p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString NodeProcess::start(const QString& dir, const QStringList& args)
{
    process_.start(QStringLiteral(POWERPROOF_NODE),
                   QStringList{QStringLiteral("run"), dir, QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:0")} +
                       args);
    // The node prints "listening on http://127.0.0.1:PORT" first.
    const QDeadlineTimer deadline(30000);
    while (!process_.canReadLine() && !deadline.hasExpired() &&
           process_.state() != QProcess::NotRunning)
        process_.waitForReadyRead(100);
    const QString line = QString::fromUtf8(process_.readLine()).trimmed();
    if (!line.startsWith(u"listening on "))
        return {};
    return line.mid(13);
}

void NodeProcess::kill()
{
    process_.kill();
    process_.waitForFinished(10000);
}

int NodeProcess::terminate()
{
    process_.terminate();
    if (!process_.waitForFinished(10000) || process_.exitStatus() != QProcess::NormalExit)
        return -1;
    return process_.exitCode();
}

NodeProcess::~NodeProcess()
{
    if (process_.state() != QProcess::NotRunning)
        kill();
}

}  // namespace pp::test
