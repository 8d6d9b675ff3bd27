#include "demo_network.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace pp::ui {

DemoNetwork::DemoNetwork(QString directory, QString nodeProgram, QObject* parent)
    : QObject(parent), directory_(std::move(directory)), program_(std::move(nodeProgram))
{
    connect(&step_, &QProcess::finished, this, &DemoNetwork::onFinished);
    connect(&step_, &QProcess::readyReadStandardError, this, &DemoNetwork::onOutput);
    connect(&node_, &QProcess::readyReadStandardOutput, this, &DemoNetwork::onOutput);
    connect(&node_, &QProcess::finished, this, [this](int code) {
        if (stage_ != Stage::Idle)
            emit failed(tr("The demo node stopped (exit code %1).").arg(code));
        stage_ = Stage::Idle;
    });
    connect(&step_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            emit failed(tr("Could not start %1.").arg(program_));
    });
}

DemoNetwork::~DemoNetwork()
{
    stop();
}

QString DemoNetwork::workspacePath() const
{
    return QDir(directory_).filePath(QStringLiteral("workspace.db"));
}

void DemoNetwork::start()
{
    if (stage_ != Stage::Idle)
        return;
    QDir().mkpath(directory_);
    QFile id(QDir(directory_).filePath(QStringLiteral("chain_id")));
    if (id.open(QIODevice::ReadOnly))
        chainId_ = QString::fromLatin1(id.readAll().trimmed());
    runStage(chainId_.isEmpty() ? Stage::Init : Stage::Simulate);
}

void DemoNetwork::stop()
{
    stage_ = Stage::Idle;
    for (QProcess* p : {&step_, &node_}) {
        if (p->state() == QProcess::NotRunning)
            continue;
        p->terminate();  // the node and the simulator stop cleanly on SIGTERM
        if (!p->waitForFinished(10000))
            p->kill();
    }
}

void DemoNetwork::runStage(Stage stage)
{
    stage_ = stage;
    const QDir dir(directory_);
    const QString devnet = dir.filePath(QStringLiteral("devnet"));
    buffer_.clear();
    switch (stage) {
        case Stage::Init:
            emit progress(tr("Creating the demo network"), 0, 0);
            QDir(devnet).removeRecursively();
            QFile::remove(workspacePath());
            step_.start(program_, {QStringLiteral("devnet"), QStringLiteral("init"), devnet,
                                   QStringLiteral("--name"), QStringLiteral("PowerProof demo")});
            break;
        case Stage::Simulate:
            emit progress(tr("Simulating a year of the fleet"), 0, 0);
            step_.start(program_, QStringList{QStringLiteral("simulate"), devnet} + simulateArgs_);
            break;
        case Stage::Run:
            emit progress(tr("Starting the demo node"), 0, 0);
            node_.start(program_, {QStringLiteral("run"), devnet, QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:0")});
            break;
        default:
            break;
    }
}

void DemoNetwork::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (stage_ == Stage::Idle)
        return;
    if (status != QProcess::NormalExit || exitCode != 0) {
        const QString log = QString::fromUtf8(step_.readAllStandardError()).trimmed();
        stage_ = Stage::Idle;
        emit failed(tr("Preparing the demo network failed (exit code %1): %2")
                        .arg(exitCode)
                        .arg(log.section(QLatin1Char('\n'), -1)));
        return;
    }
    if (stage_ == Stage::Init) {
        chainId_ = QString::fromLatin1(step_.readAllStandardOutput().trimmed());
        QFile id(QDir(directory_).filePath(QStringLiteral("chain_id")));
        if (!id.open(QIODevice::WriteOnly) || id.write(chainId_.toLatin1()) < 0) {
            stage_ = Stage::Idle;
            emit failed(tr("Could not write %1.").arg(id.fileName()));
            return;
        }
        runStage(Stage::Simulate);
    } else if (stage_ == Stage::Simulate) {
        runStage(Stage::Run);
    }
}

void DemoNetwork::onOutput()
{
    if (stage_ == Stage::Simulate) {
        // "simulated 30 of 365 days (9 s)"
        static const QRegularExpression days(QStringLiteral("simulated (\\d+) of (\\d+) days"));
        const QString text = QString::fromUtf8(step_.readAllStandardError());
        QRegularExpressionMatchIterator it = days.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            emit progress(tr("Simulating a year of the fleet"), m.captured(1).toLongLong(),
                          m.captured(2).toLongLong());
        }
    } else if (stage_ == Stage::Run) {
        buffer_ += node_.readAllStandardOutput();
        const int eol = buffer_.indexOf('\n');
        if (eol < 0)
            return;
        const QByteArray line = buffer_.left(eol).trimmed();
        static const QByteArray kPrefix("listening on ");
        if (!line.startsWith(kPrefix))
            return;
        url_ = QString::fromLatin1(line.mid(kPrefix.size()));
        stage_ = Stage::Ready;
        emit ready();
    }
}

}  // namespace pp::ui
