#pragma once

#include <QObject>

class QSocketNotifier;

namespace pp::nodeapp {

// Turns SIGTERM and SIGINT into a clean QCoreApplication::quit() on the event loop, via a
// self-pipe (the only async-signal-safe way to reach Qt from a signal handler).
class Termination : public QObject
{
    Q_OBJECT

public:
    explicit Termination(QObject* parent = nullptr);

private:
    QSocketNotifier* notifier_;
};

}  // namespace pp::nodeapp
