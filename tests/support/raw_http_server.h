#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <thread>

namespace pp::test {

// A server on loopback that answers every connection with the same bytes and closes it, on
// a thread of its own (the code under test blocks the test's thread): a node that talks
// nonsense, or dies in the middle of an answer. It counts the connections it served.
class RawHttpServer
{
public:
    explicit RawHttpServer(QByteArray answer);
    ~RawHttpServer();
    RawHttpServer(const RawHttpServer&) = delete;
    RawHttpServer& operator=(const RawHttpServer&) = delete;

    QString url() const;
    int connections() const { return connections_.load(); }

private:
    void serve();

    QByteArray answer_;
    int fd_ = -1;
    quint16 port_ = 0;
    std::atomic<bool> stop_{false};
    std::atomic<int> connections_{0};
    std::thread thread_;
};

}  // namespace pp::test
