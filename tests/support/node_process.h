#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace pp::test {

// The real powerproof-node executable, for tests that talk to it over loopback.
class NodeProcess
{
public:
    // `powerproof-node devnet init DIR ARGS...`; returns the chain_id it prints.
    static QString initDevnet(const QString& dir, const QStringList& args = {});

    // Starts `powerproof-node run DIR` on a free loopback port and returns its base URL
    // (http://127.0.0.1:PORT), or an empty string when it did not come up.
    QString start(const QString& dir, const QStringList& args = {});
    void kill();      // SIGKILL: no chance to clean up
    int terminate();  // SIGTERM and wait; the exit code (-1 if it crashed or hung)
    qint64 pid() const { return process_.processId(); }
    ~NodeProcess();

private:
    QProcess process_;
};

}  // namespace pp::test
