#include "node/connection_limit.h"

#include <QSslSocket>
#include <QTimer>

namespace pp::node {

namespace {

// Long enough for a slow client on a loaded machine, short enough that a peer that opens
// connections and never finishes the handshake cannot hold them.
constexpr int kHandshakeTimeoutMs = 10000;

}  // namespace

ConnectionLimit::ConnectionLimit(int limit, std::optional<QSslConfiguration> tls, QObject* parent)
    : QTcpServer(parent), limit_(limit), tls_(std::move(tls))
{
}

void ConnectionLimit::incomingConnection(qintptr descriptor)
{
    if (!tls_) {
        auto* socket = new QTcpSocket(this);
        if (socket->setSocketDescriptor(descriptor))
            admit(socket);
        else
            delete socket;
        return;
    }
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(*tls_);
    connect(socket, &QSslSocket::encrypted, this, [this, socket] { admit(socket); });
    // Certificate errors (a client certificate the CA did not issue) end the handshake;
    // the socket then disconnects and goes.
    connect(socket, &QSslSocket::disconnected, socket, [socket] {
        if (!socket->isEncrypted())
            socket->deleteLater();
    });
    QTimer::singleShot(kHandshakeTimeoutMs, socket, [socket] {
        if (!socket->isEncrypted())
            socket->abort();
    });
    socket->startServerEncryption();
}

void ConnectionLimit::admit(QTcpSocket* socket)
{
    if (open_ >= limit_) {
        static const QByteArray body =
            R"({"error":"busy","message":"too many connections; retry shortly"})";
        socket->write(
            "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
            "Retry-After: 1\r\nConnection: close\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        return;
    }
    ++open_;
    connect(socket, &QTcpSocket::disconnected, this, [this] { --open_; });
    addPendingConnection(socket);
    emit newConnection();
}

}  // namespace pp::node
