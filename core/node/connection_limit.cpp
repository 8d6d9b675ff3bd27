#include "node/connection_limit.h"

#include <QTcpSocket>

namespace pp::node {

ConnectionLimit::ConnectionLimit(int limit, QObject* parent) : QTcpServer(parent), limit_(limit) {}

void ConnectionLimit::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
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
