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
    for (QProcess* p : {&step_, &node_})
        connect(p, &QProcess::finished, this, &DemoNetwork::onProcessEnded);
    killDeadline_.setSingleShot(true);
    killDeadline_.setInterval(10'000);
    connect(&killDeadline_, &QTimer::timeout, this, [this] {
        for (QProcess* p : {&step_, &node_})
            if (p->state() != QProcess::NotRunning)
                p->kill();
    });
    connect(&step_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            emit failed(tr("Could not start %1.").arg(program_));
    });
}

DemoNetwork::~DemoNetwork()
{
    // A window closed normally stopped both already (stop(), then stopped()). Otherwise
    // each QProcess kills its process as it goes, and must not call back into this object,
    // whose other members are gone by then.
    for (QProcess* p : {&step_, &node_})
        p->disconnect(this);
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

bool DemoNetwork::running() const
{
    return step_.state() != QProcess::NotRunning || node_.state() != QProcess::NotRunning;
}

void DemoNetwork::stop()
{
    stage_ = Stage::Idle;
    stopping_ = true;
    if (!running()) {
        onProcessEnded();
        return;
    }
    for (QProcess* p : {&step_, &node_})
        if (p->state() != QProcess::NotRunning)
            p->terminate();  // the node and the simulator stop cleanly on SIGTERM
    killDeadline_.start();
}

void DemoNetwork::onProcessEnded()
{
    if (!stopping_ || running())
        return;
    killDeadline_.stop();
    stopping_ = false;
    emit stopped();
}

void DemoNetwork::runStage(Stage stage)
{
    stage_ = stage;
    const QDir dir(directory_);
    const QString devnet = dir.filePath(QStringLiteral("devnet"));
    buffer_.clear();
    switch (stage) {
        case Stage::Init: {
            emit progress(tr("Creating the demo network"), 0, 0);
            // What an earlier, unfinished demo left goes first, off the UI thread.
            auto* clear = chores_.post(this, [devnet, ws = workspacePath()](JobContext&) {
                QDir(devnet).removeRecursively();
                QFile::remove(ws);
                return std::function<void()>();
            });
            connect(clear, &BackgroundJob::finished, this, [this, devnet] {
                if (stage_ != Stage::Init)
                    return;  // stopped meanwhile
                step_.start(program_,
                            {QStringLiteral("devnet"), QStringLiteral("init"), devnet,
                             QStringLiteral("--name"), QStringLiteral("PowerProof demo")});
            });
            break;
        }
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
