#pragma once

#include "session/job_queue.h"

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

namespace pp::ui {

// The local demo network: a devnet with the default simulated fleet in `directory`, and
// powerproof-node serving it on loopback as a child process. The layout is scripts/demo's
// (devnet/, chain_id, workspace.db), so the two share one demo. The first start creates
// and simulates the year (about two minutes), later ones reuse it. stop() asks the
// processes to end (SIGTERM, then SIGKILL after a deadline) and returns at once; stopped()
// says when both have. If the object goes first, Qt kills what still runs.
class DemoNetwork : public QObject
{
    Q_OBJECT

public:
    DemoNetwork(QString directory, QString nodeProgram, QObject* parent = nullptr);
    ~DemoNetwork() override;
    void start();
    void stop();
    // Whether a child process (the simulator or the node) still runs.
    bool running() const;

    QString workspacePath() const;
    const QString& url() const { return url_; }
    const QString& chainId() const { return chainId_; }
    // The simulated fleet: smaller fleets for tests (the default is the full demo).
    void setFleet(const QStringList& simulateArgs) { simulateArgs_ = simulateArgs; }

signals:
    // `step` is translated; done/total count days while simulating, else 0/0.
    void progress(const QString& step, qint64 done, qint64 total);
    void ready();
    void failed(const QString& message);
    // After stop(): both processes have ended.
    void stopped();

private:
    enum class Stage { Idle, Init, Simulate, Run, Ready };
    void runStage(Stage stage);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onOutput();
    void onProcessEnded();

    QString directory_;
    QString program_;
    QStringList simulateArgs_;
    QProcess step_;  // init and simulate, one after the other
    QProcess node_;
    QTimer killDeadline_;  // after stop(): what has not ended on SIGTERM is killed
    JobQueue chores_;      // file work (removing an old devnet) off the UI thread
    bool stopping_ = false;
    Stage stage_ = Stage::Idle;
    QString url_, chainId_;
    QByteArray buffer_;
};

}  // namespace pp::ui
