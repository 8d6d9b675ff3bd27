#include "node/connection_limit.h"

#include <QSslSocket>
#include <QTimer>

#include <cstring>

namespace pp::node {

namespace {

// Long enough for a slow client on a loaded machine, short enough that a peer that opens
// connections and never finishes the handshake cannot hold them.
constexpr int kHandshakeTimeoutMs = 10000;
// Where a request's Content-Length is looked for: its line and headers.
constexpr qint64 kHeaderPeekBytes = qint64{16} * 1024;

void refuse(QTcpSocket* socket, const char* status, const QByteArray& body)
{
    socket->write(QByteArray("HTTP/1.1 ") + status +
                  "\r\nContent-Type: application/json\r\nRetry-After: 1\r\nConnection: "
                  "close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

// The Content-Length a request's headers declare, once they have all arrived; -1 when it
// declares none or they are still coming.
qint64 declaredLength(const QByteArray& head)
{
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    for (const QByteArray& line : head.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            bool ok = false;
            const qint64 n = line.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok && n >= 0 ? n : std::numeric_limits<qint64>::max();
        }
    }
    return -1;
}

}  // namespace

ConnectionLimit::ConnectionLimit(ConnectionRules rules, std::optional<QSslConfiguration> tls,
                                 QObject* parent)
    : QTcpServer(parent), rules_(rules), tls_(std::move(tls))
{
    if (rules_.maxPerClient <= 0)
        rules_.maxPerClient = std::max(1, rules_.maxConnections - rules_.maxConnections / 4);
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
    const QHostAddress peer = socket->peerAddress();
    if (open_ >= rules_.maxConnections || perClient_.value(peer) >= rules_.maxPerClient) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        refuse(socket, "503 Service Unavailable",
               R"({"error":"busy","message":"too many connections; retry shortly"})");
        return;
    }
    ++open_;
    ++perClient_[peer];
    connect(socket, &QTcpSocket::disconnected, this, [this, peer] {
        --open_;
        if (--perClient_[peer] <= 0)
            perClient_.remove(peer);
    });
    guard(socket);
    addPendingConnection(socket);
    emit newConnection();
}

void ConnectionLimit::guard(QTcpSocket* socket)
{
    // The clock runs from the connection's opening and again from each answer: a request
    // must be in by then. Answers being written keep it alive (a long download is not a
    // slow client).
    auto* deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    deadline->setInterval(rules_.requestTimeoutMs);
    connect(deadline, &QTimer::timeout, socket, &QTcpSocket::abort);
    deadline->start();
    // Connected before the HTTP server's own handler: it sees the bytes first.
    auto received = std::make_shared<qint64>(0);
    connect(socket, &QTcpSocket::bytesWritten, deadline, [deadline, received] {
        deadline->start();
        *received = 0;
    });
    if (rules_.maxRequestBytes <= 0)
        return;
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
        const qint64 before = *received;
        *received += socket->bytesAvailable();
        if (before < kHeaderPeekBytes) {
            const qint64 declared = declaredLength(socket->peek(kHeaderPeekBytes));
            if (declared > rules_.maxRequestBytes) {
                refuse(socket, "413 Content Too Large",
                       QByteArray(R"({"error":"too-large","message":"a request is at most )") +
                           QByteArray::number(rules_.maxRequestBytes) + R"( bytes"})");
                socket->readAll();  // not for the HTTP server
                return;
            }
        }
        if (*received > rules_.maxRequestBytes + kHeaderPeekBytes) {
            socket->readAll();
            socket->abort();
        }
    });
}

}  // namespace pp::node
